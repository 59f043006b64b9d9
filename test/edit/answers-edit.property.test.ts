/**
 * Random answers written at random places of real answers files (gecc init's starters of every
 * kind, language and applicant, the examples, and examples as a program writes YAML; each also
 * with CRLF line breaks and a byte-order mark): each edit reads back exactly through the reader
 * gecc check uses, every other answer stays as it was, and no line outside the edited value's
 * own lines changes.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, type Node, type Pair, parse, parseDocument, stringify } from 'yaml';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { valueAt } from '../../src/answers/schema-findings.js';
import { thaiDigitsToArabic } from '../../src/criteria/points.js';
import { addFileReference, readAnswerValue, removeFileReference, setAnswer } from '../../src/edit/answers-edit.js';
import { catalogue, EXAMPLE_NAMES, example, lineChange, starter, withBom, withCrlf } from './edit-helpers.js';

/** Runs per property: enough to meet every style on every run of the suite; raise it to search harder. */
const RUNS = Number(process.env.GECC_EDIT_PROPERTY_RUNS ?? 100);
const TIMEOUT = 300_000;

const STARTERS = [
  starter({ kind: 'district-office' }),
  starter({ applicant: 'returning', kind: 'other' }),
  starter({ lang: 'en' }),
  starter({ applicant: 'returning', lang: 'en' }),
];
const BASES = [
  ...STARTERS,
  ...EXAMPLE_NAMES.map(example),
  // as a program would write it: block lists (`- files/…`), its own quoting, no comments; and indented by 4
  stringify(parse(example('ready-new-unit'))),
  stringify(parse(example('not-ready-unit')), { indent: 4 }),
];
const VARIANTS = ['as-is', 'crlf', 'bom', 'crlf+bom'] as const;
/** A base file by its index and variant (a counterexample names them, not their 20 kB of text). */
const base = fc.tuple(fc.nat({ max: BASES.length - 1 }), fc.constantFrom(...VARIANTS));
function baseText([index, variant]: [number, (typeof VARIANTS)[number]]): string {
  const text = BASES[index]!;
  const crlf = variant.startsWith('crlf') ? withCrlf(text) : text;
  return variant.endsWith('bom') ? withBom(crlf) : crlf;
}

const items = (group: 'basic' | 'advanced' | 'outcome') => catalogue.groups[group].items.map((i) => i.id);
const TEXT_PATHS = [
  ['edition'],
  ...['name', 'kind', 'parent', 'applicant'].map((k) => ['unit', k]),
  ...['name', 'phone', 'email'].map((k) => ['unit', 'contact', k]),
  ...['file', 'signer', 'signer_position'].map((k) => ['readiness_form', k]),
  ...(['basic', 'advanced', 'outcome'] as const).flatMap((g) => items(g).map((id) => [g, id, 'text'])),
];
const SCORE_PATHS = (['basic', 'advanced', 'outcome'] as const).flatMap((g) => items(g).map((id) => [g, id, 'score']));
const CHOICE_PATHS = [
  ...catalogue.groups.physical.items.map((i) => ['physical', i.id]),
  ...items('basic').map((id) => ['basic', id, 'answer']),
];
const FILE_ITEMS = [['readiness_form'], ...(['basic', 'advanced', 'outcome'] as const).flatMap((g) => items(g).map((id) => [g, id]))];

