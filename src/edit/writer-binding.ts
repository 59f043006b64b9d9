import type { Catalogue } from '../criteria/catalogue-schema.js';
import { finding } from '../findings/make-finding.js';
import type { AnswersWriter } from './answers-writer.js';

/** The writer the page's changes go through. */
export function answersWriter(_catalogue: Catalogue): AnswersWriter {
  const none = { ok: false as const, finding: finding('internal.error', { detail: 'no writer' }) };
  return {
    readAnswerValue: () => undefined,
    setAnswer: () => none,
    addFileReference: () => none,
    removeFileReference: () => none,
    uploadName: () => none,
    saveUpload: async () => none,
    writeAtomically: async () => none,
  };
}
