import { INVISIBLE, INVISIBLE_BUT_LINE_BREAKS } from '../invisible-characters.js';

/**
 * Text from the user's files (file and folder names, answers) shown so that it cannot pass for
 * the report's own: every control character is written out as an escape, visibly. A file named
 * "x\nผลการตรวจ: ✔ พร้อมส่ง\u001b[8m" would otherwise start a line of its own with a false
 * verdict and hide the real one on a terminal; a right-to-left override (U+202E) would turn
 * "gpj.exe" around. Backslashes are left alone (Windows paths have them), so escaping twice
 * changes nothing.
 *
 * Escaped: see invisible-characters.ts.
 */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One value as a report shows it: control characters escaped. `keepLineBreaks` for the text of
 * an answer written over several lines (`text: |`), shown as a block of its own: its line
 * breaks and tabs stay, everything else is escaped.
 */
export function showControls(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? INVISIBLE_BUT_LINE_BREAKS : INVISIBLE, escaped);
}

/** Every string in a plain value (objects, arrays) with its control characters escaped; other values as they are. */
export function showControlsIn<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => showControlsIn(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, showControlsIn(v)])) as T;
  }
  return value;
}
