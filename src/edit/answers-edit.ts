// Reading and changing one answer of application.yaml for the editing page. Every change is
// spliced into the file's own text: only the characters of the changed value are rewritten, so
// comments, order, blank lines, line breaks (CRLF stays CRLF) and a byte-order mark stay as
// they are. `text` is the file's bytes as answersText gives them (a byte-order mark kept as its
// first character); the text returned is written back as UTF-8. A change that would not read back
// exactly as asked through gecc's own reader is refused, never written.
import { NO, YES } from '../answers/answers-schema.js';
import { decodeAnswersBytes } from '../answers/decode-text.js';
import { MAX_ANSWERS_ENTRIES, parseAnswers } from '../answers/read-answers.js';
import { valueAt } from '../answers/schema-findings.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { parseWholeNumber } from '../criteria/points.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import { type AnswerPath, answerKindAt, keyOrder, pathName } from './answer-path.js';
import { type EditOutcome, refused } from './edit-outcome.js';
import { planAddFile, planRemoveFile, sameReference } from './file-list-edit.js';
import { type KeyOrder, makeEdit, planSet } from './plan-edit.js';
import { readBack } from './read-back.js';
import type { Written } from './written-value.js';

export type { AnswerPath } from './answer-path.js';
export type { EditOutcome, EditRefusal } from './edit-outcome.js';

/**
 * The text of application.yaml's bytes for editing, its byte-order mark kept; refused (with the
 * finding gecc check gives) when they are not UTF-8: decoding Windows-874 or UTF-16 bytes as
 * UTF-8 would turn every Thai letter into U+FFFD, and writing that back would lose them for good.
 */
export function answersText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; finding: Finding } {
  const decoded = decodeAnswersBytes(bytes);
  if (!decoded.ok) {
    const read = parseAnswers(bytes, 'application.yaml');
    return { ok: false, finding: read.ok ? finding('answers.encoding-invalid', {}) : read.findings[0]! };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: bom ? `\uFEFF${decoded.text}` : decoded.text };
}

/** The answers of a file as the page shows them, read once; or why the file cannot be read. */
export type AnswerValues = { ok: true; value: (path: AnswerPath) => string | string[] | undefined } | { ok: false; finding: Finding };

/** Reads the answers once for many fields (the page's first showing). */
export function readAnswerValues(text: string): AnswerValues {
  const read = readBack(text);
  if (!read.ok) return { ok: false, finding: read.finding };
  return { ok: true, value: (path) => shownValue(valueAt(read.data, path), path) };
}

/**
 * What the page shows for a field: the answer as gecc reads it (a score 2 as '2', an item's
 * files as a list of names); undefined when it is blank, missing or not an answer at all (a
 * section where a text belongs), or when the file cannot be read.
 */
export function readAnswerValue(text: string, path: AnswerPath): string | string[] | undefined {
  const values = readAnswerValues(text);
  return values.ok ? values.value(path) : undefined;
}

function shownValue(value: unknown, path: AnswerPath): string | string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (path.at(-1) === 'files') {
    if (Array.isArray(value)) return value.filter((entry) => isShown(entry)).map(String);
    return isShown(value) ? [String(value)] : undefined;
  }
  if (typeof value === 'boolean' && (path[0] === 'physical' || path.at(-1) === 'answer')) return value ? YES : NO;
  return isShown(value) ? String(value) : undefined;
}

const isShown = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * Sets the answer at `path` to `value` as the page got it; '' empties it (the key stays, its
 * value goes). Line breaks are kept as line breaks (CRLF typed in a box reads back as LF, as
 * YAML reads every line break). A score of digits (Thai ๐–๙ too) is written as its number;
 * anything else typed as a score is written as text, for `gecc check` to report. A มี/ไม่มี
 * answer takes only those two words.
 */
export function setAnswer(text: string, path: AnswerPath, value: string, catalogue: Catalogue): EditOutcome {
  const field = pathName(path);
  const kind = answerKindAt(catalogue, path);
  if (kind === undefined || kind === 'file-list') return refused('bad-path', field);
  const typed = value.replace(/\r\n?/g, '\n');
  let written: Written;
  if (typed === '') written = { kind: 'null' };
  else if (kind === 'yes-no') {
    const choice = typed.trim();
    if (choice !== YES && choice !== NO) return refused('bad-value', field, undefined, value);
    written = { kind: 'text', text: choice };
  } else if (kind === 'number') {
    const number = parseWholeNumber(typed);
    written = number !== undefined ? { kind: 'number', value: number } : { kind: 'text', text: typed };
  } else written = { kind: 'text', text: typed };
  return makeEdit(text, field, (source, data) => planSet(source, data, path, written, orderOf(catalogue)));
}

/**
 * Adds an attachment to an item: `file` is the reference as the answers file holds it
 * (`files/ชื่อ.pdf`). `item` ['basic', 'B01'] adds it to that item's `files:` list;
 * ['readiness_form'] sets the readiness form's `file:`. A file already listed is not added again.
 */
export function addFileReference(text: string, item: AnswerPath, file: string, catalogue: Catalogue): EditOutcome {
  if (item.length === 1 && item[0] === 'readiness_form') return setAnswer(text, [...item, 'file'], file, catalogue);
  const path = [...item, 'files'];
  if (answerKindAt(catalogue, path) !== 'file-list' || file === '') return refused('bad-path', pathName(path));
  return makeEdit(text, pathName(path), (source, data) => planAddFile(source, data, path, file, orderOf(catalogue)));
}

/**
 * Takes an attachment's reference out of an item (the file itself stays in files/: gecc deletes
 * no file). Every entry naming it goes; a file not listed changes nothing.
 */
export function removeFileReference(text: string, item: AnswerPath, file: string): EditOutcome {
  if (item.length === 1 && item[0] === 'readiness_form') {
    const path = [...item, 'file'];
    const current = readAnswerValue(text, path);
    if (typeof current !== 'string' || !sameReference(current, file)) return { ok: true, text };
    return makeEdit(text, pathName(path), (source, data) => planSet(source, data, path, { kind: 'null' }, NO_INSERTS));
  }
  const path = [...item, 'files'];
  let current = text;
  // one entry at a time, each read back; no file holds more entries than the reader takes
  for (let left = MAX_ANSWERS_ENTRIES; left > 0; left--) {
    const outcome = makeEdit(current, pathName(path), (source, data) => planRemoveFile(source, data, path, file));
    if (!outcome.ok || outcome.text === current) return outcome;
    current = outcome.text;
  }
  return { ok: true, text: current };
}

const orderOf =
  (catalogue: Catalogue): KeyOrder =>
  (section) =>
    keyOrder(catalogue, section);

/** Removing never adds a key. */
const NO_INSERTS: KeyOrder = () => [];
