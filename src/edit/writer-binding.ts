import type { Catalogue } from '../criteria/catalogue-schema.js';
import { type AnswersWriter, WriteFailure } from './answers-writer.js';

/** The writer the page's changes go through. */
export function answersWriter(_catalogue: Catalogue): AnswersWriter {
  const none = (): never => {
    throw new WriteFailure(501, 'cannot-write');
  };
  return {
    readAnswerValue: () => undefined,
    setAnswer: none,
    addFileReference: none,
    removeFileReference: none,
    uploadName: none,
    copyIn: none,
    writeAtomically: none,
  };
}
