import { describe, expect, it } from 'vitest';
import { declaredObjects } from '../../src/attachments/pdf/declared-objects.js';
import { assemblePdf, declaredImagePdf, sharedPageTreePdf } from '../helpers/hostile-pdf.js';
import { makePdf } from '../helpers/pdf.js';

describe('declaredObjects: what a PDF says about itself, before pdf.js reads it', () => {
  it('counts object headers, and the objects object streams say they hold', () => {
    expect(declaredObjects(makePdf({ pages: 3 }))).toEqual({ objects: 3 + 2 * 3 });
    // the page-tree case: 35 objects for 2^30 pages
    expect(declaredObjects(sharedPageTreePdf(30)).objects).toBe(35);
    const withObjectStream = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /ObjStm /N 40 /First 300 /Length 0 >>\nstream\n\nendstream',
    ]);
    expect(declaredObjects(withObjectStream).objects).toBe(2 + 40);
    // "endobj" and "obj" inside a name are not headers
    expect(declaredObjects(assemblePdf(['<< /Type /Catalog /Pages 2 0 R /Kobj 1 >>'])).objects).toBe(1);
  });

  it('reads an image dictionary, written directly or through references, and not a ProcSet name', () => {
    expect(declaredObjects(declaredImagePdf({ width: 2480, height: 3508 })).largestImage).toEqual({
      width: 2480,
      height: 3508,
      bytesToShow: 2480 * 3508 * 4,
    });
    const referenced = assemblePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 /ProcSet [/PDF /ImageB /ImageC] >>',
      '40000',
      '30000',
      '<< /Type /XObject /Subtype/Image /Width 3 0 R /Height 4 0 R /ColorSpace /DeviceCMYK /BitsPerComponent 16 /Length 0 >>\nstream\n\nendstream',
    ]);
    // 16-bit CMYK: 8 bytes a pixel, more than the 4 of RGBA
    expect(declaredObjects(referenced).largestImage).toEqual({ width: 40_000, height: 30_000, bytesToShow: 40_000 * 30_000 * 8 });
    expect(declaredObjects(assemblePdf(['<< /ProcSet [/ImageB /ImageI] /Width 99999 /Height 99999 >>'])).largestImage).toBeUndefined();
  });

  it('stays linear on a file made of hundreds of thousands of tiny images sharing one referenced width', () => {
    const one = '1 0 obj << /Type /XObject /Subtype /Image /Width 5 0 R /Height 10 >> endobj\n';
    const flood = Buffer.from(`%PDF-1.7\n${one.repeat(100_000)}5 0 obj 100 endobj\n`, 'latin1');
    // 7.6 MB: ~0.2 s on a loaded 2-core machine (it was minutes before each object was read once)
    expect(declaredObjects(flood)).toEqual({ objects: 100_001, largestImage: { width: 100, height: 10, bytesToShow: 4000 } });
  });
});
