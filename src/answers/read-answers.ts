import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isScalar, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from '../read-regular-file.js';
import { cutByComment } from './cut-comments.js';
import { decodeAnswersBytes } from './decode-text.js';
import { Locator } from './locate.js';
import { keyLineSlips } from './key-line-slips.js';
import { yamlSlipFindings } from './yaml-slips.js';
import { finding } from '../findings/make-finding.js';

/** The bytes the answers were read from: what a result kept between runs depends on. */
interface AnswersBytes {
  /** the file read, links resolved */
  real: string;
  sha256: string;
  bytes: number;
}

export type ReadAnswers = (
  | { ok: true; data: Record<string, unknown>; locator: Locator /** what was read, but maybe not as meant */; warnings: Finding[] }
  | { ok: false; findings: Finding[] }
) & { read?: AnswersBytes };

/**
 * The most application.yaml may hold. A real one, all 56 items answered at length, is under
 * 1 MB; the limit keeps a link to /dev/zero or a 150 MB paste from taking the memory.
 */
export const MAX_ANSWERS_BYTES = 2 * 1024 * 1024;

/**
 * The most keys, values and list entries application.yaml may hold. A complete one has about
 * 1,500 (56 items with their text, files and score); 100,000 would only make the check slow.
 */
export const MAX_ANSWERS_ENTRIES = 20_000;

/**
 * Reads, decodes and parses application.yaml; any problem becomes a finding with its position.
 * The file is read only when it is an ordinary file inside its application folder (as
 * attachments are): a link to /etc/passwd is refused, not shown key by key.
 */
export async function readAnswers(file: string): Promise<ReadAnswers> {
  let bytes: Buffer;
  let real: string;
  try {
    real = await realpath(file);
    const folder = await realpath(path.dirname(file));
    if (!real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) {
      return fail(finding('answers.link-outside', { file: path.basename(file) }));
    }
    bytes = await readRegularFile(real, MAX_ANSWERS_BYTES);
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      return fail(finding('answers.not-a-file', { file: path.basename(file), kind: error.kind }));
    }
    if (error instanceof FileTooLargeError) {
      return fail(
        finding('answers.too-large', {
          file: path.basename(file),
          limit: error.limit,
          ...(error.bytes !== undefined ? { bytes: error.bytes } : {}),
        }),
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    // opening a socket fails with ENXIO before its kind can be seen on the handle
    if (code === 'ENXIO') return fail(finding('answers.not-a-file', { file: path.basename(file), kind: 'socket' }));
    return fail(finding('answers.unreadable', { reason: code ?? String(error) }));
  }
  return { ...parseAnswers(bytes, file), read: { real, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length } };
}

/** The bytes of an answers file as gecc check reads them (the editing page reads back what it writes with it). */
export function parseAnswers(bytes: Uint8Array, file: string): ReadAnswers {
  const decoded = decodeAnswersBytes(bytes);
  if (!decoded.ok) {
    const code =
      decoded.problem === 'utf16'
        ? 'answers.encoding-utf16'
        : decoded.problem === 'binary'
          ? 'answers.encoding-binary'
          : 'answers.encoding-invalid';
    return fail(finding(code, {}, { ...(decoded.line ? { line: decoded.line, column: 1 } : {}) }));
  }
  if (decoded.text.trim() === '') return fail(finding('answers.empty', {}));

  const lineCounter = new LineCounter();
  // the parser's own duplicate-key check compares each key with every key before it (minutes for
  // 100,000 keys): the same check is made below with a set per mapping
  const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const entries = countEntries(doc);
  if (entries > MAX_ANSWERS_ENTRIES) {
    return fail(finding('answers.too-many-entries', { file: path.basename(file), entries, limit: MAX_ANSWERS_ENTRIES }));
  }
  const duplicates = duplicateKeyErrors(doc);
  if (duplicates.length > 0) {
    doc.errors.push(...duplicates);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  const locator = new Locator(doc, lineCounter);
  // a slip seen in its own line is told there, whether or not the parser stumbled over it
  const lineSlips = keyLineSlips(decoded.text);
  if (doc.errors.length > 0 || lineSlips.length > 0) {
    return { ok: false, findings: yamlSlipFindings(doc.errors, decoded.text, locator, lineSlips) };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // an alias bomb throws here instead of landing in doc.errors
    return fail(finding('yaml.alias-bomb', {}, { ...firstAlias(decoded.text, locator) }));
  }
  if (data === null || data === undefined) return fail(finding('answers.empty', {}));
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(finding('answers.not-a-mapping', {}, { line: 1, column: 1 }));
  }
  return { ok: true, data: data as Record<string, unknown>, locator, warnings: cutByComment(doc, lineCounter, decoded.text) };
}

function fail(finding: Finding): ReadAnswers {
  return { ok: false, findings: [finding] };
}

function firstAlias(text: string, locator: Locator): { line?: number; column?: number } {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
  return match ? locator.offset(match.index + match[1]!.length) : {};
}

/** Keys written twice in one mapping, as the parser would report them (code DUPLICATE_KEY, at the second key). */
function duplicateKeyErrors(doc: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        // the parser compares scalar values with ===: 1 and "1" are different keys
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(key))
          errors.push(new YAMLParseError([pair.key.range[0], pair.key.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
        else seen.add(key);
      }
    },
  });
  return errors;
}

/** Keys, values and list entries of the document, counted in one pass. */
function countEntries(doc: Document): number {
  let count = 0;
  visit(doc, {
    Scalar() {
      count++;
    },
    Map() {
      count++;
    },
    Seq() {
      count++;
    },
  });
  return count;
}