const THAI = 'กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะาำิีึืุูเแโใไ่้๊๋็์ๆฯ๐๑๒๓๔๕๖๗๘๙';
const thaiText = fc.string({ unit: fc.constantFrom(...THAI, ' ', ' ', '0', '5', '.', '(', ')'), minLength: 1, maxLength: 40 });
const tricky = fc.string({
  unit: fc.constantFrom(
    ...'"\'#:-,[]{}&*!|>%@`\\ \t?~=<',
    '\n',
    '\r\n',
    '\r',
    'ก',
    'a',
    '0',
    '😀',
    '\uFEFF',
    '\u2028',
    '\u0085',
    '\u0000',
    'é',
    'e\u0301',
  ),
  maxLength: 30,
});
const line = fc.oneof(thaiText, tricky, fc.string({ maxLength: 20 }));
const text = fc.oneof(
  thaiText,
  tricky,
  fc.stringMatching(/^0[0-9]{8,9}$/),
  fc.constantFrom(
    '',
    '2566',
    '1e3',
    '0x1F',
    '.5',
    '-1',
    '+1',
    '๒',
    '๑๒',
    'true',
    'no',
    'null',
    '~',
    '2023-01-01',
    '08:30',
    '- a',
    '# a',
    'a: b',
    'a #b',
  ),
  fc.array(line, { minLength: 2, maxLength: 5 }).map((lines) => lines.join('\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => `${lines.join('\r\n')}\r\n`),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('😀', '👍🏽', '🇹🇭', 'ก'), maxLength: 6 }),
);
const score = fc.oneof(fc.nat({ max: 30 }).map(String), fc.constantFrom('๒', '๑๐', '007', '2.5', '-1', 'สอง', '', ' 3 '), text);
const choice = fc.constantFrom('มี', 'ไม่มี', '');
const fileName = fc
  .oneof(thaiText, fc.string({ unit: fc.constantFrom(...'ab ก(),[]{}#:\'"-_😀'), minLength: 1, maxLength: 12 }))
  .map((name) => `files/${name}.pdf`);

const edit = fc.oneof(
  fc.tuple(fc.constant('text' as const), fc.constantFrom(...TEXT_PATHS), text),
  fc.tuple(fc.constant('score' as const), fc.constantFrom(...SCORE_PATHS), score),
  fc.tuple(fc.constant('choice' as const), fc.constantFrom(...CHOICE_PATHS), choice),
);

function read(text: string) {
  const read = parseAnswers(Buffer.from(text, 'utf8'), 'application.yaml');
  if (!read.ok) return read.findings[0]?.code === 'answers.empty' ? { data: {}, warnings: [] } : expect.fail(JSON.stringify(read.findings));
  return read;
}

function setIn(data: Record<string, any>, path: string[], value: unknown): Record<string, any> {
  const [key, ...rest] = path;
  if (key === undefined) return data;
  const inner = data[key];
  return {
    ...data,
    [key]: rest.length === 0 ? value : setIn(inner && typeof inner === 'object' && !Array.isArray(inner) ? inner : {}, rest, value),
  };
}

/** The answer as the reader gives it back: a score of digits is its number, a line break is LF, '' is blank. */
function expectedValue(kind: 'text' | 'score' | 'choice', value: string): unknown {
  const typed = value.replace(/\r\n?/g, '\n');
  if (typed === '') return null;
  if (kind === 'choice') return typed.trim();
  if (kind === 'score') {
    const digits = thaiDigitsToArabic(typed.trim());
    if (/^[0-9]{1,15}$/.test(digits)) return Number(digits);
  }
  return typed;
}

/** The lines (0-based, inclusive) of the deepest pair on `path` that the file has: the only lines an edit there may change. */
function ownLines(text: string, path: string[]): [number, number] | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  let node: unknown = doc.contents;
  let span: [number, number] | undefined;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair<Node, Node | null> | undefined;
    if (!pair) break;
    const start = lineCounter.linePos(pair.key.range![0]).line - 1;
    const valueEnd = pair.value?.range ? pair.value.range[1] : pair.key.range![1];
    // a block ends after its last line break: its last line is the one before
    const end = lineCounter.linePos(Math.max(pair.key.range![1], valueEnd - (/\n$/.test(text.slice(0, valueEnd)) ? 1 : 0))).line - 1;
    span = [start, end];
    node = pair.value;
  }
  return span;
}

/** Every promise of an edit, checked from the outside: what changed, where, and how it reads back. */
function expectFaithfulEdit(before: string, after: string, path: string[], expected: unknown): void {
  const old = read(before);
  const now = read(after);
  // emptying an answer the file does not have changes nothing
  const absent = expected === null && valueAt(old.data, path) === undefined;
  expect(now.data).toEqual(absent ? old.data : setIn(old.data as Record<string, any>, path, expected));
  const known = new Set(old.warnings.map((w) => `${w.code} ${JSON.stringify(w.args)}`));
  expect(now.warnings.filter((w) => !known.has(`${w.code} ${JSON.stringify(w.args)}`))).toEqual([]);

  const change = lineChange(before, after);
  if (change.removed.length > 0) {
    const span = ownLines(before, path);
    expect(span, `changed lines with no pair on the path: ${change.removed.join('\n')}`).toBeDefined();
    expect(change.first).toBeGreaterThanOrEqual(span![0]);
    expect(change.end - 1).toBeLessThanOrEqual(span![1]);
  }
  if (before.includes('\r\n')) expect(after.match(/(?<!\r)\n/g)).toBeNull();
  expect(after.startsWith('\uFEFF')).toBe(before.startsWith('\uFEFF'));
}

