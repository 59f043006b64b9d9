/**
 * Broken and hostile PDFs, built byte by byte: what scanners, office suites and attackers
 * produce. Each is small; the compression bomb inflates hugely only when read.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { assemblePdf } from '../../src/attachments/pdf/assemble-pdf.js';
import { makePdf } from './pdf.js';

const enc = (s: string): Buffer => Buffer.from(s, 'latin1');

export { assemblePdf };

export function streamObject(dict: string, body: Buffer): Buffer {
  return Buffer.concat([enc(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, enc('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const PAGE = (contents: number, extra = '') =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R ${extra}>>`;
const TEXT = (text: string) => enc(`BT /F1 14 Tf 72 770 Td (${text}) Tj ET`);

/** Page 1's content is a FlateDecode stream of `inflatedMb` megabytes of spaces. */
export function compressionBombPdf(inflatedMb: number): Buffer {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const parts: Buffer[] = [];
  for (let i = 0; i < inflatedMb; i++) parts.push(chunk);
  // one deflate over the whole run: ~1 KB of output per MB of spaces
  const body = deflateSync(Buffer.concat(parts), { level: 9 });
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5),
    streamObject('/Filter /FlateDecode', body),
  ]);
}

/** A page tree whose kid points back at the tree itself. */
export function cyclicPageTreePdf(): Buffer {
  return assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>', FONT]);
}

/** A catalog marked as a portfolio (/Collection) with one embedded file. */
export function portfolioPdf(): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R /Collection << /Type /Collection >> /Names << /EmbeddedFiles << /Names [(evidence.docx) 6 0 R] >> >> >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5),
    streamObject('', TEXT('Portfolio cover')),
    '<< /Type /Filespec /F (evidence.docx) /UF (evidence.docx) /EF << /F 7 0 R >> >>',
    streamObject('/Type /EmbeddedFile', enc('not really a document')),
  ]);
}

/** An ordinary page with a file attached to the document. */
export function embeddedFilePdf(): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(data.xlsx) 6 0 R] >> >> >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5),
    streamObject('', TEXT('Report with attachment')),
    '<< /Type /Filespec /F (data.xlsx) /UF (data.xlsx) /EF << /F 7 0 R >> >>',
    streamObject('/Type /EmbeddedFile', enc('spreadsheet bytes')),
  ]);
}

/** A fillable form: one text field left as a field. */
export function formFieldPdf(): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5, '/Annots [6 0 R] '),
    streamObject('', TEXT('Readiness form')),
    '<< /Type /Annot /Subtype /Widget /FT /Tx /T (signer) /V (somebody) /Rect [72 700 300 720] /P 4 0 R >>',
  ]);
}

/** A content stream that says FlateDecode but holds garbage. */
export function corruptContentPdf(): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5),
    streamObject('/Filter /FlateDecode', Buffer.from('this is not deflate data at all, just junk bytes')),
  ]);
}

/** A catalog whose page tree is missing altogether. */
export function missingPageTreePdf(): Buffer {
  return assemblePdf(['<< /Type /Catalog /Pages 9 0 R >>']);
}

