import { assemblePdf } from '../../src/attachments/pdf/assemble-pdf.js';
/**
 * Hand-built, valid PDF 1.4 files for tests (no library).
 *
 * Layout: 1 catalog, 2 pages tree, 3 Helvetica font, then for every page a page object
 * and its content stream, and optionally one unreferenced padding stream. The xref table
 * carries exact byte offsets.
 */

export interface MakePdfOptions {
  /** Number of pages (default 1, or the length of `text` when it is an array). */
  pages?: number;
  /** Text per page. A string is used on every page; an array gives page i its element i
   *  (falling back to the default). Non-ASCII characters are replaced by "?". */
  text?: string | string[];
  /** Make the file at least this many bytes by adding an unreferenced stream object. */
  padTo?: number;
}

const enc = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Escapes a string for a PDF literal string and keeps it printable ASCII. */
function pdfString(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c > 0x7e) out += '?';
    else if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else out += ch;
  }
  return out;
}

function stream(dict: string, body: Buffer): Buffer {
  return Buffer.concat([enc(`<< ${dict}/Length ${body.length} >>\nstream\n`), body, enc('\nendstream')]);
}

const serialise = (objects: Buffer[]): Buffer => assemblePdf(objects);

interface PageSpec {
  content: string;
  withFont: boolean;
}

function buildPdf(pages: PageSpec[], padBytes: number | null): Buffer {
  const n = pages.length;
  const firstPageObj = 4;
  const kids = pages.map((_, i) => `${firstPageObj + 2 * i} 0 R`).join(' ');
  const objects: Buffer[] = [
    enc('<< /Type /Catalog /Pages 2 0 R >>'),
    enc(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`),
    enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  pages.forEach((p, i) => {
    const pageObj = firstPageObj + 2 * i;
    const resources = p.withFont ? '<< /Font << /F1 3 0 R >> >>' : '<< >>';
    objects.push(enc(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${pageObj + 1} 0 R >>`));
    objects.push(stream('', enc(p.content)));
  });
  if (padBytes !== null) objects.push(stream('', Buffer.alloc(padBytes, 0x20)));
  return serialise(objects);
}

/** Pads by adding an unreferenced stream so that the result has at least `padTo` bytes. */
function padded(pages: PageSpec[], padTo: number | undefined): Buffer {
  const plain = buildPdf(pages, null);
  if (padTo === undefined || plain.length >= padTo) return plain;
  let pad = Math.max(0, padTo - plain.length - 64);
  for (;;) {
    const out = buildPdf(pages, pad);
    if (out.length >= padTo) return out;
    pad += padTo - out.length;
  }
}

/** A valid PDF 1.4 whose pages each show one line of ASCII text in Helvetica. */
export function makePdf(opts: MakePdfOptions = {}): Buffer {
  const texts = opts.text;
  const count = opts.pages ?? (Array.isArray(texts) ? Math.max(1, texts.length) : 1);
  if (!Number.isInteger(count) || count < 1) throw new Error(`makePdf: pages must be >= 1, got ${count}`);
  const pages: PageSpec[] = [];
  for (let i = 0; i < count; i++) {
    const t = Array.isArray(texts) ? (texts[i] ?? `GECC evidence page ${i + 1}`) : (texts ?? `GECC evidence page ${i + 1}`);
    pages.push({ content: `BT\n/F1 14 Tf\n72 770 Td\n(${pdfString(t)}) Tj\nET\n`, withFont: true });
  }
  return padded(pages, opts.padTo);
}

/** A valid one-page PDF whose content only paints a filled rectangle: no text at all
 *  (what a scanned, image-only document looks like to a text extractor). */
export function makeImageOnlyPdf(opts: { padTo?: number } = {}): Buffer {
  return padded([{ content: '0.2 0.4 0.6 rg\n72 72 451 698 re\nf\n', withFont: false }], opts.padTo);
}

/** A one-page PDF with `runs` separate lines of text: slow to read (a dense table, a long list). */
export function makeDenseTextPdf(runs: number): Buffer {
  let content = 'BT\n/F1 6 Tf\n10 830 Td\n';
  for (let i = 0; i < runs; i++) content += `(row ${i} item value ${i * 7}) Tj 0.01 -0.01 Td\n`;
  return buildPdf([{ content: `${content}ET\n`, withFont: true }], null);
}
