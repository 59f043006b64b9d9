/**
 * In a reading thread, a plain RGB JPEG inside a PDF is checked by libjpeg (native-jpeg.ts) before
 * pdf.js would decode it in JavaScript, as pdf.js in a browser hands it to the browser's decoder.
 * A picture libjpeg decodes without a warning is one poppler and MuPDF show; anything else is left
 * to pdf.js's own decoder, whose verdict it then is (readPdf in this thread, where no such decoder
 * is installed, gives the verdict of pdf.js alone). The one known difference is at the end.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { installNativeJpeg, JpegCheckingDecoder } from '../../src/attachments/pdf/native-jpeg.js';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { tempDir } from '../helpers/application.js';
import { picturePagePdf } from '../helpers/hostile-pdf.js';
import { makeJpeg, withHeaderJunk, withoutHuffmanTables, withScanDataCut, withStrayMarker } from '../helpers/jpeg.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';
import { skipWithout } from '../helpers/reference-tools.js';

const open = poolsClosedAfterAll();
const photo = makeJpeg({ width: 320, height: 240 });
const rgbPage = (data: Buffer, width = 320, height = 240) =>
  picturePagePdf({ dict: `/Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, data });
const withoutHash = ({ sha256: _, ...verdict }: { sha256?: string; [key: string]: unknown }) => verdict;

describe('the JPEG checking decoder', () => {
  it('takes a good JPEG and hands back a picture without pixels that can be closed', async () => {
    const decoded = await new JpegCheckingDecoder({ data: new Uint8Array(photo), type: 'image/jpeg' }).decode();
    expect(() => decoded.image.close()).not.toThrow();
  });

  it.each([
    ['its compressed data cut short', withScanDataCut(photo)],
    ['a stray marker in its data', withStrayMarker(photo)],
    ['no Huffman tables', withoutHuffmanTables(photo)],
    ['junk between its headers', withHeaderJunk(photo, 'between')],
    ['text bytes', Buffer.from('Scanned page 1 -- this is a text file, not a JPEG picture')],
  ])('leaves a JPEG with %s to pdf.js (it refuses to decode it)', async (_, bytes) => {
    await expect(new JpegCheckingDecoder({ data: new Uint8Array(bytes), type: 'image/jpeg' }).decode()).rejects.toThrow();
  });

  it('says it decodes JPEG only (pdf.js also asks about BMP)', async () => {
    expect(await JpegCheckingDecoder.isTypeSupported('image/jpeg')).toBe(true);
    expect(await JpegCheckingDecoder.isTypeSupported('image/bmp')).toBe(false);
  });

  it('is never installed in the main thread', () => {
    expect(() => installNativeJpeg()).toThrow(/reading threads only/);
    expect('ImageDecoder' in globalThis).toBe(false);
  });
});

describe('a PDF with a JPEG picture, read in a thread, gets the verdict pdf.js alone gives', () => {
  it.each([
    ['a good photo', rgbPage(photo)],
    ['a photo with junk between its headers', rgbPage(withHeaderJunk(photo, 'between'))],
    ['a photo with fill bytes before a header', rgbPage(withHeaderJunk(photo, 'fill'))],
    ['a photo cut short', rgbPage(withScanDataCut(photo))],
    ['a photo with a stray marker', rgbPage(withStrayMarker(photo))],
    ['a photo without Huffman tables', rgbPage(withoutHuffmanTables(photo))],
    ['text bytes that say they are a JPEG', rgbPage(Buffer.from('Scanned page 1 -- this is a text file, not a JPEG picture'), 16, 16)],
  ])('%s', async (_, pdf) => {
    const pool = open({ size: 1, timeoutMs: 20_000 });
    const alone = await readPdf(new Uint8Array(pdf));
    expect(withoutHash(await pool.read(new Uint8Array(pdf)))).toEqual(alone);
  });

  it('the good photo is usable and the text bytes are a broken page (the two ends of the table above)', async () => {
    expect(await readPdf(new Uint8Array(rgbPage(photo)))).toMatchObject({ kind: 'read', textChars: 0 });
    expect(await readPdf(new Uint8Array(rgbPage(Buffer.from('not a JPEG at all'), 16, 16)))).toMatchObject({
      kind: 'page-broken',
      page: 1,
    });
  });
});

describe('the known difference: a picture libjpeg shows and pdf.js alone refuses', () => {
  // a photo whose compressed data has a bad Huffman code in it: libjpeg (djpeg, poppler) says
  // "Corrupt JPEG data: bad Huffman code" and draws it with a shifted band, MuPDF draws it too,
  // sharp reports nothing; pdf.js's own decoder gives up ("invalid huffman sequence")
  const badCode = rgbPage(fs.readFileSync(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'bad-huffman-code.jpg')), 320);
  const page = picturePageFor(badCode);

  it('is usable in a reading thread, as the reference readers show it', async () => {
    expect(await readPdf(new Uint8Array(badCode))).toMatchObject({ kind: 'page-broken', page: 1 });
    expect(await open({ size: 1, timeoutMs: 20_000 }).read(new Uint8Array(badCode))).toMatchObject({ kind: 'read', textChars: 0 });
  });

  it('both reference readers draw it', (ctx) => {
    skipWithout(ctx, 'pdftoppm', 'mutool');
    const poppler = spawnSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', page, path.join(path.dirname(page), 'p')], {
      encoding: 'utf8',
    });
    const mupdf = spawnSync('mutool', ['draw', '-o', path.join(path.dirname(page), 'm.png'), page, '1'], { encoding: 'utf8' });
    expect([poppler.status, mupdf.status]).toEqual([0, 0]);
  });
});

function picturePageFor(pdf: Buffer): string {
  // removed after all tests, with the pools (poolsClosedAfterAll)
  const file = path.join(tempDir(), 'page.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}