// ---- the standard security handler, revision 2 (40-bit RC4), enough to make real encrypted files

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (password: string) => Buffer.concat([enc(password), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => parts.reduce((h, p) => h.update(p), createHash('md5')).digest();
function rc4(key: Buffer, data: Buffer): Buffer {
  // RC4 by hand: OpenSSL 3 no longer offers it by default
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/**
 * A one-page PDF encrypted with the standard handler. With a user password it cannot be opened
 * without it; with an empty user password and an owner password it opens but is restricted.
 */
export function encryptedPdf(opts: { userPassword: string; ownerPassword: string; permissions?: number }): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  // default: no print, no copy, no change (bits 3–6 clear); -4 allows everything, -20 all but copying
  const permissions = opts.permissions ?? -64;
  const o = rc4(md5(padded(opts.ownerPassword)).subarray(0, 5), padded(opts.userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(opts.userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(5), TEXT('Restricted evidence page'));
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      FONT,
      PAGE(5),
      streamObject('', content),
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${permissions} >>`,
    ],
    `/Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}] `,
  );
}

/** A valid PDF cut to `fraction` of its length. */
export function truncatedPdf(fraction: number): Buffer {
  const whole = makePdf({ pages: 3, text: 'Truncated evidence' });
  return whole.subarray(0, Math.floor(whole.length * fraction));
}

// ---- pages with no page, pages no reader can draw, XFA forms, damaged cross-references, CID fonts

/** A page tree with no page a reader could show: none counted, none listed, or only nulls listed. */
export function noPagesPdf(tree: 'count-zero' | 'empty-kids' | 'null-kids'): Buffer {
  const pages = {
    'count-zero': '<< /Type /Pages /Kids [] /Count 0 >>',
    'empty-kids': '<< /Type /Pages /Kids [] /Count 1 >>',
    'null-kids': '<< /Type /Pages /Kids [null null] /Count 2 >>',
  }[tree];
  return assemblePdf(['<< /Type /Catalog /Pages 2 0 R >>', pages, FONT]);
}

/** One page whose text content stream names `filter` and holds `body` (default: the text, deflated). */
export function contentFilterPdf(filter: string, body?: Buffer): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5),
    streamObject(`/Filter /${filter}`, body ?? deflateSync(TEXT('Minutes of the quality committee'))),
  ]);
}

/** How an image XObject of a scanned page is stored. */
export type ImageKind = 'flate' | 'broken-flate' | 'unknown-filter' | 'not-a-jpeg' | 'truncated-flate';

/** A 16 × 16 picture (a gradient) in RGB or gray (what most scanners write), stored as `kind` says. */
function imageObject(kind: ImageKind, colour: 'rgb' | 'gray' = 'rgb'): Buffer {
  const pixels = Buffer.alloc(16 * 16 * (colour === 'rgb' ? 3 : 1));
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) & 255;
  const space = colour === 'rgb' ? '/DeviceRGB' : '/DeviceGray';
  const dict = `/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace ${space} /BitsPerComponent 8`;
  const deflated = deflateSync(pixels);
  switch (kind) {
    case 'flate':
      return streamObject(`${dict} /Filter /FlateDecode`, deflated);
    case 'broken-flate':
      return streamObject(`${dict} /Filter /FlateDecode`, Buffer.from('these bytes were never deflated, not an image'));
    case 'truncated-flate':
      return streamObject(`${dict} /Filter /FlateDecode`, deflated.subarray(0, 12));
    case 'unknown-filter':
      return streamObject(`${dict} /Filter /PlateDecode`, deflated);
    case 'not-a-jpeg':
      return streamObject(`${dict} /Filter /DCTDecode`, Buffer.from('Scanned page 1 -- this is a text file, not a JPEG picture'));
  }
}

/** A scanned page (no text): each image drawn side by side. */
export function scannedPagePdf(images: readonly ImageKind[], colour: 'rgb' | 'gray' = 'rgb'): Buffer {
  const names = images.map((_, i) => `/Im${i + 1} ${6 + i} 0 R`).join(' ');
  const draw = images.map((_, i) => `q 200 0 0 200 ${72 + 220 * i} 500 cm /Im${i + 1} Do Q`).join('\n');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << ${names} >> >> /Contents 5 0 R >>`,
    streamObject('', enc(draw)),
    ...images.map((kind) => imageObject(kind, colour)),
  ]);
}

const XFA_TEMPLATE =
  '<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">' +
  '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1" layout="tb" locale="th_TH">' +
  '<pageSet><pageArea name="Page1" id="Page1"><contentArea x="0.25in" y="0.25in" w="8in" h="10.5in"/>' +
  '<medium stock="a4" short="210mm" long="297mm"/></pageArea></pageSet>' +
  '<subform w="8in" h="10in"><draw name="title" w="6in" h="0.5in"><value><text>Readiness self-assessment</text></value></draw>' +
  '<field name="unit" w="6in" h="0.5in"><ui><textEdit/></ui></field></subform></subform></template></xdp:xdp>';
const PLEASE_WAIT =
  'Please wait... If this message is not eventually replaced by the proper contents of the document, your PDF viewer may not be able to display this type of document.';

