import { fileTypeFromBuffer } from 'file-type';

export type AttachmentType = 'pdf' | 'jpeg';
/** What a file really is: an accepted type, or a word for what it is instead. */
export type Detected = { accepted: true; type: AttachmentType } | { accepted: false; detected: string };

/** Judges a file by its first bytes, never by its name. */
export async function detectType(head: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(head);
  if (found?.mime === 'application/pdf') return { accepted: true, type: 'pdf' };
  if (found?.mime === 'image/jpeg') return { accepted: true, type: 'jpeg' };
  if (found) return { accepted: false, detected: found.ext.toUpperCase() };
  return { accepted: false, detected: looksLikeText(head) ? 'text' : 'unknown' };
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

const EXTENSIONS: Record<AttachmentType, readonly string[]> = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'] };

export function extensionFits(name: string, type: AttachmentType): boolean {
  const lower = name.toLowerCase();
  return EXTENSIONS[type].some((ext) => lower.endsWith(ext));
}

export function preferredExtension(type: AttachmentType): string {
  return EXTENSIONS[type][0]!;
}
