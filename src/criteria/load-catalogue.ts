import { readdirSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import { FileTooLargeError, NotRegularFileError, readRegularFileSync } from '../read-regular-file.js';
import type { Catalogue } from './catalogue-schema.js';
import { groupDigits } from './group-digits.js';

import { DEFAULT_EDITION } from './default-edition.js';

export { DEFAULT_EDITION };
/** far above any real catalogue (the shipped ones are tens of kB) */
export const MAX_CATALOGUE_BYTES = 8 * 1024 * 1024;

/** A catalogue that cannot be used: the run stops (exit 2) with these reasons. */
export class CatalogueError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}:\n  - ${problems.join('\n  - ')}`);
  }
}

export function shippedEditions(): string[] {
  return readdirSync(packagePath('criteria'))
    .filter((name) => /^[^.].*\.json$/.test(name))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

const cache = new Map<string, Catalogue>();

/** The catalogue of a shipped edition, or undefined when the package has no such edition. */
export function loadEdition(edition: string): Catalogue | undefined {
  if (!shippedEditions().includes(edition)) return undefined;
  let catalogue = cache.get(edition);
  if (!catalogue) {
    // shipped with gecc and checked against the schema by its tests (test/criteria): read as it is
    catalogue = readCatalogueJson(packagePath('criteria', `${edition}.json`)) as Catalogue;
    cache.set(edition, catalogue);
  }
  return catalogue;
}

/** A catalogue file's JSON, read as it is (see parse-catalogue.ts for a file of the user's own). */
export function readCatalogueJson(file: string): unknown {
  let text: string;
  try {
    // a FIFO or device given as --criteria would block or never end
    text = readRegularFileSync(file, MAX_CATALOGUE_BYTES).toString('utf8');
  } catch (error) {
    const why =
      error instanceof NotRegularFileError
        ? `ไม่ใช่ไฟล์ธรรมดา (${error.kind}) — ระบุไฟล์เกณฑ์ .json / not an ordinary file (${error.kind}): name a .json criteria file`
        : error instanceof FileTooLargeError
          ? `ใหญ่เกิน ${groupDigits(error.limit)} ไบต์ / larger than ${groupDigits(error.limit)} bytes`
          : `อ่านไฟล์ไม่ได้ / cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new CatalogueError(file, [why]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogueError(file, [`ไม่ใช่ไฟล์ JSON ที่ถูกต้อง / is not valid JSON: ${(error as Error).message}`]);
  }
}
