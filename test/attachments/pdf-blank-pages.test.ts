/**
 * Pages that draw nothing: a reviewer sees white. A PDF none of whose pages read shows anything is
 * an error (it shows nothing); blank pages before the content are a note; a page without text is
 * called a scan only when it draws a picture. What poppler (pdftoppm) and MuPDF (mutool draw) make
 * of each case is asserted at the end, where they are installed.
 */
import { describe, expect, it } from 'vitest';
import { pdfFindings } from '../../src/attachments/pdf/pdf-findings.js';
import { BLANK_PAGES_READ } from '../../src/attachments/pdf/pdf-verdict.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { readyNewUnit } from '../helpers/application.js';
import { checkSpec } from '../helpers/check.js';
import * as pdf from '../helpers/hostile-pdf.js';
import { makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';
import { drawPage1, PDF_READERS } from '../helpers/reference-readers.js';
import { needs } from '../helpers/reference-tools.js';

const AT = 'files/A03.pdf';
const findings = async (bytes: Buffer) => pdfFindings(await readPdf(bytes), AT);
const blank = (count: number, pages: number) => ({ code: 'pdf.blank-pages', severity: 'error', args: { path: AT, blank: count, pages } });

const KINDS: pdf.BlankPage[] = ['no-contents', 'spaces-only', 'node-without-kids', 'untyped-kid', 'outline-as-page-tree'];
/** page 1 blank (no /Contents), page 2 a scanned picture */
const blankThenScan = () =>
  pdf.assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    pdf.streamObject('', Buffer.from('q 200 0 0 200 72 500 cm /Im1 Do Q')),
    pdf.streamObject(
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
      Buffer.from([0, 80, 160, 240]),
    ),
  ]);

describe('a PDF whose only page draws nothing: an error, never "probably a scan"', () => {
  it.each(KINDS)('a page %s', async (kind) => {
    expect(await findings(pdf.blankPagePdf(kind))).toEqual([blank(1, 1)]);
  });

  it('every page of a three-page document blank', async () => {
    expect(await findings(makePdf({ text: ['', '', ''] }))).toEqual([blank(3, 3)]);
  });

  it(`${BLANK_PAGES_READ + 5} blank pages: the first ${BLANK_PAGES_READ} are looked at, and said so`, async () => {
    const pages = BLANK_PAGES_READ + 5;
    expect(await findings(makePdf({ text: Array.from({ length: pages }, () => '') }))).toEqual([blank(BLANK_PAGES_READ, pages)]);
  });

  it('the user reads that the file shows nothing, and that all its pages are blank', () => {
    const one = renderMessage(blank(1, 1) as never, 'th');
    expect(one.text).toBe(`ไฟล์ PDF ${AT} ไม่มีเนื้อหาให้เห็นเลย หน้าเดียวของไฟล์เป็นหน้าว่าง กรรมการเปิดแล้วจะเห็นแต่หน้าขาว`);
    expect(renderMessage(blank(3, 3) as never, 'en').text).toBe(
      `${AT} shows nothing: all its 3 pages are blank, so reviewers opening it see only white`,
    );
    expect(renderMessage(blank(20, 25) as never, 'th').text).toContain('ไม่มีเนื้อหาให้เห็นใน 20 หน้าแรก (จากทั้งหมด 25 หน้า)');
  });

  it('a signed readiness form that is blank is an error too (only "no text" is excused for a scan)', async () => {
    const spec = readyNewUnit();
    const result = await checkSpec(spec, { files: { [spec.readiness_form!.file]: pdf.blankPagePdf('no-contents') } });
    expect(result.findings.filter((f) => f.code.startsWith('pdf.'))).toEqual([
      expect.objectContaining({ code: 'pdf.blank-pages', severity: 'error', file: spec.readiness_form!.file }),
    ]);
  }, 60_000);
});

