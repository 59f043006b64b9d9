import { displayWidth } from './display-width.js';

// made on first use: setting up Unicode segmentation costs milliseconds a report without long lines never needs
let segmenters: { words: Intl.Segmenter; graphemes: Intl.Segmenter } | undefined;
const segmenter = () =>
  (segmenters ??= {
    words: new Intl.Segmenter('th', { granularity: 'word' }),
    graphemes: new Intl.Segmenter('th', { granularity: 'grapheme' }),
  });

/**
 * Splits text into lines of at most `width` terminal columns, breaking between words — Thai
 * has no spaces between words, so where a word ends is found with the Thai word segmenter —
 * and never inside a grapheme cluster, so a vowel or tone mark never leaves its consonant. A
 * single word wider than the line is broken between clusters. Spaces at a break are dropped;
 * new lines in the text are kept.
 */
export function wrapText(text: string, width: number, firstWidth = width): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) wrapParagraph(paragraph, width, out.length === 0 ? firstWidth : width, out);
  return out;
}

/**
 * The words of a text as the Thai dictionary splits them, never inside a cluster: on text that is
 * not real Thai (a vowel after a word of its own) the dictionary can split a consonant from its mark.
 */
function wordsOf(text: string): string[] {
  const { words, graphemes } = segmenter();
  const starts = new Set([...graphemes.segment(text)].map((g) => g.index));
  const out: string[] = [];
  for (const { segment, index } of words.segment(text)) {
    if (out.length > 0 && !starts.has(index)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

function wrapParagraph(text: string, width: number, firstWidth: number, out: string[]): void {
  let line = '';
  let used = 0;
  const limit = () => (out.length === 0 ? firstWidth : width);
  const flush = () => {
    out.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const segment of wordsOf(text)) {
    const w = displayWidth(segment);
    if (used + w <= limit()) {
      line += segment;
      used += w;
      continue;
    }
    if (/^\s+$/.test(segment)) {
      // a space where the line is full: the break itself
      flush();
      continue;
    }
    if (used > 0 && w <= limit()) {
      flush();
      line = segment;
      used = w;
      continue;
    }
    // a word wider than a whole line: cut it between clusters
    for (const { segment: cluster } of segmenter().graphemes.segment(segment)) {
      const cw = displayWidth(cluster);
      if (used + cw > limit() && used > 0) flush();
      line += cluster;
      used += cw;
    }
  }
  if (line !== '' || out.length === 0 || text === '') out.push(line.trimEnd());
}

/**
 * A message under a prefix (a mark, "วิธีแก้:"), wrapped to `width` columns with its further
 * lines indented to `indent` columns. `prefix` may carry colours; `plainPrefix` is measured.
 */
export function hangingLines(prefix: string, plainPrefix: string, text: string, width: number, indent: number): string[] {
  const first = Math.max(10, width - displayWidth(plainPrefix));
  const rest = Math.max(10, width - indent);
  return wrapText(text, rest, first).map((line, i) => (i === 0 ? prefix + line : ' '.repeat(indent) + line));
}