describe('setAnswer, random answers at random places', () => {
  it(
    'reads back exactly, changes no other answer and no line but its own; CRLF and a byte-order mark stay',
    () => {
      fc.assert(
        fc.property(base, edit, (which, [kind, path, value]) => {
          const before = baseText(which);
          const outcome = setAnswer(before, path, value, catalogue);
          if (!outcome.ok) expect.fail(`refused ${outcome.reason} at ${path.join('.')} for ${JSON.stringify(value)}`);
          const expected = expectedValue(kind, value);
          expectFaithfulEdit(before, outcome.text, path, expected);
          const shown = readAnswerValue(outcome.text, path);
          expect(shown).toBe(expected === null ? undefined : String(expected));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'a one-line answer on a starter changes exactly one line (or adds one, for a key the starter lacks)',
    () => {
      const oneLine = edit.filter(([, , value]) => !/[\r\n]/.test(value));
      fc.assert(
        fc.property(fc.nat({ max: STARTERS.length - 1 }), oneLine, (index, [, path, value]) => {
          const before = STARTERS[index]!;
          const outcome = setAnswer(before, path, value, catalogue);
          if (!outcome.ok) expect.fail(`refused ${outcome.reason}`);
          const change = lineChange(before, outcome.text);
          if (outcome.text === before) return;
          // a key the starter lacks (an answer: of the other kind of applicant) is one line added
          expect([change.removed.length, change.added.length]).toEqual(change.removed.length === 0 ? [0, 1] : [1, 1]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('a session of edits', () => {
  const step = fc.oneof(
    { weight: 3, arbitrary: edit.map((e) => ({ op: 'set' as const, kind: e[0], path: e[1], value: e[2] })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...FILE_ITEMS), fileName).map(([item, file]) => ({ op: 'add' as const, item, file })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...FILE_ITEMS), fileName).map(([item, file]) => ({ op: 'remove' as const, item, file })),
    },
  );

  it(
    'any sequence of answers, attachments added and removed keeps every promise after every step',
    () => {
      fc.assert(
        fc.property(base, fc.array(step, { minLength: 1, maxLength: 8 }), (which, steps) => {
          let text = baseText(which);
          for (const s of steps) {
            const old = read(text).data as Record<string, any>;
            if (s.op === 'set') {
              const outcome = setAnswer(text, s.path, s.value, catalogue);
              if (!outcome.ok) expect.fail(`refused ${outcome.reason} at ${s.path.join('.')} for ${JSON.stringify(s.value)}`);
              expectFaithfulEdit(text, outcome.text, s.path, expectedValue(s.kind, s.value));
              text = outcome.text;
              continue;
            }
            const form = s.item.length === 1;
            const path = form ? [...s.item, 'file'] : [...s.item, 'files'];
            const current = path.reduce<any>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), old);
            const list: unknown[] = current === null || current === undefined ? [] : Array.isArray(current) ? current : [current];
            const outcome = s.op === 'add' ? addFileReference(text, s.item, s.file, catalogue) : removeFileReference(text, s.item, s.file);
            if (!outcome.ok) expect.fail(`refused ${outcome.reason} ${s.op} ${s.file} at ${path.join('.')}`);
            let expected: unknown;
            if (form) expected = s.op === 'add' ? s.file : current === s.file ? null : current;
            else if (s.op === 'add') expected = list.includes(s.file) ? current : [...list, s.file];
            else if (!list.includes(s.file)) expected = current;
            else {
              const rest = list.filter((f) => f !== s.file);
              // the last entry out leaves `files: []` where the list was in brackets, `files:` otherwise
              const now = path.reduce<any>((node, key) => node?.[key], read(outcome.text).data);
              if (rest.length === 0) expect([null, []]).toContainEqual(now);
              expected = rest.length > 0 ? rest : now;
            }
            if (outcome.text === text) expect(isDeepStrictEqual(current ?? null, expected ?? null)).toBe(true);
            else expectFaithfulEdit(text, outcome.text, path, expected);
            text = outcome.text;
          }
        }),
        { numRuns: Math.max(10, Math.round(RUNS / 5)) },
      );
    },
    TIMEOUT,
  );
});
