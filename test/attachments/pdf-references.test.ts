/**
 * The test PDFs of pdf-pages.test.ts, given to the reference readers when they are installed
 * (poppler's pdftoppm, MuPDF's mutool): a file gecc refuses is one both complain about, a file
 * gecc accepts is one both draw without a word. Skipped where the tools are absent, and the run
 * says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as pdf from '../helpers/hostile-pdf.js';
import { makeJpeg } from '../helpers/jpeg.js';
import { makePdf } from '../helpers/pdf.js';
import { needs } from '../helpers/reference-tools.js';

const tools = needs('pdftoppm', 'mutool');
const dir = tools ? mkdtempSync(path.join(tmpdir(), 'gecc-references-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What each reference printed while drawing page 1 (MuPDF's progress and its note that it lacks ICC support left out). */
function complaints(bytes: Buffer): { poppler: string; mupdf: string } {
  const file = path.join(dir, 'case.pdf');
  writeFileSync(file, bytes);
  const env = { ...process.env, LANG: 'C' };
  const poppler = spawnSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', file, path.join(dir, 'page')], { encoding: 'utf8', env });
  const mupdf = spawnSync('mutool', ['draw', '-o', '/dev/null', file, '1'], { encoding: 'utf8', env });
  const said = (run: typeof poppler) =>
    `${run.status === 0 ? '' : `exit ${run.status} `}${run.stderr}`
      .replace(/^warning: ICC support is not available\n?/m, '')
      // MuPDF's progress: "page <file> <n>"
      .replaceAll(`page ${file} 1`, '')
      .trim();
  return { poppler: said(poppler), mupdf: said(mupdf) };
}

const refused: [string, Buffer][] = [
  ['no page (/Count 0)', pdf.noPagesPdf('count-zero')],
  ['kids that are null', pdf.noPagesPdf('null-kids')],
  ['a page tree that loops', pdf.cyclicPageTreePdf()],
  ['content with an unknown filter', pdf.contentFilterPdf('PlateDecode')],
  ['content that does not inflate', pdf.corruptContentPdf()],
  ['content that is not LZW', pdf.contentFilterPdf('LZWDecode', Buffer.from('garbage, not lzw at all \x80\x81\xff\xfe junk', 'latin1'))],
  ['a picture that does not inflate', pdf.scannedPagePdf(['flate', 'broken-flate'])],
  ['a picture with an unknown filter', pdf.scannedPagePdf(['unknown-filter'])],
  ['a picture that is not a JPEG', pdf.scannedPagePdf(['not-a-jpeg'])],
];
const accepted: [string, Buffer][] = [
  ['an ordinary page', makePdf()],
  ['content stored with Flate', pdf.contentFilterPdf('FlateDecode')],
  ['a scan of good pictures', pdf.scannedPagePdf(['flate', 'flate'])],
  ['a scan of good gray pictures', pdf.scannedPagePdf(['flate', 'flate'], 'gray')],
  [
    'a JPEG photo',
    pdf.picturePagePdf({
      dict: '/Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode',
      data: makeJpeg({ width: 64, height: 48 }),
    }),
  ],
  ['an AcroForm with XFA next to it', pdf.xfaPdf('with-acroform')],
  ['encryption that allows everything', pdf.encryptedPdf({ userPassword: '', ownerPassword: 'owner', permissions: -4 })],
];

describe('the reference readers agree with gecc', () => {
  it.each(refused)('both complain about %s', (_, bytes) => {
    const said = complaints(bytes);
    expect(said.poppler, 'poppler').not.toBe('');
    expect(said.mupdf, 'MuPDF').not.toBe('');
  });

  it.each(accepted)('both draw %s without a word', (_, bytes) => {
    expect(complaints(bytes)).toEqual({ poppler: '', mupdf: '' });
  });

  it.each(['shifted-offsets', 'last-offset', 'page-offset', 'bad-startxref', 'no-xref'] as const)(
    'both repair a cross-reference with %s and draw the page',
    (damage) => {
      for (const good of [makePdf({ pages: 2 }), pdf.scannedPagePdf(['flate', 'flate'])]) {
        const said = complaints(pdf.damagedXrefPdf(damage, good));
        expect(said.mupdf).not.toMatch(/cannot draw|^exit/);
        expect(said.poppler).not.toMatch(/^exit/);
      }
    },
  );
});
