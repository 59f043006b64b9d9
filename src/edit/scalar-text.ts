/**
 * How a text is written in application.yaml so that it reads back as exactly that text: plain
 * where nothing in it could be read otherwise, a `|` block for several lines, double quotes
 * (with escapes) for everything else. Plain is kept for the Thai sentences people type; anything
 * a YAML reader might take for a number, a date, a yes/no, null or YAML's own punctuation is quoted.
 */

/** Where the value goes: inside `{ }` / `[ ]` (one line, no blocks), or after a key of a block mapping. */
export interface ScalarPlace {
  flow: boolean;
  /** a `|` block may go here (see Place.blocks) */
  blocks: boolean;
  /** a comment follows on the same line, and the key is one where people write sentences */
  commentFollowsFreeText: boolean;
  /** the spaces before each line of a block's body */
  bodyIndent: string;
  /** how much deeper than its key a block's body is indented (its indentation indicator, 1–9) */
  step: number;
}

/** A value as written: `inline` after the key (`key: inline`), then the lines of a block's body, if any. */
export interface ValueText {
  inline: string;
  body?: string[];
}

// YAML punctuation that starts something other than a plain text
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_PUNCTUATION = /[,[\]{}]/;
// what a YAML 1.2 reader (or an older 1.1 one, or a spreadsheet) could take for something else
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const STARTS_LIKE_A_NUMBER = /^[-+.]?[0-9]/;
/**
 * Characters written as escapes: control characters, the line separators of other systems (NEL,
 * LS, PS), the byte-order mark, characters that are no characters, and halves of a pair.
 */
const NEEDS_ESCAPE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` can be written as it is, without quotes, and read back as the same text. */
function isPlainSafe(text: string, flow: boolean): boolean {
  if (text === '' || /^\s|\s$/.test(text)) return false;
  if (/[\n\r\t]/.test(text) || NEEDS_ESCAPE.test(text)) return false;
  if (INDICATOR_FIRST.test(text) || NOT_TEXT.test(text) || STARTS_LIKE_A_NUMBER.test(text)) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (flow && (FLOW_PUNCTUATION.test(text) || text.includes(':'))) return false;
  return true;
}

/** `text` in double quotes, with YAML escapes: always reads back exactly, on one line. */
function doubleQuoted(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    // a whole pair stays as it is: only a lone half is escaped
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[++i];
        continue;
      }
    }
    out += escapeOf(ch, code);
  }
  return `${out}"`;
}

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function escapeOf(ch: string, code: number): string {
  const named = NAMED_ESCAPES[ch];
  if (named !== undefined) return named;
  if (NEEDS_ESCAPE.test(ch)) return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  return ch;
}

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

/**
 * A text of several lines as a `|` block: the lines as typed, each indented under its key. Not
 * for texts a block cannot hold exactly (ending in more than one line break, all blank, or with
 * characters that need escapes): undefined.
 */
function literalBlock(text: string, place: ScalarPlace): ValueText | undefined {
  if (place.flow || !place.blocks || !text.includes('\n') || NEEDS_ESCAPE.test(text)) return undefined;
  if (text.endsWith('\n\n') || text.trim() === '') return undefined;
  const chomp = text.endsWith('\n') ? '' : '-';
  const lines = (chomp === '' ? text.slice(0, -1) : text).split('\n');
  // a first line that starts with a space would be taken for the block's indentation: say it
  const firstFilled = lines.findIndex((line) => /[^ ]/.test(line));
  const leading = lines.slice(0, firstFilled + 1);
  const indicator = leading.some((line) => line.startsWith(' ') || line.startsWith('\t')) ? String(place.step) : '';
  return {
    inline: `|${indicator}${chomp}`,
    body: lines.map((line) => (line === '' ? '' : place.bodyIndent + line)),
  };
}

/** How a text is written at a place (see the top of this file). */
export function textValue(text: string, place: ScalarPlace): ValueText {
  if (isPlainSafe(text, place.flow) && !place.commentFollowsFreeText) return { inline: text };
  return literalBlock(text, place) ?? { inline: doubleQuoted(text) };
}