/**
 * An XFA form. 'xfa-only' is what LiveCycle Designer saves as a dynamic form: the catalog asks for
 * the XFA to be drawn (/NeedsRendering) and the one PDF page is Adobe's "Please wait" placeholder.
 * 'with-acroform' is a static XFA form: ordinary fields and a real page next to the XFA.
 */
export function xfaPdf(kind: 'xfa-only' | 'with-acroform'): Buffer {
  const xfaOnly = kind === 'xfa-only';
  return assemblePdf([
    xfaOnly
      ? '<< /Type /Catalog /Pages 2 0 R /NeedsRendering true /AcroForm << /Fields [] /XFA 6 0 R >> >>'
      : '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [7 0 R] /XFA 6 0 R /DR << /Font << /F1 3 0 R >> >> >> >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    PAGE(5, xfaOnly ? '' : '/Annots [7 0 R] '),
    streamObject('', TEXT(xfaOnly ? PLEASE_WAIT.slice(0, 60) : 'Readiness self-assessment')),
    streamObject('', enc(XFA_TEMPLATE)),
    ...(xfaOnly
      ? []
      : ['<< /Type /Annot /Subtype /Widget /FT /Tx /T (unit) /V (Office) /DA (/F1 10 Tf 0 g) /Rect [72 700 300 720] /P 4 0 R >>']),
  ]);
}

/**
 * A good PDF whose cross-reference is damaged the ways copying and hand-editing damage it:
 * every offset shifted, one offset wrong (the last object's, or the first page's), the startxref
 * pointing nowhere, or the table gone altogether.
 */
export function damagedXrefPdf(
  damage: 'shifted-offsets' | 'last-offset' | 'page-offset' | 'bad-startxref' | 'no-xref',
  good: Buffer = makePdf({ pages: 2, text: 'Evidence with a damaged cross-reference' }),
): Buffer {
  const text = good.toString('latin1');
  const xrefAt = text.lastIndexOf('\nxref\n') + 1;
  switch (damage) {
    case 'shifted-offsets':
      return enc(
        text.slice(0, xrefAt) +
          text.slice(xrefAt).replace(/^(\d{10}) 00000 n/gm, (_, n: string) => `${String(Number(n) + 7).padStart(10, '0')} 00000 n`),
      );
    case 'last-offset': {
      // only the last object is sought in the wrong place: found missing while a page is read, not on opening
      const last = text.lastIndexOf(' 00000 n');
      const offset = Number(text.slice(last - 10, last));
      return enc(`${text.slice(0, last - 10)}${String(offset - 40).padStart(10, '0')}${text.slice(last)}`);
    }
    case 'page-offset': {
      // object 4, the first page, sought in the wrong place
      const entries = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n/gm)];
      const entry = entries[3]!;
      const at = xrefAt + entry.index!;
      return enc(`${text.slice(0, at)}${String(Number(entry[1]) - 40).padStart(10, '0')}${text.slice(at + 10)}`);
    }
    case 'bad-startxref':
      return enc(text.replace(/startxref\n\d+/, 'startxref\n999999'));
    case 'no-xref': {
      const trailerAt = text.indexOf('trailer', xrefAt);
      return enc(`${text.slice(0, xrefAt)}${text.slice(trailerAt).replace(/startxref\n\d+/, 'startxref\n0')}`);
    }
  }
}

/**
 * One page of Japanese text in a font that is not embedded, addressed through a predefined CMap
 * (UniJIS-UCS2-H, Adobe-Japan1): what Japanese and some Chinese office software writes. A reader
 * needs the CMap files to turn the codes into characters.
 */
export function cidFontPdf(): Buffer {
  // テスト文書 (test document) in UCS-2
  const codes = '30C630B930C8658766F8';
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPro-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    PAGE(5),
    streamObject('', enc(`BT /F1 24 Tf 72 770 Td <${codes}> Tj ET`)),
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPro-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPro-Regular /Flags 6 /FontBBox [-195 -272 1110 1075] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 740 /StemV 86 >>',
  ]);
}

