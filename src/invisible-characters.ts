/**
 * Characters a person cannot see but that change what text shows: C0 controls (new lines too),
 * DEL, C1 controls, the bidirectional embeddings, overrides, isolates and marks (U+202E turns
 * "gpj.exe" into "exe.jpg"), and the line and paragraph separators. Not among them: the
 * zero-width space and joiners, which Thai text uses between words. Reports escape these, and a
 * file name holding one is refused or renamed.
 */
const CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** Every invisible character (global: for replace). */
export const INVISIBLE = new RegExp(`[${CLASS}]`, 'gu');

/** The same, without line feed and tab: for text written over several lines. */
export const INVISIBLE_BUT_LINE_BREAKS = new RegExp(`[${CLASS.replace('\\u0000-\\u001f', '\\u0000-\\u0008\\u000b-\\u001f')}]`, 'gu');

const ANY_INVISIBLE = new RegExp(`[${CLASS}]`, 'u');

export const hasInvisible = (text: string): boolean => ANY_INVISIBLE.test(text);
