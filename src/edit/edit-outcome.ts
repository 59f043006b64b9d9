import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import { MAX_ANSWERS_BYTES } from '../answers/read-answers.js';

/** Why an edit was not made; the text stays as it was. */
export type EditRefusal =
  /** the file as it is cannot be read by gecc (a YAML slip, a bad encoding, not "key: value" at all) */
  | 'answers-broken'
  /** a section or item on the path holds a single value, not keys (`B01: มี` where B01.text is asked) */
  | 'not-a-mapping'
  /** no such answer in the catalogue's answers file, or not one this function writes */
  | 'bad-path'
  /** an answer that is a choice (มี / ไม่มี) given something else */
  | 'bad-value'
  /** the answers file would grow past what gecc reads */
  | 'too-large'
  /** the written file would not read back exactly as asked, or other answers would change (the safety net) */
  | 'unsafe-result';

export type EditOutcome =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: EditRefusal;
      /** 1-based, in application.yaml */
      line?: number;
      /** what the page says, in Thai and English (render it with renderMessage) */
      finding: Finding;
      /** for 'answers-broken': gecc's own finding about the file, as `gecc check` reports it */
      cause?: Finding;
    };

export function refused(reason: 'answers-broken', cause: Finding): EditOutcome;
export function refused(reason: Exclude<EditRefusal, 'answers-broken'>, field: string, line?: number, detail?: string): EditOutcome;
export function refused(reason: EditRefusal, about: Finding | string, line?: number, detail?: string): EditOutcome {
  const at = line !== undefined ? { line } : {};
  if (typeof about !== 'string') {
    const where = about.line !== undefined ? { line: about.line } : {};
    return { ok: false, reason, ...where, finding: finding('edit.answers-broken', { ...where }, where), cause: about };
  }
  const field = about;
  switch (reason) {
    case 'not-a-mapping':
      return { ok: false, reason, ...at, finding: finding('edit.not-a-section', { field, section: detail ?? field, ...at }, at) };
    case 'bad-path':
      return { ok: false, reason, finding: finding('edit.unknown-field', { field }) };
    case 'bad-value':
      return { ok: false, reason, finding: finding('edit.not-a-choice', { field, value: detail ?? '', allowed: 'มี, ไม่มี' }) };
    case 'too-large':
      return { ok: false, reason, finding: finding('edit.too-large', { limit: MAX_ANSWERS_BYTES }) };
    default:
      return { ok: false, reason, ...at, finding: finding('edit.would-change-other-answers', { field, ...at }, at) };
  }
}
