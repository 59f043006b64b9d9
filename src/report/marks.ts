/**
 * The symbols of the human report, and plain-ASCII stand-ins for consoles that cannot show them
 * (an old Windows console font draws ✔ ✖ ⚠ as empty boxes; TERM=dumb terminals, some log
 * viewers). Thai letters are never replaced: they are the message, and every Thai Windows code
 * page has them.
 */
export interface Marks {
  ok: string;
  error: string;
  warning: string;
  info: string;
}

export const UNICODE_MARKS: Marks = { ok: '✔', error: '✖', warning: '⚠', info: 'ℹ' };
export const ASCII_MARKS: Marks = { ok: '[OK]', error: '[X]', warning: '[!]', info: '[i]' };

export function marksFor(ascii: boolean): Marks {
  return ascii ? ASCII_MARKS : UNICODE_MARKS;
}

/** Single characters and their ASCII stand-ins, for text the report did not write itself (messages, titles). */
const STAND_INS: Record<string, string> = {
  [UNICODE_MARKS.ok]: ASCII_MARKS.ok,
  '✓': ASCII_MARKS.ok,
  [UNICODE_MARKS.error]: ASCII_MARKS.error,
  '✗': ASCII_MARKS.error,
  '✘': ASCII_MARKS.error,
  [UNICODE_MARKS.warning]: ASCII_MARKS.warning,
  [UNICODE_MARKS.info]: ASCII_MARKS.info,
  '—': '-',
  '–': '-',
  '‒': '-',
  '―': '-',
  '−': '-',
  '·': '|',
  '•': '*',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '×': 'x',
  '\u00a0': ' ',
  '\u200b': '',
};

const NON_ASCII_SYMBOL = new RegExp(`[${Object.keys(STAND_INS).join('')}\u2500-\u259f]`, 'gu');

/** Box drawing (U+2500–U+257F) by shape: lines become - and |, everything joining lines becomes +. */
function boxStandIn(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x2580) return '#'; // block elements (bars)
  if ('─━═┄┅┈┉╌╍╴╶╸╺╼╾'.includes(char)) return '-';
  if ('│┃║┆┇┊┋╎╏╵╷╹╻╽╿'.includes(char)) return '|';
  return '+';
}

/** The same text with every symbol above replaced by its ASCII stand-in. */
export function toAscii(text: string): string {
  return text.replace(NON_ASCII_SYMBOL, (char) => STAND_INS[char] ?? boxStandIn(char));
}

/** The mark of a finding's severity, in the marks the report uses. */
export function markOf(severity: 'error' | 'warning' | 'info', marks: Marks = UNICODE_MARKS): string {
  return severity === 'error' ? marks.error : severity === 'warning' ? marks.warning : marks.info;
}
