/**
 * PDFs judged as a reviewer's viewer judges them: every case below was also given to poppler
 * (pdfinfo, pdftoppm -r 20 -f 1 -l 1) and MuPDF (mutool draw -o /dev/null); what they said is in
 * the comment of each case. A file both show is usable; a file neither shows is not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfFindings } from '../../src/attachments/pdf/pdf-findings.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import * as pdf from '../helpers/hostile-pdf.js';
import { makeJpeg } from '../helpers/jpeg.js';
import { makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';
import { skipWithout } from '../helpers/reference-tools.js';

const findings = async (bytes: Buffer) => pdfFindings(await readPdf(bytes), 'files/A03.pdf');
const codesOf = async (bytes: Buffer) => (await findings(bytes)).map((f) => `${f.severity} ${f.code}`);

describe('a PDF with no page to show', () => {
  // poppler: "Invalid page count 0" / a 0 × 0 pt page and "Kid object … is not an indirect
  // reference"; MuPDF: "malformed page tree" / "non-page object in page tree", cannot draw
  it.each([
    ['/Count 0 and no kids', 'count-zero', 0],
    ['kids listed as null', 'null-kids', 1],
    ['an empty /Kids that claims a page', 'empty-kids', 1],
  ] as const)('%s: an error, not a "no text on its first 0 pages" warning', async (_, tree, claimed) => {
    expect(await findings(pdf.noPagesPdf(tree))).toEqual([
      { code: 'pdf.no-pages', severity: 'error', args: { path: 'files/A03.pdf', claimed } },
    ]);
  });

  it('a page tree that loops back to itself has no page either', async () => {
    // MuPDF: "cycle in page tree", cannot draw
    expect(await codesOf(pdf.cyclicPageTreePdf())).toEqual(['error pdf.no-pages']);
  });

  it('the nearest good case, one ordinary page, is usable without a finding', async () => {
    expect(await findings(makePdf())).toEqual([]);
  });
});

describe('a page no reader can decode', () => {
  // poppler: "Unknown filter 'PlateDecode'" / "Unknown compression method in flate stream" /
  // "Bad LZW stream"; MuPDF: "unknown filter name" / "zlib error" / "out of range code in lzw
  // decode", then "syntax error in content stream": both draw an empty page
  it.each([
    ['an unknown filter (/PlateDecode)', pdf.contentFilterPdf('PlateDecode')],
    ['Flate data that does not inflate', pdf.corruptContentPdf()],
    ['LZW data that is not LZW', pdf.contentFilterPdf('LZWDecode', Buffer.from('garbage, not lzw at all \x80\x81\xff\xfe junk', 'latin1'))],
  ])('page content stored with %s: an error for page 1', async (_, bytes) => {
    const [finding, ...rest] = await findings(bytes);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'pdf.page-broken', severity: 'error', args: { path: 'files/A03.pdf', page: 1 } });
  });

  it('the same text stored with Flate that inflates is read', async () => {
    // poppler and MuPDF: no complaint
    expect(await readPdf(pdf.contentFilterPdf('FlateDecode'))).toMatchObject({ kind: 'read', textChars: 28 });
  });

  // poppler: "Unknown compression method in flate stream" / "Unknown filter" / "Could not find
  // start of jpeg data"; MuPDF: "zlib error" / "unknown filter name" / "Not a JPEG file", then
  // "padding truncated image": the picture comes out blank
  it.each([
    ['Flate data that does not inflate, next to a good picture', ['flate', 'broken-flate'], ['rgb', 'gray']],
    // in gray pdf.js draws the undecoded bytes as noise and says only that it does not know the
    // filter: not told apart from a picture it recovered (see docs/attachments.md)
    ['an unknown filter', ['unknown-filter'], ['rgb']],
    ['text bytes that say they are a JPEG', ['not-a-jpeg'], ['rgb', 'gray']],
  ] as const)('a scanned page whose picture is %s: an error', async (_, images, colours) => {
    for (const colour of colours) {
      const [finding, ...rest] = await findings(pdf.scannedPagePdf(images, colour));
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ code: 'pdf.page-broken', severity: 'error', args: { page: 1 } });
    }
  });

  it('the nearest good case, a scan of two good Flate pictures, is only a scan (no text)', async () => {
    // poppler and MuPDF: no complaint
    expect(await codesOf(pdf.scannedPagePdf(['flate', 'flate']))).toEqual(['warning pdf.no-text']);
    expect(await codesOf(pdf.scannedPagePdf(['flate', 'flate'], 'gray'))).toEqual(['warning pdf.no-text']);
  });

  it('a photo stored as a real JPEG (DCTDecode) is decoded without complaint', async () => {
    // poppler and MuPDF: no complaint
    const photo = makeJpeg({ width: 64, height: 48 });
    const dict = '/Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode';
    expect(await codesOf(pdf.picturePagePdf({ dict, data: photo }))).toEqual(['warning pdf.no-text']);
  });

  it('a page of shapes only (no text, no picture) is not broken: pdf.js warns about nothing', async () => {
    expect(await codesOf(makeImageOnlyPdf())).toEqual(['warning pdf.no-text']);
  });

  it('a picture over 10 Mpx (a 12 Mpx phone photo) is not decoded, so not judged: cost bounds the check', async () => {
    // decoding a 12 Mpx JPEG costs pdf.js ~0.8 s of CPU and ~110 MB; a broken one that large is not found
    const picture = (data: Buffer) =>
      pdf.picturePagePdf({ dict: '/Width 4000 /Height 3000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data });
    expect(await codesOf(picture(deflateSync(Buffer.alloc(4000 * 3000, 0x80))))).toEqual(['warning pdf.no-text']);
    expect(await codesOf(picture(Buffer.from('never deflated')))).toEqual(['warning pdf.no-text']);
  });

  const secondPageBroken = (firstPage: string) =>
    pdf.assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 5 0 R >>',
      pdf.streamObject('', Buffer.from(firstPage)),
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 7 0 R >>',
      pdf.streamObject('/Filter /PlateDecode', Buffer.from('x')),
    ]);

  it('after a blank cover page, page 2 is drawn too', async () => {
    expect(await readPdf(secondPageBroken(''))).toMatchObject({ kind: 'page-broken', page: 2 });
  });

  it('after a page 1 that draws something, page 2 is not drawn: drawing decodes every picture, which costs', async () => {
    expect(await readPdf(secondPageBroken('0.5 g 72 72 100 100 re f'))).toMatchObject({ kind: 'read', pages: 2 });
  });
});

describe('an XFA form', () => {
  it('an XFA form and nothing else (a dynamic LiveCycle form): an error that says how to print it flat', async () => {
    // poppler and MuPDF: "Form: XFA"; both draw only the page the file carries ("Please wait…")
    expect(await findings(pdf.xfaPdf('xfa-only'))).toEqual([{ code: 'pdf.xfa-only', severity: 'error', args: { path: 'files/A03.pdf' } }]);
  });

  it('the nearest good case, an AcroForm with a real page next to its XFA, is a fillable form', async () => {
    // poppler and MuPDF draw its page and field
    expect(await codesOf(pdf.xfaPdf('with-acroform'))).toEqual(['warning pdf.form-fields']);
  });
});

describe('damage viewers repair', () => {
  // MuPDF: "trying to repair broken xref" / "repairing PDF document"; poppler: "xref num … not
  // found but needed, try to reconstruct"; both then draw every page
  it.each(['shifted-offsets', 'last-offset', 'page-offset', 'bad-startxref', 'no-xref'] as const)(
    'a cross-reference with %s is usable, text page or scan',
    async (damage) => {
      expect(await findings(pdf.damagedXrefPdf(damage))).toEqual([]);
      expect(await codesOf(pdf.damagedXrefPdf(damage, pdf.scannedPagePdf(['flate', 'flate'])))).toEqual(['warning pdf.no-text']);
    },
  );

  it('one wrong offset is repaired even where pdf.js first leaves the picture out', async () => {
    // pdf.js finds the offset wrong only when the page needs the picture: it is then read again
    expect(await readPdf(pdf.damagedXrefPdf('last-offset', pdf.scannedPagePdf(['flate', 'flate'])))).toMatchObject({
      kind: 'read',
      pages: 1,
    });
  });
});

describe('an encrypted PDF that opens without a password', () => {
  // pdfinfo: "Encrypted: yes (print:yes copy:yes …)" — every viewer prints and copies it
  it('with every permission allowed: no finding', async () => {
    expect(await findings(pdf.encryptedPdf({ userPassword: '', ownerPassword: 'owner', permissions: -4 }))).toEqual([]);
  });

  it('refusing to print and copy: a warning that says both', async () => {
    // pdfinfo: "print:no copy:no change:no addNotes:no"
    expect(await findings(pdf.encryptedPdf({ userPassword: '', ownerPassword: 'owner' }))).toEqual([
      { code: 'pdf.restricted', severity: 'warning', args: { path: 'files/A03.pdf', print: true, copy: true } },
    ]);
  });

  it('refusing only to copy: a warning about copying', async () => {
    // pdfinfo: "print:yes copy:no"
    expect(await findings(pdf.encryptedPdf({ userPassword: '', ownerPassword: 'owner', permissions: -20 }))).toEqual([
      { code: 'pdf.restricted', severity: 'warning', args: { path: 'files/A03.pdf', print: false, copy: true } },
    ]);
  });

  it('made by qpdf with AES-256 and an owner password only: no finding; with printing refused: a warning', async (ctx) => {
    skipWithout(ctx, 'qpdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'gecc-qpdf-'));
    writeFileSync(path.join(dir, 'plain.pdf'), makePdf());
    const encrypt = (...flags: string[]) => {
      execFileSync('qpdf', ['--encrypt', '', 'owner', '256', ...flags, '--', path.join(dir, 'plain.pdf'), path.join(dir, 'locked.pdf')]);
      return readFileSync(path.join(dir, 'locked.pdf'));
    };
    expect(await findings(encrypt())).toEqual([]);
    expect(await findings(encrypt('--print=none'))).toEqual([
      { code: 'pdf.restricted', severity: 'warning', args: { path: 'files/A03.pdf', print: true, copy: false } },
    ]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('text in CID fonts', () => {
  it('Japanese text through a predefined CMap (UniJIS-UCS2-H) is found: pdf.js is given its CMaps', async () => {
    // MuPDF (mutool draw -F txt) finds テスト文書; poppler needs its language pack (poppler-data) for it
    expect(await readPdf(pdf.cidFontPdf())).toMatchObject({ kind: 'read', textChars: 5 });
  });
});
