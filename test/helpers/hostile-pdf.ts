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
export function encryptedPdf(opts: { userPassword: string; ownerPassword: string }): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -64; // no print, no copy, no change (bits 3–6 clear)
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
