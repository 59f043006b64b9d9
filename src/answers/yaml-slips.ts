import { Lexer, type YAMLError } from 'yaml';
import type { Finding, Position } from '../findings/finding.js';
import type { FindingArgs } from '../findings/messages.js';
import type { Locator } from './locate.js';
import { finding } from '../findings/make-finding.js';

/**
 * Turns the yaml library's errors into one finding per slip a person made. One slip often gives
 * the parser many errors (one Tab: 23, as every line after it is misread); the first error of a
 * top-level section names the slip, and the section's later errors are what follows from it. The
 * error code says what the parser saw; the lines around its position say which slip it was (an
 * unindented line after a text is a paste, the same line at the same indent lacks a colon…).
 */
export function yamlSlipFindings(
  errors: readonly YAMLError[],
  text: string,
  locator: Locator,
  /** slips already told from the shape of their line (key-line-slips.ts) */
  told: readonly Finding[] = [],
): Finding[] {
  const source = new Source(text);
  const findings: Finding[] = [...told];
  const sectionsWithSlip = new Set<string>();
  // what the parser says in a told slip's section from the line above it on follows from it (it
  // often reads the slip's line as the run-on of the value above, and says so at that value)
  const toldFrom = new Map<string, number>();
  for (const slip of told) {
    const section = source.sectionAt(slip.line!);
    const from = source.previousContent(slip.line!) ?? 0;
    toldFrom.set(section, Math.min(toldFrom.get(section) ?? from, from));
  }
  const followsTold = (line: number) => line >= (toldFrom.get(source.sectionAt(line)) ?? Infinity);
  for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    if (followsTold(locator.offset(error.pos[0]).line)) continue;
    const independent = error.code === 'DUPLICATE_KEY' || error.code === 'MULTIPLE_DOCS';
    // what follows from a slip is not looked at again (a broken file can hold thousands of errors)
    if (!independent && sectionsWithSlip.has(source.sectionAt(locator.offset(error.pos[0]).line))) continue;
    const finding = slipOf(error, source, locator);
    // two answers under one key, or a second document, do not confuse what follows
    if (!independent) sectionsWithSlip.add(source.sectionAt(finding.line ?? 1));
    if (!findings.some((f) => f.code === finding.code && f.line === finding.line)) findings.push(finding);
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function slipOf(error: YAMLError, source: Source, locator: Locator): Finding {
  const { line, column } = locator.offset(error.pos[0]);
  const at = (l: number, c = source.indent(l) + 1) => ({ line: l, column: c });
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return finding('yaml.duplicate-key', { key: keyAt(source.text, error.pos[0]) }, { line, column });
    case 'MULTIPLE_DOCS':
      return finding('yaml.multiple-documents', {}, { line, column });
    case 'TAB_AS_INDENT':
      return slip('yaml.tab-indent', {}, at(line, 1));
    case 'BAD_DQ_ESCAPE':
      return slip('yaml.backslash-in-quotes', {}, { line, column });
    case 'MISSING_CHAR': {
      // the parser notices a quote left open only at the end of the file: point at where it opens
      const open = unclosedQuote(source.text);
      if (open !== undefined) return slip('yaml.unterminated-quote', {}, locator.offset(open));
      break;
    }
  }
  return structuralSlip(line, column, error, source) ?? slip('yaml.syntax', { detail: error.code }, { line, column });
}

type SlipCode = {
  [C in keyof FindingArgs]: FindingArgs[C] extends { line: number } ? C : never;
}[keyof FindingArgs];

/** A slip's finding: its line is also in the text, for people who do not read "file:line:column". */
function slip<C extends SlipCode>(code: C, args: Omit<FindingArgs[C], 'line'>, position: Position): Finding {
  return finding(code, { ...args, line: position.line } as FindingArgs[C], { ...position });
}

