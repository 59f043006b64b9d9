/** New text for the original text's characters from `start` to `end` (an insertion when they are equal). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The text with each splice made; splices must not overlap (two at one offset are made in order). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of ordered) {
    if (splice.start < at) throw new Error(`overlapping splices at ${splice.start}`);
    out += text.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + text.slice(at);
}
