import type { Readable } from 'node:stream';
import type { Finding } from '../findings/finding.js';
import type { Receiving } from './save-upload.js';

/** A change to the text of application.yaml: the new text, or why it cannot be made, as a finding to show. */
type Edit = { ok: true; text: string } | { ok: false; finding: Finding };

/** Something written to the folder, or why not. */
type Written<T = object> = ({ ok: true } & T) | { ok: false; finding: Finding };

/**
 * What the page's changes are written with: the value splicer (only the bytes of the changed value
 * are rewritten), the rules for an upload's name, and atomic writes. The folder editor knows them
 * only through this; `field` is a control's name, the value's path in application.yaml.
 */
export interface AnswersWriter {
  /** a field's value as the answers file holds it (undefined: blank or missing) */
  readAnswerValue(text: string, field: string): unknown;
  /** '' empties the value */
  setAnswer(text: string, field: string, value: string): Edit;
  /** `field`: an item's `…files` list, or `readiness_form.file` */
  addFileReference(text: string, field: string, reference: string): Edit;
  removeFileReference(text: string, field: string, reference: string): Edit;
  /** the name an upload is saved under in files/, or why it is no name */
  uploadName(name: string): Written<{ name: string }>;
  /** receives an upload's body (at most `limit` bytes) into a temporary file in the folder's files/, to be judged, then placed or discarded */
  receiveUpload(dir: string, name: string, body: Readable, limit: number): Promise<Receiving>;
  /** replaces the file's content at once: a reader sees the old text or the new, never a part */
  writeAtomically(file: string, text: string): Promise<Written>;
}