/** A scanned page (no text) showing one picture stored as given: the bytes and their dictionary entries. */
export function picturePagePdf(picture: { dict: string; data: Buffer }): Buffer {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    streamObject('', enc('q 451 0 0 698 72 72 cm /Im1 Do Q')),
    streamObject(`/Type /XObject /Subtype /Image ${picture.dict}`, picture.data),
  ]);
}

/**
 * A one-page PDF whose page draws one image XObject declaring `width` × `height` pixels of
 * `colorSpace`, with only a few rows of (deflated white) data: what is declared, not what is
 * stored, is what a viewer allocates.
 */
export function declaredImagePdf(opts: { width: number; height: number; colorSpace?: 'DeviceGray' | 'DeviceRGB'; rows?: number }): Buffer {
  const { width, height } = opts;
  const colorSpace = opts.colorSpace ?? 'DeviceGray';
  const rowBytes = width * (colorSpace === 'DeviceGray' ? 1 : 3);
  const data = deflateSync(Buffer.alloc(rowBytes * Math.min(height, opts.rows ?? 4), 0xff));
  const draw = enc('q 595 0 0 842 0 0 cm /Im1 Do Q');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    streamObject('', draw),
    streamObject(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${colorSpace} /BitsPerComponent 8 /Filter /FlateDecode`,
      data,
    ),
  ]);
}

/** An ordinary PDF after `junk` bytes (a mail header, a download tool's prefix): its offsets count from "%PDF". */
export function leadingBytesPdf(junk: Buffer): Buffer {
  return Buffer.concat([junk, makePdf({ text: 'Evidence after a mail header' })]);
}

/**
 * A page tree whose every level lists the next level twice in /Kids: `depth` + 5 objects
 * declaring 2^depth pages (page 1 is real). pdf-parse walked every page number before reading
 * page 1 (35 s for depth 30); poppler refuses it at once ("page count larger than number of objects").
 */
export function sharedPageTreePdf(depth: number): Buffer {
  const first = 6;
  const levels = Array.from({ length: depth }, (_, k) => {
    const next = k === depth - 1 ? 4 : first + k + 1;
    return `<< /Type /Pages /Kids [${next} 0 R ${next} 0 R] /Count ${2 ** (depth - k)} >>`;
  });
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${first} 0 R] /Count ${2 ** depth} >>`,
    FONT,
    `<< /Type /Page /Parent ${first + depth - 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>`,
    streamObject('', TEXT('Shared page tree')),
    ...levels,
  ]);
}

/** How a page that draws nothing came to be. */
export type BlankPage =
  /** a page with no /Contents: blank by design, drawn white by every viewer */
  | 'no-contents'
  /** a page whose text shows only spaces */
  | 'spaces-only'
  /** a page-tree node with no /Kids at all, which pdf.js takes for a page and MuPDF cannot find */
  | 'node-without-kids'
  /** a kid that is neither a page nor a node (no /Type, no /Kids): pdf.js takes it for a page */
  | 'untyped-kid'
  /**
   * /Pages names the outline (bookmarks), whose one item is its own next and previous: pdf.js takes
   * the outline for a page; poppler says "Kids object (page 1) is wrong type", MuPDF "malformed page tree"
   */
  | 'outline-as-page-tree';

/** A one-page PDF whose page draws nothing, as `kind` says. */
export function blankPagePdf(kind: BlankPage): Buffer {
  const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
  switch (kind) {
    case 'no-contents':
      return assemblePdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
    case 'spaces-only':
      return assemblePdf([catalog, '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', FONT, PAGE(5), streamObject('', TEXT('    '))]);
    case 'node-without-kids':
      return assemblePdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Count 0 >>']);
    case 'untyped-kid':
      return assemblePdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
    case 'outline-as-page-tree':
      return assemblePdf([
        '<< /Type /Catalog /Pages 2 0 R /Outlines 2 0 R >>',
        '<< /Type /Outlines /First 3 0 R /Last 3 0 R /Count 1 >>',
        '<< /Title (Chapter 1) /Parent 2 0 R /Next 3 0 R /Prev 3 0 R >>',
      ]);
  }
}
