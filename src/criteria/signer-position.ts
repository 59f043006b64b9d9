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
  /**
   * The head's title that, followed by the name of the unit's parent (สังกัด), is the one
   * position that fits (ผู้อำนวยการ + สำนักอนามัย): a director of another department fits the
   * phrases but is not the unit's own.
   */
  headOfParent?: string | undefined;
}

/**
 * `fits`; `short-form`: cut short or abbreviated past reading; `other-position`; `other-parent`:
 * the head of another parent than the unit's; `parent-unknown`: a head of some parent, but the
 * unit names no parent (or none of the kind) to tell whose.
 */
export type SignerVerdict = 'fits' | 'short-form' | 'other-position' | 'other-parent' | 'parent-unknown';

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

/**
 * Does the written position fit; if not, is it a short form gecc could not read, another
 * position, or the head of another parent than the unit's own (`parent`, as the unit wrote it)?
 * The bare title (ผู้อำนวยการสำนัก) fits whatever the parent: it is what the criteria say.
 */
export function judgeSignerPosition(written: string, rule: SignerRule, parent?: string): SignerVerdict {
  const verdict = judgeByPhrases(written, rule);
  if (verdict !== 'fits' || rule.headOfParent === undefined) return verdict;
  const position = withoutCity(normalisePosition(written));
  if (rule.positions.some((p) => withoutCity(normalisePosition(p)) === position)) return 'fits';
  const own = ownHead(rule, parent);
  if (own === undefined) return 'parent-unknown';
  return sameName(position, withoutCity(normalisePosition(own))) ? 'fits' : 'other-parent';
}

/**
 * The position that fits the unit, as the form prints it: the head of its own parent
 * (ผู้อำนวยการสำนักอนามัย) where the rule asks for one and the parent names one, else undefined.
 */
export function ownHead(rule: SignerRule, parent: string | undefined): string | undefined {
  const head = rule.headOfParent;
  const written = parent?.normalize('NFC').trim().slice(0, POSITION_MAX_LENGTH);
  if (head === undefined || !written) return undefined;
  // the parent's name may follow the unit's own ("ศูนย์บริการสาธารณสุข 1 สำนักอนามัย"): from the first place on that fits
  for (let i = 0; i < written.length; i++) {
    const candidate = `${head}${written.slice(i).trim()}`;
    if (judgeByPhrases(candidate, rule) === 'fits') return candidate;
  }
  return undefined;
}

/** What follows the head's title in a written position (สำนักการแพทย์ of ผอ.สำนักการแพทย์), if it starts with it. */
export function afterHead(written: string, rule: SignerRule): string | undefined {
  const head = rule.headOfParent === undefined ? '' : normalisePosition(rule.headOfParent);
  if (head === '') return undefined;
  // the longest start that reads as the title: "ผอ." rather than "ผอ"
  let end: number | undefined;
  for (let i = 1; i <= Math.min(written.length, POSITION_MAX_LENGTH); i++) {
    if (normalisePosition(written.slice(0, i)) === head) end = i;
  }
  return end === undefined ? undefined : written.slice(end).trim() || undefined;
}

/** The position to print on the form: the unit's own where it fits, else the one that would. */
export function positionToPrint(written: string | undefined, rule: SignerRule | undefined, parent: string | undefined): string | undefined {
  if (!rule) return written;
  if (written !== undefined && written !== '') {
    const verdict = judgeSignerPosition(written, rule, parent);
    if (verdict === 'fits' || verdict === 'parent-unknown') return written;
  }
  return ownHead(rule, parent);
}

/** One name of a parent in two spellings: the same, or one cut short with ฯ where the other goes on. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return /ฯ$/.test(short) && long.startsWith(short.replace(/ฯ+$/, ''));
}

/** "…กรุงเทพมหานคร" after a parent's name is where it is, not another name. */
const withoutCity = (position: string) => position.replace(/[.)]*$/, '').replace(/(?<=.)กรุงเทพมหานคร$/, '');

function judgeByPhrases(written: string, rule: SignerRule): SignerVerdict {
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
