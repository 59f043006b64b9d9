import type { Finding } from '../findings/finding.js';
import { isUsable } from '../findings/verdict.js';
import type { AttachmentType } from './detect-type.js';
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

/**
 * Looks inside a file already known to be a PDF or JPEG by its first bytes. A PDF's bytes are
 * handed over to the reading thread: the caller must not use them afterwards.
 */
export async function inspectContent(type: AttachmentType, bytes: Buffer, relative: string, pdfPool: PdfPool): Promise<ContentReport> {
  if (type === 'jpeg') return inspectJpeg(bytes, relative);
  const verdict = await pdfPool.read(bytes);
  const findings = pdfFindings(verdict, relative);
  return {
    usable: isUsable(findings),
    findings,
    ...(verdict.kind === 'read' ? { pages: verdict.pages } : {}),
    ...(verdict.sha256 ? { sha256: verdict.sha256 } : {}),
  };
}
