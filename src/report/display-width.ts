import { createRequire } from 'node:module';

/**
 * Terminal display width, not `.length`: Thai vowels and tone marks above or below a consonant
 * take no column, wide (CJK) characters take two. string-width measures whole grapheme
 * clusters, and Unicode puts SARA AM (ำ) in the cluster of the consonant before it, so it
 * would count "น้ำ" as one column; terminals draw SARA AM in a column of its own (it is
 * NIKHAHIT over SARA AA), so it is measured as that pair.
 */
export const displayWidth = (text: string): number =>
  PLAIN.test(text) ? plainWidth(text) : stringWidth(text.replace(/\u0E33/g, '\u0E4D\u0E32').replace(/\u0EB3/g, '\u0ECD\u0EB2'));

let measure: ((text: string) => number) | undefined;

/**
 * string-width, loaded the first time a text is not PLAIN: loading it sets up Unicode's grapheme
 * segmentation, a tenth of what a re-check of an unchanged application costs, and gecc's reports
 * rarely hold such a text.
 */
function stringWidth(text: string): number {
  measure ??= (createRequire(import.meta.url)('string-width') as { default: (text: string) => number }).default;
  return measure(text);
}

/**
 * Printable ASCII, Thai, and the marks and punctuation of gecc's own reports: nearly every text a
 * report measures, many times each. Each character is its own column (or none, for a Thai mark
 * above or below), so no grapheme segmentation is needed; the result is string-width's, as the
 * tests compare (test/report/display-width.test.ts).
 */
const PLAIN =
  /^[\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e5b\u00b7\u00d7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2192\u2714\u2716\u26a0]*$/;
/** Thai vowels and tone marks written above or below a consonant (Unicode nonspacing marks) */
const THAI_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

function plainWidth(text: string): number {
  // SARA AM (U+0E33) counts one column, as the pair it is drawn as (a mark and SARA AA)
  return text.length - (text.match(THAI_MARKS)?.length ?? 0);
}

let graphemes: Intl.Segmenter | undefined;

/** Cuts text to at most `width` columns, ending with … when cut; never splits a consonant from its marks. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter('th', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** One line of plain text: control characters (new lines, escape sequences from a file) become spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
export const oneLine = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
