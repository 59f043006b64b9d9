import stringWidth from 'string-width';

/**
 * Terminal display width, not `.length`: Thai vowels and tone marks above or below a consonant
 * take no column, wide (CJK) characters take two. string-width measures whole grapheme
 * clusters, and Unicode puts SARA AM (ำ) in the cluster of the consonant before it, so it
 * would count "น้ำ" as one column; terminals draw SARA AM in a column of its own (it is
 * NIKHAHIT over SARA AA), so it is measured as that pair.
 */
export const displayWidth = (text: string): number =>
  stringWidth(text.replace(/\u0E33/g, '\u0E4D\u0E32').replace(/\u0EB3/g, '\u0ECD\u0EB2'));

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Cuts text to at most `width` columns, ending with … when cut; never splits a consonant from its marks. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
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
