import { assemblePdf } from './assemble-pdf.js';

/**
 * A one-page PDF with two lines of text, made here so that a reading thread can read it while
 * it waits for its first real PDF: the reader's code is then compiled and warm, and the first
 * attachments do not pay for it.
 */
export function warmUpPdf(): Uint8Array {
  const content = 'BT /F1 12 Tf 72 770 Td (GECC warm-up page) Tj 0 -14 Td (service evidence text) Tj ET';
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}
