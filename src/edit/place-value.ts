import { isMap, type Node, type YAMLMap } from 'yaml';
import { FREE_TEXT_KEYS } from '../answers/cut-comments.js';
import { type AnswersSource, isBlockScalar, isEmptyValue, keyName, type SourcePair } from './answers-source.js';
import type { Splice } from './splice.js';
import { renderValue, type Written } from './written-value.js';

/**
 * The splices that put `value` in place of a pair's value. Only the value's own text changes:
 * the key, the comment after it (kept in its column where the comments of a block line up) and
 * every other line stay byte for byte. A block's lines go below the key's line, after its comment.
 */
export function replaceValue(source: AnswersSource, pair: SourcePair, value: Written, flow: boolean): Splice[] {
  const { text, lines } = source;
  const old = pair.value;
  const colonEnd = source.colonEnd(pair);
  const keyEnd = pair.key.range![1];

  let oldStart: number;
  let oldEnd: number;
  // the lines of an old block's body: replaced by the new value's body, or removed
  let body: { start: number; end: number } | undefined;
  if (isEmptyValue(old)) {
    oldStart = oldEnd = colonEnd ?? keyEnd;
  } else if (isBlockScalar(old)) {
    const [start, end] = old.range!;
    oldStart = start;
    oldEnd = start + /^[|>][-+0-9]*/.exec(text.slice(start))![0].length;
    const headerEnd = lines.lineEnd(start);
    body = { start: headerEnd, end: Math.max(headerEnd, lines.withoutTrailingBreak(start, end)) };
  } else {
    oldStart = old!.range![0];
    oldEnd = source.nodeContentEnd(old!);
  }
  // the value follows its key (on the key's line or below it) with nothing else between: it is
  // written right after the colon, otherwise (a comment between) where the old one stood
  const slotStart = colonEnd !== undefined && text.slice(colonEnd, oldStart).trim() === '' ? colonEnd : oldStart;
  const rest = text.slice(oldEnd, lines.lineEnd(oldEnd));
  const trailing = /^([ \t]*)(#.*)?$/.exec(rest);
  const commentFollows = !flow && trailing?.[2] !== undefined;

  const rendered = renderValue(value, {
    flow,
    keyColumn: source.keyColumn(pair),
    step: source.step,
    commentFollowsFreeText: commentFollows && FREE_TEXT_KEYS.has(keyName(pair)),
    blocks: !deepLineFollows(source, lines.nextLineStart(body?.end ?? oldEnd), source.keyColumn(pair) + source.step),
  });
  const lead = colonEnd === undefined ? ': ' : slotStart === colonEnd ? ' ' : '';
  // a key without a colon (`{ text }`) gets one when a value follows
  const slotText = rendered.inline ? lead + rendered.inline : colonEnd === undefined && rendered.body ? ':' : '';

  const splices: Splice[] = [];
  if (flow) {
    // `{ text: , files: … }`: the spaces after the colon become the value's
    const spaces = isEmptyValue(old) ? /^[ \t]*/.exec(text.slice(oldEnd))![0].length : 0;
    const closer = /^[}\]]/.test(text.slice(oldEnd + spaces));
    splices.push({ start: slotStart, end: oldEnd + spaces, text: slotText + (slotText && spaces > 0 && closer ? ' ' : '') });
  } else if (trailing) {
    if (commentFollows) {
      splices.push({ start: slotStart, end: oldEnd, text: slotText });
      const spacing = commentSpacing(source, oldEnd, lines.column(slotStart) + slotText.length);
      if (spacing) splices.push(spacing);
    } else {
      splices.push({ start: slotStart, end: lines.lineEnd(oldEnd), text: slotText });
    }
  } else {
    splices.push({ start: slotStart, end: oldEnd, text: slotText });
  }

  const eol = lineBreakAfter(source, oldEnd);
  const bodyText = (rendered.body ?? []).map((line) => eol + line).join('');
  if (body) splices.push({ start: body.start, end: body.end, text: bodyText });
  else if (bodyText) splices.push({ start: lines.lineEnd(oldEnd), end: lines.lineEnd(oldEnd), text: bodyText });
  return splices;
}

/**
 * The splice that adds `key: value` to a mapping that lacks it, where gecc init would have it:
 * after the key that comes before it in `order` (and the comments below that key's content),
 * else before the key that comes after it (and the comment lines heading that key).
 */
