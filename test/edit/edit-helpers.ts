/** What the tests of the answers editor share: starters, the examples, and a line-by-line comparison. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import type { EditOutcome } from '../../src/edit/answers-edit.js';
import { starterAnswers } from '../../src/init/starter-answers.js';

export const catalogue = loadEdition('2566')!;

export function starter(options: { applicant?: 'new' | 'returning'; kind?: 'district-office' | 'other'; lang?: 'th' | 'en' } = {}): string {
  return starterAnswers(catalogue, {
    applicant: options.applicant ?? 'new',
    ...(options.kind ? { kind: options.kind } : {}),
    schemaReference: '../criteria/schema/2566.schema.json',
    lang: options.lang ?? 'th',
  });
}

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');

export const EXAMPLE_NAMES = ['ready-new-unit', 'ready-returning-unit', 'not-ready-unit'] as const;

export function example(name: (typeof EXAMPLE_NAMES)[number]): string {
  return fs.readFileSync(path.join(EXAMPLES, name, 'application.yaml'), 'utf8');
}

export const withCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const withBom = (text: string): string => `\uFEFF${text}`;

/** The text an edit made; fails the test (with the refusal) when it was refused. */
export function edited(outcome: EditOutcome): string {
  if (!outcome.ok) expect.fail(`refused: ${outcome.reason} (line ${outcome.line}) ${JSON.stringify(outcome.cause ?? outcome.finding)}`);
  return outcome.text;
}

/**
 * How two texts differ line by line: the lines of `before` that changed (0-based, from `first`
 * to `end`, exclusive) and the lines that took their place.
 */
export function lineChange(before: string, after: string): { first: number; end: number; removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && bottom < b.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  return { first: top, end: a.length - bottom, removed: a.slice(top, a.length - bottom), added: b.slice(top, b.length - bottom) };
}

/** The one line that changed, before and after (fails when more or fewer changed). */
export function oneLineChange(before: string, after: string): [string, string] {
  const change = lineChange(before, after);
  expect(change.removed.length, `changed lines:\n${change.removed.join('\n')}\n→\n${change.added.join('\n')}`).toBe(1);
  expect(change.added.length).toBe(1);
  return [change.removed[0]!, change.added[0]!];
}
