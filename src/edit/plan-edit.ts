import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { valueAt } from '../answers/schema-findings.js';
import { MAX_ANSWERS_BYTES } from '../answers/read-answers.js';
import type { AnswerPath } from './answer-path.js';
import { AnswersSource, isEmptyValue, type SourcePair } from './answers-source.js';
import { type EditOutcome, refused } from './edit-outcome.js';
import { insertFirstPair, insertPair, replaceValue } from './place-value.js';
import { readBack, readsBackAs, withValueAt } from './read-back.js';
import { applySplices, type Splice } from './splice.js';
import { nested, type Written, writtenData } from './written-value.js';

/** What an edit comes to: splices and the answers they must read back as, no change at all, or a refusal. */
export type Planned =
  | { kind: 'splices'; splices: Splice[]; expected: Record<string, unknown> }
  | { kind: 'unchanged' }
  | { kind: 'refused'; outcome: EditOutcome };

/** The keys of a section in the order gecc init writes them. */
export type KeyOrder = (section: AnswerPath) => readonly string[];

export type Plan = (source: AnswersSource, data: Record<string, unknown>) => Planned;

/**
 * Makes an edit planned on the file's own text, then reads the result back with gecc's reader:
 * it is kept only when the answer reads back as asked and every other answer as before (the
 * safety net: nothing the tests write ever needs it).
 */
export function makeEdit(text: string, field: string, plan: Plan): EditOutcome {
  const before = readBack(text);
  if (!before.ok) return refused('answers-broken', before.finding);
  const source = new AnswersSource(text);
  const planned = plan(source, before.data);
  if (planned.kind === 'unchanged') return { ok: true, text };
  if (planned.kind === 'refused') return planned.outcome;
  const result = applySplices(text, planned.splices);
  if (Buffer.byteLength(result, 'utf8') > MAX_ANSWERS_BYTES) return refused('too-large', field);
  if (readsBackAs(readBack(result), planned.expected, before.warnings)) return { ok: true, text: result };
  return refused('unsafe-result', field, source.lines.lineNumber(Math.min(...planned.splices.map((s) => s.start))));
}

/** Where a path stands in the file: its pair, a missing key (and the mapping it goes in), or a section that holds no keys. */
type Located =
  | { kind: 'pair'; pair: SourcePair; flow: boolean }
  | { kind: 'missing'; map: YAMLMap<Node, Node | null>; depth: number }
  | { kind: 'empty-section'; pair: SourcePair; flow: boolean; depth: number }
  | { kind: 'no-document' }
  | { kind: 'not-a-mapping'; pair: SourcePair; depth: number };

export function locate(source: AnswersSource, path: AnswerPath): Located {
  let map = source.root;
  if (!map) return { kind: 'no-document' };
  let flow = map.flow === true;
  for (let depth = 0; depth < path.length; depth++) {
    const pair = source.pairOf(map, path[depth]!);
    if (!pair) return { kind: 'missing', map, depth };
    if (depth === path.length - 1) return { kind: 'pair', pair, flow };
    const inner = pair.value;
    if (isMap(inner)) {
      map = inner as YAMLMap<Node, Node | null>;
      flow ||= inner.flow === true;
    } else if (isEmptyValue(inner) || (isScalar(inner) && inner.value === null)) {
      return { kind: 'empty-section', pair, flow, depth };
    } else {
      return { kind: 'not-a-mapping', pair, depth };
    }
  }
  throw new Error('an empty path');
}

/** Puts `value` at `path`, making the sections and items on the way where they are missing. */
export function planSet(source: AnswersSource, data: Record<string, unknown>, path: AnswerPath, value: Written, order: KeyOrder): Planned {
  const expectedValue = writtenData(value);
  if (isDeepStrictEqual(valueAt(data, path) ?? null, expectedValue)) return { kind: 'unchanged' };
  const located = locate(source, path);
  const splices = (splice: Splice | Splice[]): Planned => ({
    kind: 'splices',
    splices: Array.isArray(splice) ? splice : [splice],
    expected: withValueAt(data, path, expectedValue),
  });
  switch (located.kind) {
    case 'pair':
      return splices(replaceValue(source, located.pair, value, located.flow));
    case 'no-document':
      return splices(insertFirstPair(source, path[0]!, nested(path.slice(1), value)));
    case 'missing': {
      const { map, depth } = located;
      return splices(insertPair(source, map, path[depth]!, nested(path.slice(depth + 1), value), order(path.slice(0, depth))));
    }
    case 'empty-section':
      return splices(replaceValue(source, located.pair, nested(path.slice(located.depth + 1), value), located.flow));
    case 'not-a-mapping': {
      const section = path.slice(0, located.depth + 1).join('.');
      const line = source.lines.lineNumber(located.pair.key.range![0]);
      return { kind: 'refused', outcome: refused('not-a-mapping', path.join('.'), line, section) };
    }
  }
}

/** The splices of a plan, once they are known to be wanted. */
export function spliced(splices: Splice[], data: Record<string, unknown>, path: AnswerPath, value: unknown): Planned {
  return { kind: 'splices', splices, expected: withValueAt(data, path, value) };
}