describe('blank pages before the content: a note', () => {
  it('a blank page 1, text on page 2', async () => {
    expect(await findings(makePdf({ text: ['', 'Meeting minutes'] }))).toEqual([
      { code: 'pdf.blank-first-pages', severity: 'info', args: { path: AT, blank: 1 } },
    ]);
  });

  it('blank pages 1 and 2, text on page 3 (read: pages are read while none shows anything)', async () => {
    expect(await findings(makePdf({ text: ['', '', 'Annex'] }))).toEqual([
      { code: 'pdf.blank-first-pages', severity: 'info', args: { path: AT, blank: 2 } },
    ]);
  });

  it('a blank page 1, a scanned picture on page 2: the note, and no text on the pages read (a scan)', async () => {
    expect(await findings(blankThenScan())).toEqual([
      { code: 'pdf.blank-first-pages', severity: 'info', args: { path: AT, blank: 1 } },
      { code: 'pdf.no-text', severity: 'warning', args: { path: AT, pages: 2, scan: true } },
    ]);
  });

  it('the nearest good case, text on page 1, has no finding', async () => {
    expect(await findings(makePdf({ text: ['Meeting minutes', ''] }))).toEqual([]);
  });
});

describe('no text: a scan only when a picture is drawn', () => {
  it('a scanned page (pictures, no text): "probably a scan"', async () => {
    const [finding] = await findings(pdf.scannedPagePdf(['flate', 'flate']));
    expect(finding).toEqual({ code: 'pdf.no-text', severity: 'warning', args: { path: AT, pages: 1, scan: true } });
    expect(renderMessage(finding!, 'th').text).toContain('(น่าจะเป็นภาพสแกน)');
  });

  it('a page of shapes only (no text, no picture): no text, not called a scan', async () => {
    const [finding] = await findings(makeImageOnlyPdf());
    expect(finding).toEqual({ code: 'pdf.no-text', severity: 'warning', args: { path: AT, pages: 1, scan: false } });
    expect(renderMessage(finding!, 'th').text).not.toContain('สแกน');
    expect(renderMessage(finding!, 'en').text).not.toContain('scan');
  });
});

describe('an XFA form: what other viewers show', () => {
  it('is worded true both for files that show "Please wait…" and for those that show a blank page', () => {
    const xfa = { code: 'pdf.xfa-only', severity: 'error', args: { path: AT } } as const;
    expect(renderMessage(xfa, 'th').text).toContain('แสดงหน้าข้อความ "Please wait..." หรือหน้าว่างแทน');
    expect(renderMessage(xfa, 'en').text).toContain('show a "Please wait..." page or a blank page instead');
  });
});

describe('what poppler and MuPDF make of them', () => {
  needs(...PDF_READERS);
  it.each(KINDS)('a page %s: neither draws anything on page 1', (kind) => {
    const drawn = drawPage1(pdf.blankPagePdf(kind));
    expect(drawn.popplerInk, 'poppler').toBeLessThanOrEqual(0);
    expect(drawn.mupdfInk, 'MuPDF').toBeLessThanOrEqual(0);
  });

  it('the page trees poppler and MuPDF cannot walk: they say so, and draw nothing', () => {
    // MuPDF: "cannot find page 1 in page tree"; poppler draws a white page without a word
    expect(drawPage1(pdf.blankPagePdf('node-without-kids')).mupdf).toMatch(/cannot find page 1 in page tree/);
    const outline = drawPage1(pdf.blankPagePdf('outline-as-page-tree'));
    expect(outline.poppler).toMatch(/Kids object \(page 1\) is wrong type/);
    expect(outline.mupdf).toMatch(/malformed page tree/);
  });

  it('the nearest good cases: text, a scan and shapes are drawn by both', () => {
    for (const bytes of [makePdf(), pdf.scannedPagePdf(['flate', 'flate']), makeImageOnlyPdf()]) {
      const drawn = drawPage1(bytes);
      expect(drawn.popplerInk, 'poppler').toBeGreaterThan(0);
      expect(drawn.mupdfInk, 'MuPDF').toBeGreaterThan(0);
    }
  });
});
