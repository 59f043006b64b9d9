/**
 * A note added to a PDF after it was made: a linearized original, then an incremental update
 * (page 1 written again without /Contents, with one FreeText annotation, and an uncompressed
 * cross-reference stream whose /Prev points back into the original; see updated-pdf.ts). qpdf,
 * poppler and MuPDF read it and draw the note. pdf.js draws a FreeText annotation that carries no
 * appearance stream only where it has an OffscreenCanvas to measure the text with (browsers do;
 * Node has none): what it says about that is about gecc's reading thread, not about the file.
 */
import { describe, expect, it } from 'vitest';
import { pdfFindings } from '../../src/attachments/pdf/pdf-findings.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { assemblePdf } from '../helpers/hostile-pdf.js';
import { drawPage1, PDF_READERS } from '../helpers/reference-readers.js';
import { needs } from '../helpers/reference-tools.js';
import { linearizedPdf, type NoteKind, updatedLinearizedPdf } from '../helpers/updated-pdf.js';

const AT = 'files/A03.pdf';
const findings = async (bytes: Buffer) => pdfFindings(await readPdf(bytes), AT);

describe('a linearized PDF with a note added in an incremental update', () => {
  it('a FreeText note without an appearance stream on a page without content: usable, the note shows', async () => {
    // qpdf --check: no errors; pdftoppm and mutool draw "Checked by the unit head" in a box (see below)
    expect(await findings(updatedLinearizedPdf('without-appearance'))).toEqual([]);
  });

  it('the nearest good case, the note with its appearance stream, is usable too', async () => {
    expect(await findings(updatedLinearizedPdf('with-appearance'))).toEqual([]);
  });

  it('the original is usable, and the update is read, not the original page 1', async () => {
    expect(await findings(linearizedPdf())).toEqual([]);
    expect(await readPdf(updatedLinearizedPdf('without-appearance'))).toMatchObject({ kind: 'read', pages: 2, pagesRead: 2 });
  });

  it.each(['hidden', 'none'] as const)('a note %s draws nothing: page 1 is blank (a note), the document is not broken', async (note) => {
    // poppler and MuPDF draw page 1 blank, page 2 with its text
    expect(await findings(updatedLinearizedPdf(note))).toEqual([
      { code: 'pdf.blank-first-pages', severity: 'info', args: { path: AT, blank: 1 } },
    ]);
  });

  it('the trait that did it: a FreeText note without an appearance stream, not the linearization or the update', async () => {
    // the same page and note in a plain file of one page, with a cross-reference table: it was
    // pdf.page-broken too ("FreeTextAnnotation: OffscreenCanvas is not supported" and nothing drawn);
    // poppler and MuPDF draw the note. It has no text of its own (a note's text is not the page's)
    const plain = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
      '<< /Type /Annot /Subtype /FreeText /Rect [72 700 400 760] /Contents (Checked by the unit head) /DA (/Helv 14 Tf 0 g) /F 4 >>',
    ]);
    expect(await findings(plain)).toEqual([{ code: 'pdf.no-text', severity: 'warning', args: { path: AT, pages: 1, scan: false } }]);
  });
});

describe('what qpdf, poppler and MuPDF make of it', () => {
  needs(...PDF_READERS);
  it('qpdf: the original is linearized; the updated file has no error', () => {
    expect(drawPage1(linearizedPdf()).qpdf).toBe('0 File is linearized true');
    // the update is not linearized, so the file as a whole is not any more (viewers do not mind)
    expect(drawPage1(updatedLinearizedPdf('without-appearance')).qpdf).toBe('0 File is not linearized true');
  });

  it.each([
    ['without-appearance', true],
    ['with-appearance', true],
    ['hidden', false],
    ['none', false],
  ] as [NoteKind, boolean][])('note %s: both draw page 1 without a word; the note shows: %s', (note, shows) => {
    const said = drawPage1(updatedLinearizedPdf(note));
    expect({ poppler: said.poppler, mupdf: said.mupdf }).toEqual({ poppler: '', mupdf: '' });
    expect(said.popplerInk > 0, 'poppler draws the note').toBe(shows);
    expect(said.mupdfInk > 0, 'MuPDF draws the note').toBe(shows);
  });
});
