import { eitherOf, kindName } from '../attachment-kinds.js';
import type { Lang } from '../lang.js';
import type { Catalogue } from './catalogue-schema.js';

/** "5 MB" from 5,242,880 bytes: as people say it, with one decimal where it is not whole. */
function megabytesText(bytes: number): string {
  return String(Math.round((bytes / 1_048_576) * 10) / 10);
}

/** "PDF หรือ JPEG ไม่เกิน 5 MB": what an attachment may be, from the catalogue's own limits. */
export function attachmentRule(catalogue: Catalogue, lang: Lang): string {
  const types = eitherOf(catalogue.attachments.types.map(kindName), lang);
  const size = megabytesText(catalogue.attachments.maxBytes);
  return lang === 'th' ? `${types} ไม่เกิน ${size} MB` : `${types}, at most ${size} MB`;
}
