/**
 * Whether a signer's position, as a unit wrote it, is the one the criteria ask for. No regular
 * expression from a criteria file is ever run: the catalogue lists the accepted positions as
 * plain phrases, and the written position is compared with them after both are brought to one
 * spelling (spaces, invisible characters and the usual abbreviations). The check and the form
 * gecc prints both ask this module, so they never disagree.
 */

export interface SignerRule {
  /** positions that fit, as phrases the written position starts with */
  positions: readonly string[];
  /** longer phrases that start like an accepted one but are another position */
  excluding?: readonly string[] | undefined;
}

export type SignerVerdict = 'fits' | 'short-form' | 'other-position';

/** Longer than any position: what is beyond is not read (the comparison stays linear and small). */
export const POSITION_MAX_LENGTH = 300;

const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u3164\ufeff\uffa0]/g;

/**
 * The short forms civil servants write, each with its full spelling. Only whole abbreviations
 * are replaced (at the start, after a space or after another position word), never letters in
 * the middle of a word.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  // กทม. / ก.ท.ม. / กรุงเทพฯ / กรุงเทพ ฯ / กรุงเทพ  → กรุงเทพมหานคร
  [/ก\.?\s?ท\.?\s?ม\.?/g, 'กรุงเทพมหานคร'],
  [/กรุงเทพ(?!มหานคร)\s?ฯ?/g, 'กรุงเทพมหานคร'],
  // ผอ. / ผ.อ. → ผู้อำนวยการ
  [/(^|\s)ผ\.?\s?อ(?:\.\s?|\s|$)/g, '$1ผู้อำนวยการ'],
  // สนง. → สำนักงาน
  [/สนง\.?/g, 'สำนักงาน'],
];

/**
 * A position in one spelling: NFC, sara am typed as nikhahit + sara aa (as Word and PDF copies
 * often give it) made one letter, invisible characters dropped, abbreviations written out, and
 * no spaces at all (Thai puts none inside a title, but people type them: "รองปลัด กรุงเทพมหานคร").
 */
export function normalisePosition(text: string): string {
  let out = text
    .slice(0, POSITION_MAX_LENGTH)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33');
  out = out.replace(/\s+/g, ' ').trim();
  for (const [pattern, full] of ABBREVIATIONS) out = out.replace(pattern, full);
  return out.replace(/\s+/g, '');
}

/** Does the written position fit; if not, is it a short form gecc could not read, or another position? */
export function judgeSignerPosition(written: string, rule: SignerRule): SignerVerdict {
  const position = normalisePosition(written);
  const accepted = rule.positions.map(normalisePosition).filter((p) => p !== '');
  const excluded = (rule.excluding ?? []).map(normalisePosition).filter((p) => p !== '');
  if (accepted.some((p) => position.startsWith(p)) && !excluded.some((p) => position.startsWith(p))) return 'fits';
  // "รองปลัดฯ", "รองปลัด", "ผู้อำนวยการ": the start of an accepted position; "รปก.": a short form gecc does not know
  const stem = position.replace(/[ฯ.]+$/, '');
  if (stem !== '' && accepted.some((p) => p.startsWith(stem))) return 'short-form';
  if (/[ฯ.]/.test(position)) return 'short-form';
  return 'other-position';
}

export const signerFits = (written: string, rule: SignerRule): boolean => judgeSignerPosition(written, rule) === 'fits';
