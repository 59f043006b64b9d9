import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/criteria/group-digits.js';
import { CatalogueError, loadEdition, shippedEditions } from '../../src/criteria/load-catalogue.js';
import { loadCatalogueFile, parseCatalogue } from '../../src/criteria/parse-catalogue.js';
import { packagePath } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(removeTempDirs);

// the shipped catalogues are read at every run without the schema: this is where they are checked
describe('the shipped catalogues are checked here, not at every run', () => {
  for (const edition of ['2566', '2568']) {
    it(`${edition}: passes every check a catalogue of the user's own gets, and reads as that check gives it`, () => {
      expect(shippedEditions()).toContain(edition);
      const raw = JSON.parse(fs.readFileSync(packagePath('criteria', `${edition}.json`), 'utf8')) as unknown;
      const checked = parseCatalogue(structuredClone(raw), `${edition}.json`);
      // the check strips nothing and converts nothing: what a run reads unchecked is the checked catalogue
      expect(checked).toEqual(raw);
      expect(loadEdition(edition)).toEqual(checked);
    });
  }
});

describe("a catalogue of the user's own is still checked in full", () => {
  it('the same file as a shipped one but with a slip is refused with the field named', () => {
    const raw = JSON.parse(fs.readFileSync(packagePath('criteria', '2566.json'), 'utf8')) as { attachments: { maxBytes: unknown } };
    raw.attachments.maxBytes = 1.5;
    const file = path.join(tempDir(), 'my-criteria.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    let problems: string[] = [];
    try {
      loadCatalogueFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      problems = (error as CatalogueError).problems;
    }
    expect(problems).toEqual(['attachments.maxBytes: ต้องเป็นจำนวนเต็ม 1–104,857,600 (must be a whole number from 1 to 104,857,600)']);
  });

  it('a consistency slip (warnBytes above maxBytes) is refused too', () => {
    const raw = JSON.parse(fs.readFileSync(packagePath('criteria', '2568.json'), 'utf8')) as { attachments: { warnBytes: number } };
    raw.attachments.warnBytes = 100 * 1_048_576;
    const file = path.join(tempDir(), 'my-criteria.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    expect(() => loadCatalogueFile(file)).toThrow(/warnBytes must not exceed maxBytes/);
  });
});

describe('numbers in the catalogue messages are grouped as en-US writes them', () => {
  it.each([0, 1, 12, 999, 1_000, 9_999, 10_000, 100_000, 999_999, 1_000_000, 104_857_600, 31_457_280, -1_234_567, Number.MAX_SAFE_INTEGER])(
    '%d',
    (n) => {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    },
  );
});
