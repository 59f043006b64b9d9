import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { type AttachmentType, refusedPicture } from '../attachment-kinds.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import { detectType, extensionFits, preferredExtension } from './detect-type.js';
import { type ContentReport, inspectContent } from './inspect-content.js';
import { startsLikeJpeg } from './jpeg/starts-like-jpeg.js';
import type { PdfPool } from './pdf/pdf-pool.js';

/** enough of a file's first bytes to say what kind of file it is */
export const HEAD_BYTES = 4100;

/** A reference resolved to an ordinary file inside the application folder (see resolveReference). */
export interface ResolvedFile {
  relative: string;
  absolute: string;
  bytes: number;
  info: Stats;
}

export type AttachmentLimits = Catalogue['attachments'];

/** What judging a file's bytes found, before it becomes the file's report. */
export interface Judgement {
  findings: Finding[];
  type?: AttachmentType;
  pages?: number;
  /**
   * the SHA-256 of the bytes the content was judged from: a PDF's from its reading thread (none
   * when the thread gave up: its verdict is one of this moment), another kind's from the main thread
   */
  sha256?: string;
  /** the verdict on the content alone, when it was looked at: what the verdict cache keeps */
  content?: ContentReport;
}

/** What is said of a file's size before any of it is read; an empty file is said to be empty and nothing more. */
export function sizeFindings({ relative, bytes }: ResolvedFile, { maxBytes, warnBytes }: AttachmentLimits): Finding[] {
  const at = { file: relative };
  if (bytes === 0) return [finding('file.empty', { path: relative }, at)];
  if (bytes > maxBytes) return [finding('file.too-large', { path: relative, bytes, maxBytes }, at)];
  if (bytes > warnBytes) return [finding('file.near-limit', { path: relative, bytes, warnBytes, maxBytes }, at)];
  return [];
}

/** How much of a file is read to judge it: a file over the limit is refused anyway, so only enough of it to say what it is. */
export const bytesToJudge = (file: ResolvedFile, limits: AttachmentLimits): number =>
  file.bytes > limits.maxBytes ? HEAD_BYTES : file.bytes;

/**
 * What a file's size and first bytes say: its kind, and whether its name and the edition fit it.
 * `type` is missing when it is no kind gecc reads; its content is worth judging only when it has
 * a kind and is within the limit.
 */
export async function judgeOutside(
  file: ResolvedFile,
  head: Buffer,
  limits: AttachmentLimits,
): Promise<{ findings: Finding[]; type?: AttachmentType; judgeInside: boolean }> {
  const { relative } = file;
  const at = { file: relative };
  const findings = sizeFindings(file, limits);
  let detected = await detectType(head);
  // a broken JPEG is damaged, not of another type
  if (!detected.accepted && startsLikeJpeg(head)) detected = { accepted: true, type: 'jpeg' };
  if (!detected.accepted) {
    const code = refusedPicture(detected.detected) ? 'file.image-not-jpeg' : 'file.wrong-type';
    findings.push(finding(code, { path: relative, detected: detected.detected }, at));
    return { findings, judgeInside: false };
  }
  const { type } = detected;
  if (detected.leadingBytes) findings.push(finding('pdf.leading-bytes', { path: relative, bytes: detected.leadingBytes }, at));
  if (!limits.types.includes(type)) findings.push(finding('file.type-not-accepted', { path: relative, actual: type }, at));
  if (!extensionFits(relative, type)) {
    findings.push(finding('file.extension-mismatch', { path: relative, actual: type, expected: preferredExtension(type) }, at));
  }
  return { findings, type, judgeInside: file.bytes <= limits.maxBytes };
}

/**
 * Judges a file by its bytes alone: `content` is all of it, or its first bytes when it is over
 * the limit (see bytesToJudge). Knows nothing of caches: the same bytes get the same judgement.
 * A PDF's bytes are handed over to its reading thread: the caller must not use them afterwards.
 */
export async function judgeBytes(file: ResolvedFile, content: Buffer, limits: AttachmentLimits, pdfPool: PdfPool): Promise<Judgement> {
  const outside = await judgeOutside(file, content.subarray(0, HEAD_BYTES), limits);
  const { findings, type } = outside;
  if (!type) return { findings };
  if (!outside.judgeInside) return { findings, type };
  // a PDF is hashed in its reading thread, off the main thread, from the very bytes it read
  const ownHash = type === 'pdf' ? undefined : createHash('sha256').update(content).digest('hex');
  const inside = await inspectContent(type, content, file.relative, pdfPool);
  const sha256 = inside.sha256 ?? ownHash;
  return {
    findings: [...findings, ...inside.findings.map((f) => ({ ...f, file: file.relative }))],
    type,
    ...(inside.pages !== undefined ? { pages: inside.pages } : {}),
    ...(sha256 ? { sha256 } : {}),
    content: inside,
  };
}
