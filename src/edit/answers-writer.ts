import type { EditFailure } from './edit-text.js';

/** A change to the text of application.yaml: the new text, or why it cannot be made (and where). */
type Edit = { ok: true; text: string } | { ok: false; reason: string; line?: number };

/**
 * What the page's changes are written with: the value splicer (only the bytes of the changed value
 * are rewritten), the rules for an upload's name, and atomic writes. The folder editor knows them
 * only through this.
 */
export interface AnswersWriter {
  readAnswerValue(text: string, path: string): unknown;
  setAnswer(text: string, path: string, value: string | number | null): Edit;
  addFileReference(text: string, path: string, reference: string): Edit;
  removeFileReference(text: string, path: string, reference: string): Edit;
  /** the name an upload is saved under in files/, or undefined for a name that is no name */
  uploadName(name: string): string | undefined;
  /** writes a new file into `folder` under `name` or, where taken, a free name like it; never over a file. Returns the name used. */
  copyIn(folder: string, name: string, bytes: Buffer): Promise<string>;
  /** replaces the file's content at once: a reader sees the old text or the new, never a part */
  writeAtomically(file: string, text: string): Promise<void>;
}

/** A write that did not happen, for a reason the page tells the user. */
export class WriteFailure extends Error {
  constructor(
    readonly status: number,
    readonly reason: EditFailure,
  ) {
    super(reason);
  }
}
