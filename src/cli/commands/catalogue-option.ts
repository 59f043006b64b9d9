import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { DEFAULT_EDITION, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { UsageError } from '../cli-io.js';
import { CLI_TEXT } from '../cli-text.js';

export const CRITERIA_OPTION = {
  flags: '--criteria <file>',
  description: 'ไฟล์เกณฑ์ของหน่วยงานเอง (JSON เช่น จาก gecc criteria --from-csv) · a criteria catalogue file of your own (JSON)',
} as const;

/**
 * The catalogue a command works with: the criteria file when one is given (a division's own,
 * with the official titles), else the edition asked for, else the default. An unknown edition
 * stops the run (exit 2); a criteria file that cannot be used throws CatalogueError (exit 2).
 */
export async function chosenCatalogue(
  flags: { edition?: string | undefined; criteria?: string | undefined },
  lang: Lang,
): Promise<Catalogue> {
  if (flags.criteria !== undefined) return (await import('../../criteria/parse-catalogue.js')).loadCatalogueFile(flags.criteria);
  const edition = flags.edition ?? DEFAULT_EDITION;
  const catalogue = loadEdition(edition);
  if (!catalogue) throw new UsageError(CLI_TEXT[lang].unknownEdition(edition, shippedEditions().join(', ')));
  return catalogue;
}
