import { describe, expect, it } from 'vitest';
import { assemblePdf } from '../../src/attachments/pdf/assemble-pdf.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { makePdf } from '../helpers/pdf.js';

// taken before pdf.js is loaded (read-pdf loads it on the first PDF)
const enginePush = Array.prototype.push;

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const PAGE = (contents: number) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`;
const text = (words: string) => {
  const body = `BT /F1 14 Tf 72 770 Td (${words}) Tj ET`;
  return `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
};
/** Two pages whose first has text; the page tree's second entry is given. */
const withSecondKid = (kid: string) =>
  assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [4 0 R ${kid}] /Count 2 >>`,
    FONT,
    PAGE(5),
    text('Meeting minutes'),
  ]);

describe('readPdf', () => {
  it("leaves the engine's own Array.prototype.push in place after pdf.js has loaded", async () => {
    // pdf.js's legacy build swaps in a JavaScript push on Node 20 that made reading a PDF about 15 % slower
    expect(await readPdf(makePdf({ pages: 2 }))).toMatchObject({ kind: 'read', pages: 2 });
    expect(Array.prototype.push).toBe(enginePush);
  });

  it('walks the page tree to page 2 even when page 1 has text: a broken second entry is damage', async () => {
    expect(await readPdf(withSecondKid('99 0 R'))).toMatchObject({ kind: 'damaged' });
    expect(await readPdf(withSecondKid('2 0 R'))).toMatchObject({ kind: 'damaged' });
  });
});
