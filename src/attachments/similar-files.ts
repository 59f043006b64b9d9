import path from 'node:path';
import { canonicalItemId, editDistance } from '../answers/suggest.js';
import { sameLookingName } from './resolve-reference.js';

/** Suggestions for one missing file: a few, or the user reads a list instead of a fix. */
const AT_MOST = 3;

/** A name as a person reads it: one Unicode form, one spelling of SARA AM, any case. */
const loose = (name: string) => sameLookingName(name).toLowerCase();

const stemOf = (base: string) => base.replace(/\.[^.]*$/, '');

/** The item id a file name starts with ("A08-แผนงาน.pdf", "a8 plan.pdf" → "a08"), if any. */
function itemIdOf(base: string): string | undefined {
  const match = /^([a-z])\s*0*(\d{1,2})(?!\d)/i.exec(base);
  return match ? canonicalItemId(`${match[1]}${match[2]}`) : undefined;
}

/**
 * The files among `candidates` that `wanted` (a reference that names no file) may have meant, most
 * likely first, at most a few: the same name in another case or Unicode form; the same name in
 * another folder; the same name with its extension doubled (Windows hides extensions: "A08.pdf"
 * saved as "A08.pdf.pdf"), left out or another; a name that starts with the same item id
 * ("A08-แผนงาน.pdf"); a slip of a few letters, unless the names start with different item ids.
 */
export function similarFiles(wanted: string, candidates: readonly string[]): string[] {
  const want = loose(wanted);
  const wantBase = path.posix.basename(want);
  const wantStem = stemOf(wantBase);
  const wantId = itemIdOf(wantBase);
  const limit = Math.max(1, Math.min(3, Math.floor(wantBase.length / 3)));
  const ranked: { file: string; tier: number; distance: number }[] = [];
  for (const file of candidates) {
    const name = loose(file);
    const base = path.posix.basename(name);
    const stem = stemOf(base);
    const id = itemIdOf(base);
    const close = () => Math.abs(base.length - wantBase.length) <= limit && editDistance(wantBase, base) <= limit;
    const tier =
      name === want
        ? 0
        : base === wantBase
          ? 1
          : stem === wantBase || stem === wantStem || wantStem === base
            ? 2
            : wantId !== undefined && id === wantId
              ? 3
              : (wantId === undefined || id === undefined || id === wantId) && close()
                ? 4
                : undefined;
    if (tier !== undefined) ranked.push({ file, tier, distance: editDistance(wantBase, base) });
  }
  ranked.sort((a, b) => a.tier - b.tier || a.distance - b.distance || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return ranked.slice(0, AT_MOST).map((r) => r.file);
}
