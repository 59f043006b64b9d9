import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { AnswersWriter } from './answers-writer.js';
import { addFileReference, readAnswerValue, removeFileReference, setAnswer } from './answers-edit.js';
import { receiveUpload } from './save-upload.js';
import { checkUploadName } from './upload-name.js';
import { writeAtomically } from './write-atomically.js';

/** A control's name as the writer's path: `basic.B01.text` → ['basic', 'B01', 'text']. */
const pathOf = (field: string) => field.split('.');

/** The item a file list belongs to: `basic.B01.files` → ['basic', 'B01'], `readiness_form.file` → ['readiness_form']. */
const itemOf = (field: string) => pathOf(field).slice(0, -1);

/**
 * The page's changes, written by the value splicer, the upload-name rules and the atomic writes
 * of src/edit: the page names a value by its control's name, the splicer by a path of keys.
 */
export function answersWriter(catalogue: Catalogue): AnswersWriter {
  return {
    readAnswerValue: (text, field) => readAnswerValue(text, pathOf(field)),
    setAnswer: (text, field, value) => setAnswer(text, pathOf(field), value, catalogue),
    addFileReference: (text, field, reference) => addFileReference(text, itemOf(field), reference, catalogue),
    removeFileReference: (text, field, reference) => removeFileReference(text, itemOf(field), reference),
    uploadName: (name) => checkUploadName(name),
    receiveUpload: (dir, name, body, limit) => receiveUpload(dir, name, body, limit),
    writeAtomically: (file, text) => writeAtomically(file, text),
  };
}
