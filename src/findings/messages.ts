import type { MessageSpec } from './message-spec.js';
import { attachmentMessages } from './messages/attachments.js';
import { batchMessages } from './messages/batch.js';
import { contentMessages } from './messages/content.js';
import { editingMessages } from './messages/editing.js';
import { fileSafetyMessages } from './messages/file-safety.js';
import { answersFileMessages } from './messages/answers-file.js';
import { answersShapeMessages } from './messages/answers-shape.js';
import { windowMessages } from './messages/application-window.js';
import { internalMessages } from './messages/internal.js';
import { itemMessages } from './messages/items.js';
import { jpegMessages } from './messages/jpeg.js';
import { readinessFormMessages } from './messages/readiness-form.js';
import { textLossMessages } from './messages/text-loss.js';
import { unitMessages } from './messages/unit.js';

/** Every finding code gecc can report, with its texts: the one place a code is declared. */
export const MESSAGES = {
  ...answersFileMessages,
  ...answersShapeMessages,
  ...unitMessages,
  ...itemMessages,
  ...readinessFormMessages,
  ...windowMessages,
  ...attachmentMessages,
  ...contentMessages,
  ...jpegMessages,
  ...internalMessages,
  ...fileSafetyMessages,
  ...batchMessages,
  ...textLossMessages,
  ...editingMessages,
};

export type FindingCode = keyof typeof MESSAGES;
export type FindingArgs = {
  [C in FindingCode]: (typeof MESSAGES)[C] extends MessageSpec<infer A> ? A : never;
};
