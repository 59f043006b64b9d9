import { displayWidth } from './display-width.js';

// made on first use: setting up Unicode segmentation costs milliseconds a report without long lines never needs
let segmenters: { words: Intl.Segmenter; graphemes: Intl.Segmenter } | undefined;
const segmenter = () =>
  (segmenters ??= {
    words: new Intl.Segmenter('th', { granularity: 'word' }),
    graphemes: new Intl.Segmenter('th', { granularity: 'grapheme' }),
  });

/**
 * Splits text into lines of at most `width` terminal columns. Thai writes no spaces between words,
 * only between phrases, and the Thai dictionary splits many words a reader takes as one
 * (ลง|นาม, ผู้อำนวย|การ): a line breaks at a space wherever the phrase that follows fits on a line,
 * and a quoted example ("  P03: มี") is kept whole with its spaces. Only a phrase wider than a
 * whole line is broken inside, between the words the Thai word segmenter finds, and never inside
 * a grapheme cluster, so a vowel or tone mark never leaves its consonant (a single word wider than
 * the line is broken between clusters). Spaces at a break are dropped; new lines in the text are
 * kept; a line never starts with ๆ.
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
    // ๆ repeats the word before it, across the space Thai writes before it: never a line of its own
    else if (segment.startsWith('ๆ') && out.length >= 2 && /^ +$/.test(out[out.length - 1]!)) out[out.length - 2] += out.pop()! + segment;
    else if (segment.startsWith('ๆ') && out.length >= 1) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/**
 * The text as phrases and the spaces between them: a quoted example ("  P03: มี") is one phrase
 * with its spaces, and ๆ after a space belongs to the phrase before it (อื่น ๆ).
 */
function phrasesOf(text: string): string[] {
  const out: string[] = [];
  const pattern = /"[^"\n]*"|[^\s"]+|"|\s+/g;
  for (const [piece] of text.matchAll(pattern)) {
    const last = out.length - 1;
    const isSpace = /^\s+$/.test(piece);
    if (last >= 0 && !isSpace && !/^\s+$/.test(out[last]!)) out[last] += piece;
    else if (last >= 1 && piece.startsWith('ๆ') && /^ +$/.test(out[last]!)) out[last - 1] += out.pop()! + piece;
    else out.push(piece);
  }
  return out;
}

const clustersOf = (text: string): string[] => [...segmenter().graphemes.segment(text)].map((g) => g.segment);

/** Finer and finer pieces of a paragraph: its phrases, a phrase's words, a word's clusters. */
const PIECES = [phrasesOf, wordsOf, clustersOf];

function wrapParagraph(text: string, width: number, firstWidth: number, out: string[]): void {
  let line = '';
  let used = 0;
  const limit = () => (out.length === 0 ? firstWidth : width);
  const flush = () => {
    out.push(line.trimEnd());
    line = '';
    used = 0;
  };
  const add = (piece: string, w: number) => {
    line += piece;
    used += w;
  };
  const place = (piece: string, level: number): void => {
    const w = displayWidth(piece);
    if (used + w <= limit()) add(piece, w);
    // a space where the line is full: the break itself
    else if (/^\s+$/.test(piece)) flush();
    else if (used > 0 && w <= limit()) {
      flush();
      add(piece, w);
    } else if (level + 1 < PIECES.length) for (const part of PIECES[level + 1]!(piece)) place(part, level + 1);
    // one cluster wider than the whole line: it has a line of its own
    else {
      if (used > 0) flush();
      add(piece, w);
    }
  };
  for (const phrase of phrasesOf(text)) place(phrase, 0);
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
