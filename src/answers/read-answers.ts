import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { decodeAnswersBytes } from './decode-text.js';
import { Locator } from './locate.js';
import { yamlSlipFindings } from './yaml-slips.js';

export type ReadAnswers = { ok: true; data: Record<string, unknown>; locator: Locator } | { ok: false; findings: Finding[] };

/** Reads, decodes and parses application.yaml; any problem becomes a finding with its position. */
export async function readAnswers(file: string): Promise<ReadAnswers> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return fail({
      code: 'answers.unreadable',
      severity: 'error',
      args: { reason: (error as NodeJS.ErrnoException).code ?? String(error) },
    });
  }
  const decoded = decodeAnswersBytes(bytes);
  if (!decoded.ok) {
    const code =
      decoded.problem === 'utf16'
        ? 'answers.encoding-utf16'
        : decoded.problem === 'binary'
          ? 'answers.encoding-binary'
          : 'answers.encoding-invalid';
    return fail({ code, severity: 'error', args: {}, ...(decoded.line ? { line: decoded.line, column: 1 } : {}) });
  }
  if (decoded.text.trim() === '') return fail({ code: 'answers.empty', severity: 'error', args: {} });

  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locator = new Locator(doc, lineCounter);
  if (doc.errors.length > 0) return { ok: false, findings: yamlSlipFindings(doc.errors, decoded.text, locator) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // an alias bomb throws here instead of landing in doc.errors
    return fail({ code: 'yaml.alias-bomb', severity: 'error', args: {}, ...firstAlias(decoded.text, locator) });
  }
  if (data === null || data === undefined) return fail({ code: 'answers.empty', severity: 'error', args: {} });
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail({ code: 'answers.not-a-mapping', severity: 'error', args: {}, line: 1, column: 1 });
  }
  return { ok: true, data: data as Record<string, unknown>, locator };
}

function fail(finding: Finding): ReadAnswers {
  return { ok: false, findings: [finding] };
}

function firstAlias(text: string, locator: Locator): { line?: number; column?: number } {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
  return match ? locator.offset(match.index + match[1]!.length) : {};
}
