/**
 * A page's text is taken from its drawing (the glyphs pdf.js decodes to draw it) when it draws
 * text, instead of being extracted a second time: a third of a text PDF's reading time. The
 * verdict must be the one gecc gave when every page's text was extracted before it was drawn
 * (readPdf's textFirst), for every PDF the tests make and every PDF of the examples. Only whether
 * a page has text matters to a finding, so the counts are compared as "some or none".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfVerdict } from '../../src/attachments/pdf/pdf-verdict.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import * as pdf from '../helpers/hostile-pdf.js';
import { makeJpeg, withScanDataCut } from '../helpers/jpeg.js';
import { makeDenseTextPdf, makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';

const rgbJpeg = (data: Buffer, size = 64) =>
  pdf.picturePagePdf({ dict: `/Width ${size} /Height ${size} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, data });
const made: [string, Buffer][] = [
  ['one page', makePdf()],
  ['three pages', makePdf({ pages: 3, text: 'Service statistics' })],
  ['a blank first page', makePdf({ text: ['', 'Meeting minutes', 'Annex'] })],
  ['blank pages', makePdf({ text: ['', '', 'Annex'] })],
  ['dense text', makeDenseTextPdf(2_000)],
  ['shapes only', makeImageOnlyPdf()],
  ['no pages', pdf.noPagesPdf('count-zero')],
  ['empty kids', pdf.noPagesPdf('empty-kids')],
  ['null kids', pdf.noPagesPdf('null-kids')],
  ['a looping page tree', pdf.cyclicPageTreePdf()],
  ['a missing page tree', pdf.missingPageTreePdf()],
  ['a portfolio', pdf.portfolioPdf()],
  ['an embedded file', pdf.embeddedFilePdf()],
  ['form fields', pdf.formFieldPdf()],
  ['corrupt content', pdf.corruptContentPdf()],
  ['truncated at half', pdf.truncatedPdf(0.5)],
  ['truncated at 90 %', pdf.truncatedPdf(0.9)],
  ['an unknown content filter', pdf.contentFilterPdf('PlateDecode')],
  ['Flate content', pdf.contentFilterPdf('FlateDecode')],
  ['content that is not LZW', pdf.contentFilterPdf('LZWDecode', Buffer.from('garbage, not lzw at all \x80\x81\xff\xfe junk', 'latin1'))],
  ...(['rgb', 'gray'] as const).flatMap((colour) =>
    ([['flate', 'flate'], ['flate', 'broken-flate'], ['unknown-filter'], ['not-a-jpeg'], ['truncated-flate']] as pdf.ImageKind[][]).map(
      (images): [string, Buffer] => [`a ${colour} scan of ${images.join(' + ')}`, pdf.scannedPagePdf(images, colour)],
    ),
  ),
  ['an XFA-only form', pdf.xfaPdf('xfa-only')],
  ['a static XFA form', pdf.xfaPdf('with-acroform')],
  ...(['shifted-offsets', 'last-offset', 'page-offset', 'bad-startxref', 'no-xref'] as const).map((damage): [string, Buffer] => [
    `a cross-reference with ${damage}`,
    pdf.damagedXrefPdf(damage),
  ]),
  ['a CID font', pdf.cidFontPdf()],
  ['a JPEG photo', rgbJpeg(makeJpeg({ width: 64, height: 48 }))],
  ['a JPEG photo cut short', rgbJpeg(withScanDataCut(makeJpeg({ width: 64, height: 64 })))],
  ['a black picture on a page with text', blackPictureWithText()],
  ['an encrypted file that allows everything', pdf.encryptedPdf({ userPassword: '', ownerPassword: 'owner', permissions: -4 })],
  ['a password', pdf.encryptedPdf({ userPassword: 'secret', ownerPassword: 'owner' })],
  ['bytes before %PDF', pdf.leadingBytesPdf(Buffer.from('junk before the header '))],
  ['a shared page tree', pdf.sharedPageTreePdf(4)],
  ['text only in a form field (an annotation), none on the page', fieldTextOnly()],
];

/** Text drawn in Helvetica next to an all-black picture (pdf.js warns about the font once: its data is not given). */
function blackPictureWithText(): Buffer {
  return pdf.assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    pdf.streamObject('', Buffer.from('BT /F1 12 Tf 72 720 Td (Photo of the counter) Tj ET q 200 0 0 200 72 400 cm /Im1 Do Q', 'latin1')),
    pdf.streamObject('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.alloc(256)),
  ]);
}

/** A page that draws nothing of its own; a text field's appearance shows "Somchai". */
function fieldTextOnly(): Buffer {
  return pdf.assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [6 0 R] /Contents 5 0 R >>',
    pdf.streamObject('', Buffer.from('', 'latin1')),
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Somchai) /Rect [72 700 300 720] /P 4 0 R /AP << /N 7 0 R >> >>',
    pdf.streamObject(
      '/Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 3 0 R >> >>',
      Buffer.from('/Tx BMC BT /F1 12 Tf 2 5 Td (Somchai) Tj ET EMC', 'latin1'),
    ),
  ]);
}

// odd cases: text outside the page's boxes, invisible or zero-width characters, Type3 fonts, text
// only in annotations, Artifacts, hidden layers, clipped or 3 Tr text, broken fonts…
const fixtures = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'text-order');
const odd = fs
  .readdirSync(fixtures)
  .sort()
  .map((f): [string, Buffer] => [`fixtures/text-order/${f}`, fs.readFileSync(path.join(fixtures, f))]);

const examples = fs
  .readdirSync(path.join(PACKAGE_ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .map((f): [string, Buffer] => [`examples/${f}`, fs.readFileSync(path.join(PACKAGE_ROOT, 'examples', f))]);

/** The verdict with its text count as "some or none" (the two ways count white space and ligatures alike, but not always). */
const judged = (verdict: PdfVerdict) => ('textChars' in verdict ? { ...verdict, textChars: verdict.textChars > 0 } : verdict);

describe('text taken from the drawing gives the verdict of text extracted first', () => {
  it.each(made)('%s', async (_, bytes) => {
    const first = judged(await readPdf(new Uint8Array(bytes), Number.POSITIVE_INFINITY, { textFirst: true }));
    expect(judged(await readPdf(new Uint8Array(bytes)))).toEqual(first);
  });

  it.each(odd)('%s', async (_, bytes) => {
    const first = judged(await readPdf(new Uint8Array(bytes), Number.POSITIVE_INFINITY, { textFirst: true }));
    expect(judged(await readPdf(new Uint8Array(bytes)))).toEqual(first);
  });

  it(`the ${examples.length} PDFs of the examples`, async () => {
    expect(examples.length).toBeGreaterThan(50);
    for (const [name, bytes] of examples) {
      const first = judged(await readPdf(new Uint8Array(bytes), Number.POSITIVE_INFINITY, { textFirst: true }));
      expect({ name, verdict: judged(await readPdf(new Uint8Array(bytes))) }).toEqual({ name, verdict: first });
    }
  });
});