export function insertPair(
  source: AnswersSource,
  map: YAMLMap<Node, Node | null>,
  key: string,
  value: Written,
  order: readonly string[],
): Splice {
  const pairs = map.items as SourcePair[];
  const rank = (pair: SourcePair) => order.indexOf(keyName(pair));
  const target = order.indexOf(key);
  const before = pairs.filter((p) => rank(p) !== -1 && rank(p) < target).sort((a, b) => rank(b) - rank(a))[0];
  const after = pairs.filter((p) => rank(p) > target).sort((a, b) => rank(a) - rank(b))[0];

  if (map.flow) {
    const entry = `${key}: ${renderValue(value, { flow: true, keyColumn: 0, step: source.step, commentFollowsFreeText: false, blocks: false }).inline}`;
    if (pairs.length === 0) return { start: map.range![0] + 1, end: map.range![1] - 1, text: ` ${entry} ` };
    if (before || !after) {
      const at = before ?? pairs[pairs.length - 1]!;
      const end = at.value && !isEmptyValue(at.value) ? at.value.range![1] : (source.colonEnd(at) ?? at.key.range![1]);
      return { start: end, end, text: `, ${entry}` };
    }
    return { start: after.key.range![0], end: after.key.range![0], text: `${entry}, ` };
  }

  const column = source.keyColumn(pairs[0]!);
  const at = before
    ? source.lineAfter(source.pairContentEnd(before), column)
    : after
      ? source.lineBefore(after)
      : source.lineAfter(source.pairContentEnd(pairs[pairs.length - 1]!), column);
  const topLevel = map === source.root;
  // an item among items written on one line each (`B02: { text: …, files: […] }`) is written so too
  const neighbour = (before ?? after)?.value;
  const oneLine = value.kind === 'map' && isMap(neighbour) && neighbour.flow === true;
  return insertLines(source, at, pairLines(source, column, key, value, oneLine, !deepLineFollows(source, at, column + source.step)), {
    blankBefore: topLevel && before !== undefined,
    blankAfter: topLevel && before === undefined && after !== undefined,
  });
}

/** The first key of a document that has none yet (only comments, or nothing). */
export function insertFirstPair(source: AnswersSource, key: string, value: Written): Splice {
  return insertLines(source, source.text.length, pairLines(source, 0, key, value, false, true), {
    blankBefore: source.text.trim().replace(/^\uFEFF/, '') !== '',
    blankAfter: false,
  });
}

function pairLines(source: AnswersSource, column: number, key: string, value: Written, flow: boolean, blocks: boolean): string[] {
  const rendered = renderValue(value, { flow, keyColumn: column, step: source.step, commentFollowsFreeText: false, blocks });
  return [`${' '.repeat(column)}${key}:${rendered.inline ? ` ${rendered.inline}` : ''}`, ...(rendered.body ?? [])];
}

/** Whole lines inserted at the start of a line (or at the end of a text whose last line has no line break). */
export function insertLines(
  source: AnswersSource,
  at: number,
  lines: string[],
  blank: { blankBefore: boolean; blankAfter: boolean } = { blankBefore: false, blankAfter: false },
): Splice {
  const { text } = source;
  const eol = lineBreakAfter(source, at > 0 ? at - 1 : at);
  const all = [...(blank.blankBefore ? [''] : []), ...lines, ...(blank.blankAfter ? [''] : [])];
  if (at === text.length && text.length > source.lines.bomLength && !text.endsWith('\n')) {
    return { start: at, end: at, text: all.map((line) => eol + line).join('') };
  }
  return { start: at, end: at, text: all.map((line) => line + eol).join('') };
}

/**
 * The spaces between a value ending at `valueEnd` and the comment after it on its line, once the
 * value's end moves to `endColumn`: a comment lined up with others stays in its column; one that
 * a long value pushed right goes back in line with the comments around it, where there is room.
 */
export function commentSpacing(source: AnswersSource, valueEnd: number, endColumn: number): Splice | undefined {
  const { lines, text } = source;
  const gap = /^([ \t]+)#/.exec(text.slice(valueEnd, lines.lineEnd(valueEnd)))?.[1]?.length;
  if (gap === undefined) return undefined;
  const column = gap > 1 ? lines.column(valueEnd + gap) : (neighbourCommentColumn(source, valueEnd) ?? 0);
  return { start: valueEnd, end: valueEnd + gap, text: ' '.repeat(Math.max(1, column - endColumn)) };
}

/** The column of the comment after the value on the line above or below `pos`'s line, if either has one. */
function neighbourCommentColumn(source: AnswersSource, pos: number): number | undefined {
  const { lines, text } = source;
  const start = lines.lineStart(pos);
  const end = lines.lineEnd(pos);
  const above = lines.previousLineStart(start);
  const below = end < text.length ? lines.nextLineStart(end) : undefined;
  for (const line of [above, below]) {
    if (line === undefined) continue;
    const match = /^ *[^ #][^#]*?[ \t]#/.exec(lines.lineAt(line));
    if (match) return match[0].length - 1;
  }
  return undefined;
}

/**
 * Whether the first line from `pos` on that is not blank is indented `column` deep or deeper: a
 * `|` block whose body stood at that depth above it would take that line (a comment, say) in.
 */
function deepLineFollows(source: AnswersSource, pos: number, column: number): boolean {
  const { lines, text } = source;
  for (let at = pos; at < text.length; at = lines.nextLineStart(at)) {
    const line = lines.lineAt(at);
    if (line.trim() !== '') return /^ */.exec(line)![0].length >= column;
  }
  return false;
}

/** The line break of the line holding `pos`; the file's own where that line has none. */
function lineBreakAfter(source: AnswersSource, pos: number): string {
  const end = source.lines.lineEnd(pos);
  return source.text.startsWith('\r\n', end) ? '\r\n' : source.text.startsWith('\n', end) ? '\n' : source.lines.eol;
}
