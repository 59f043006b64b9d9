import { isDeepStrictEqual } from 'node:util';
import { parseAnswers } from '../answers/read-answers.js';
import type { Finding } from '../findings/finding.js';

export type ReadBack = { ok: true; data: Record<string, unknown>; warnings: Finding[]; empty: boolean } | { ok: false; finding: Finding };

/**
 * The answers as `gecc check` reads them from these bytes (UTF-8, a byte-order mark included):
 * the same reader, so that what the page writes is what the check sees. A file with no answers
 * yet (blank, or comments only) reads as an empty set of answers that the page can fill in.
 */
export function readBack(text: string): ReadBack {
  const known = recent.find((entry) => entry.text === text);
  if (known) return known.read;
  const read = frozen(parse(text));
  recent.unshift({ text, read });
  recent.length = Math.min(recent.length, RECENT);
  return read;
}

/**
 * The texts read back last, with what they read as. A save reads the file as it is (for the
 * value the page showed, then for the edit), writes the edited text after reading it back, and
 * the page then shows that text: each of the two is parsed once, not five times. Frozen: every
 * reader shares them.
 */
const recent: { text: string; read: ReadBack }[] = [];
const RECENT = 2;

function parse(text: string): ReadBack {
  const read = parseAnswers(Buffer.from(text, 'utf8'), 'application.yaml');
  if (read.ok) return { ok: true, data: read.data, warnings: read.warnings, empty: false };
  const [first] = read.findings;
  if (first?.code === 'answers.empty' && read.findings.length === 1) return { ok: true, data: {}, warnings: [], empty: true };
  return { ok: false, finding: first! };
}

/** A copy of the answers with `value` at `path`, making the sections on the way as the file will have them. */
export function withValueAt(data: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return data;
  const inner = data[key];
  return { ...data, [key]: rest.length === 0 ? value : withValueAt(isMapping(inner) ? inner : {}, rest, value) };
}

/**
 * Whether the edited text reads back as `expected`, every value alike, and says nothing new the
 * check would warn about (a plain text cut by a comment after it).
 */
export function readsBackAs(after: ReadBack, expected: Record<string, unknown>, before: Finding[]): boolean {
  if (!after.ok || !isDeepStrictEqual(after.data, expected)) return false;
  const known = new Set(before.map(warningKey));
  return after.warnings.every((warning) => known.has(warningKey(warning)));
}

function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

const warningKey = (warning: Finding) => `${warning.code} ${JSON.stringify(warning.args)}`;

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