/** Slips of layout: indentation, a colon too many or too few, a text that runs on unindented. */
function structuralSlip(line: number, column: number, error: YAMLError, source: Source): Finding | undefined {
  const here = source.line(line);
  const previous = source.previousContent(line);
  const at = (l: number) => ({ line: l, column: source.indent(l) + 1 });

  const bracket = [previous, line].find((l) => l !== undefined && unclosedBracket(source.line(l)));
  if (bracket !== undefined) return slip('yaml.unclosed-bracket', {}, at(bracket));

  // a pasted line that holds ": " reads as a heading of its own
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && runsOnUnindented(source, line)) {
    return slip('yaml.text-not-indented', { key: keyOf(textStart(source, previous!)) ?? 'text' }, at(line));
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && !here.trimStart().startsWith('-')) {
    const rest = here.slice(column - 1);
    if (/:(\s|$)/.test(rest)) {
      return slip('yaml.colon-in-text', { key: keyOf(here) ?? 'text' }, { line, column });
    }
    const next = source.nextContent(line);
    if (next !== undefined && source.indent(next) > source.indent(line)) {
      return slip('yaml.indent-deeper', { spaces: source.indent(line) }, at(next));
    }
  }

  if (error.code === 'BAD_INDENT' && previous !== undefined) {
    const indent = source.indent(line);
    const above = source.indent(previous);
    // a pasted line of text at the start of the line, read as a heading, puts the next lines out of step
    if (runsOnUnindented(source, previous)) {
      return slip('yaml.text-not-indented', { key: keyOf(textStart(source, source.previousContent(previous)!)) ?? 'text' }, at(previous));
    }
    if (indent < above) {
      // the first line under a heading sets the indent: when it is the one out of step, it is the slip
      const parent = source.previousContent(previous);
      const firstChild = parent !== undefined && source.line(parent).trimEnd().endsWith(':');
      if (firstChild && indent - source.indent(parent) === STEP && above - source.indent(parent) !== STEP) {
        return slip('yaml.indent-deeper', { spaces: indent }, at(previous));
      }
      return slip('yaml.indent-shallower', { spaces: above }, at(line));
    }
    if (indent > above) return slip('yaml.indent-deeper', { spaces: above }, at(line));
  }

  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'MISSING_CHAR') {
    const trimmed = here.trim();
    if (!/:(\s|$)/.test(trimmed)) {
      const lone = /^([A-Za-z_$][\w$-]*)$/.exec(trimmed);
      const next = source.nextContent(line);
      if (lone && next !== undefined && source.indent(next) > source.indent(line)) {
        return slip('yaml.missing-colon', { key: lone[1]!, example: `${lone[1]!}:` }, at(line));
      }
      if (runsOnUnindented(source, line)) {
        return slip('yaml.text-not-indented', { key: keyOf(textStart(source, previous!)) ?? 'text' }, at(line));
      }
      if (lone) return slip('yaml.missing-colon', { key: lone[1]!, example: `${lone[1]!}:` }, at(line));
      const pair = /^([A-Za-z_$][\w$-]*)\s+(\S.*)$/.exec(trimmed);
      if (pair) return slip('yaml.missing-colon', { key: pair[1]!, example: `${pair[1]!}: ${pair[2]!}` }, at(line));
      if (previous !== undefined && source.indent(line) === source.indent(previous) && isPlainText(source, previous)) {
        return slip('yaml.text-not-indented', { key: keyOf(textStart(source, previous)) ?? 'text' }, at(line));
      }
    }
  }
  return undefined;
}

/** gecc init indents each level by two spaces. */
const STEP = 2;

/** A line less indented than the text above it, which it continues: text pasted with its line breaks. */
function runsOnUnindented(source: Source, lineNumber: number): boolean {
  const above = source.previousContent(lineNumber);
  if (above === undefined || source.indent(lineNumber) >= source.indent(above) || !isPlainText(source, above)) return false;
  // a heading of gecc's own (an id or a name in English) is a heading, not text
  return !/^[A-Za-z_$][\w$-]*:(\s|$)/.test(source.line(lineNumber).trim());
}

/** A line that holds a text value written as is (no quotes, no | ), or runs on from one. */
function isPlainText(source: Source, lineNumber: number): boolean {
  const line = source.line(lineNumber);
  const value = /^\s*(?:-\s+)?[^\s#:][^:]*:\s+(.*)$/.exec(line)?.[1];
  if (value !== undefined) return value !== '' && !/^[[{"'|>&*!#]/.test(value);
  // a line without "key:" under a text that runs on: part of that text
  return !/:(\s|$)/.test(line) && !line.trimStart().startsWith('-') && textStart(source, lineNumber) !== line;
}

/** The "key: text" line a run-on text starts on. */
function textStart(source: Source, lineNumber: number): string {
  let current = lineNumber;
  while (current > 1 && !/:(\s|$)/.test(source.line(current))) {
    const before = source.previousContent(current);
    if (before === undefined) break;
    current = before;
  }
  return source.line(current);
}

function keyOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s#:][^:]*?)\s*:(\s|$)/.exec(line)?.[1];
}

/** A `[` or `{` on the line that is not closed on it, outside quotes and comments. */
function unclosedBracket(line: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    if ((ch === '"' || ch === "'") && depth > 0) quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth > 0;
}

/** Where a quoted text that is never closed opens (the parser notices only where it gives up on it). */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // the lexer's control tokens stand for no characters of the text
    if (token === '\x02' || token === '\x18' || token === '\x1f') continue;
    const quote = token[0];
    if (quote === '"' || quote === "'") {
      const closed = token.length > 1 && token.trimEnd().endsWith(quote) && !(quote === '"' && /(^|[^\\])(\\\\)*\\"\s*$/.test(token));
      if (!closed) return offset;
    }
    offset += token.length;
  }
  return undefined;
}

function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/
    .exec(text.slice(offset))![0]
    .trim()
    .replace(/^["']|["']$/g, '');
}

/** The lines of application.yaml, 1-based, as the editor numbers them. */
class Source {
  private readonly lines: string[];
  private sections?: string[];
  constructor(readonly text: string) {
    this.lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  }

  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }

  indent(n: number): number {
    return /^ */.exec(this.line(n))![0].length;
  }

  private isContent(n: number): boolean {
    const trimmed = this.line(n).trim();
    return trimmed !== '' && !trimmed.startsWith('#');
  }

  previousContent(n: number): number | undefined {
    for (let i = n - 1; i >= 1; i--) if (this.isContent(i)) return i;
    return undefined;
  }

  nextContent(n: number): number | undefined {
    for (let i = n + 1; i <= this.lines.length; i++) if (this.isContent(i)) return i;
    return undefined;
  }

  /** The top-level heading (unit, physical, basic…) a line belongs to. */
  sectionAt(n: number): string {
    if (!this.sections) {
      let current = '';
      this.sections = this.lines.map((line) => {
        const match = /^([^\s#'"-][^:]*):(\s|$)/.exec(line);
        // an item's key written at the start of the line is still in its group
        if (match && !/^[A-Z][0-9]{2}$/.test(match[1]!)) current = match[1]!;
        return current;
      });
    }
    return this.sections[Math.min(Math.max(n, 1), this.lines.length) - 1] ?? '';
  }
}
