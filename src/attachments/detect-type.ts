import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_KINDS, type AttachmentType, kindOfMime } from '../attachment-kinds.js';

/** What a file really is: an accepted type, or a word for what it is instead. */
export type Detected = { accepted: true; type: AttachmentType; leadingBytes?: number } | { accepted: false; detected: string };

/** Judges a file by its first bytes, never by its name. */
export async function detectType(head: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(head);
  const kind = kindOfMime(found?.mime);
  if (kind) return { accepted: true, type: kind };
  if (found) return { accepted: false, detected: found.ext.toUpperCase() };
  const header = pdfHeaderOffset(head);
  if (header !== -1) return { accepted: true, type: 'pdf', leadingBytes: header };
  return { accepted: false, detected: looksLikeText(head) ? 'text' : 'unknown' };
}

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
/**
 * Where "%PDF-" starts within the first 1024 bytes, as pdf.js (`find(stream, "%PDF-", 1024)`),
 * poppler (`PDFDoc::checkHeader`, 1024 bytes) and PDFium look for it: a mail gateway's or a
 * download tool's bytes in front of a PDF do not stop any of them, and offsets then count from
 * the header. file-type only looks at offset 0. -1 when there is none.
 */
function pdfHeaderOffset(head: Uint8Array): number {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).indexOf(PDF_HEADER);
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

export function extensionFits(name: string, type: AttachmentType): boolean {
  const lower = name.toLowerCase();
  return ATTACHMENT_KINDS[type].extensions.some((ext) => lower.endsWith(ext));
}

export function preferredExtension(type: AttachmentType): string {
  return ATTACHMENT_KINDS[type].extensions[0];
}
