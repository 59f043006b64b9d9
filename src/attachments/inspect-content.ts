import type { Finding } from '../findings/finding.js';
import type { AttachmentType } from '../attachment-kinds.js';
import { isUsable } from '../findings/verdict.js';
import { inspectJpeg } from './jpeg/jpeg-findings.js';
import { pdfFindings } from './pdf/pdf-findings.js';
import type { PdfPool } from './pdf/pdf-pool.js';

export interface ContentReport {
  /** false: the file is damaged or unreadable and cannot serve as evidence */
  usable: boolean;
  findings: Finding[];
  pages?: number;
  /** computed where the content was read (PDFs: in their thread) */
  sha256?: string;
}

type Judge = (bytes: Buffer, relative: string, pdfPool: PdfPool) => Promise<ContentReport>;

/** Who judges each kind of attachment: a kind without a judge does not compile. */
const JUDGES: Record<AttachmentType, Judge> = {
  pdf: judgePdf,
  jpeg: (bytes, relative) => inspectJpeg(bytes, relative),
};

/**
 * Looks inside a file whose kind is already known by its first bytes. A PDF's bytes are
 * handed over to the reading thread: the caller must not use them afterwards.
 */
export function inspectContent(type: AttachmentType, bytes: Buffer, relative: string, pdfPool: PdfPool): Promise<ContentReport> {
  return JUDGES[type](bytes, relative, pdfPool);
}

async function judgePdf(bytes: Buffer, relative: string, pdfPool: PdfPool): Promise<ContentReport> {
  const verdict = await pdfPool.read(bytes);
  const findings = pdfFindings(verdict, relative);
  return {
    usable: isUsable(findings),
    findings,
    ...(verdict.kind === 'read' ? { pages: verdict.pages } : {}),
    ...(verdict.sha256 ? { sha256: verdict.sha256 } : {}),
  };
}
