import { isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { valueAt } from '../answers/schema-findings.js';
import type { AnswerPath } from './answer-path.js';
import type { AnswersSource } from './answers-source.js';
import { refused } from './edit-outcome.js';
import { commentSpacing, insertLines, replaceValue } from './place-value.js';
import { type KeyOrder, locate, type Planned, planSet, spliced } from './plan-edit.js';
import type { Splice } from './splice.js';
import { renderValue } from './written-value.js';

/** A splice inside `[ ]`, and the spaces before a comment after the `]` so that it keeps its column. */
function withCommentSpacing(source: AnswersSource, seq: YAMLSeq<Node>, splice: Splice): Splice[] {
  const end = seq.range![1];
  if (source.lines.lineStart(splice.start) !== source.lines.lineStart(end)) return [splice];
  const moved = splice.text.length - (splice.end - splice.start);
  const spacing = commentSpacing(source, end, source.lines.column(end) + moved);
  return spacing ? [splice, spacing] : [splice];
}

/** The same reference to a file: as written, or the same letters composed differently (macOS writes them apart). */
export const sameReference = (a: string, b: string): boolean => a === b || a.normalize('NFC') === b.normalize('NFC');

/** The entries of a `files:` value as the reader gives them; undefined when it is not a list of names. */
function entriesOf(value: unknown): unknown[] | undefined {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : undefined;
}

/**
 * Adds `file` to the list at `path` (an item's `files:`), in the style the list is written in:
 * a new `- file` line under a block list, `, file` inside `[ ]`; a single name or an empty
 * `files:` becomes `[a, file]`. A file listed already is not listed twice.
 */
export function planAddFile(
  source: AnswersSource,
  data: Record<string, unknown>,
  path: AnswerPath,
  file: string,
  order: KeyOrder,
): Planned {
  const entries = entriesOf(valueAt(data, path));
  const field = path.join('.');
  if (!entries) return { kind: 'refused', outcome: refused('unsafe-result', field) };
  if (entries.some((entry) => typeof entry === 'string' && sameReference(entry, file))) return { kind: 'unchanged' };
  const expected = [...entries, file];
  const located = locate(source, path);
  if (located.kind !== 'pair' || !isSeq(located.pair.value)) {
    if (entries.some((entry) => typeof entry !== 'string')) return { kind: 'refused', outcome: refused('unsafe-result', field) };
    return planSet(source, data, path, { kind: 'list', items: expected as string[] }, order);
  }
  const seq = located.pair.value as YAMLSeq<Node>;
  const place = { flow: true, keyColumn: 0, step: source.step, commentFollowsFreeText: false, blocks: false };
  if (seq.flow) {
    const name = renderValue({ kind: 'text', text: file }, place).inline;
    const last = seq.items[seq.items.length - 1];
    const splice = last
      ? { start: last.range![1], end: last.range![1], text: `, ${name}` }
      : { start: seq.range![0] + 1, end: seq.range![1] - 1, text: name };
    return spliced(withCommentSpacing(source, seq, splice), data, path, expected);
  }
  const last = seq.items[seq.items.length - 1]!;
  const column = source.lines.column(source.text.lastIndexOf('-', last.range![0]));
  const rendered = renderValue({ kind: 'text', text: file }, { ...place, flow: false, keyColumn: column });
  const at = source.lineAfter(source.nodeContentEnd(last), column);
  const lines = [`${' '.repeat(column)}- ${rendered.inline}`, ...(rendered.body ?? [])];
  return spliced([insertLines(source, at, lines)], data, path, expected);
}

/**
 * Takes the first entry naming `file` out of the list at `path`: its line from a block list, its
 * entry and one comma from `[ ]`, or the name itself after `files:`. The last entry of a block
 * list leaves `files:` empty, as gecc init writes it.
 */
export function planRemoveFile(source: AnswersSource, data: Record<string, unknown>, path: AnswerPath, file: string): Planned {
  const entries = entriesOf(valueAt(data, path));
  const index = entries?.findIndex((entry) => typeof entry === 'string' && sameReference(entry, file)) ?? -1;
  if (!entries || index === -1) return { kind: 'unchanged' };
  const located = locate(source, path);
  if (located.kind !== 'pair') return { kind: 'unchanged' };
  if (!isSeq(located.pair.value)) {
    return spliced(replaceValue(source, located.pair, { kind: 'null' }, located.flow), data, path, null);
  }
  const value = located.pair.value as YAMLSeq<Node>;
  const items = value.items;
  const item = items[index]!;
  const rest = entries.filter((_, i) => i !== index);
  if (!isScalar(item)) return { kind: 'refused', outcome: refused('unsafe-result', path.join('.')) };
  if (value.flow) {
    const splice =
      items.length === 1
        ? { start: value.range![0] + 1, end: value.range![1] - 1, text: '' }
        : index < items.length - 1
          ? { start: item.range![0], end: items[index + 1]!.range![0], text: '' }
          : { start: items[index - 1]!.range![1], end: item.range![1], text: '' };
    return spliced(withCommentSpacing(source, value, splice), data, path, rest);
  }
  const start = source.lines.lineStart(source.text.lastIndexOf('-', item.range![0]));
  const end = source.lines.nextLineStart(source.nodeContentEnd(item));
  return spliced([{ start, end, text: '' }], data, path, rest.length === 0 ? null : rest);
}
