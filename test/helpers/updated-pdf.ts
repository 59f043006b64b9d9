/**
 * A linearized PDF with an incremental update appended by hand, as an annotating tool saves a
 * note: page 1 written again with no /Contents and one FreeText annotation, and the update's
 * cross-reference an uncompressed XRef stream whose /Prev points back into the linearized original.
 *
 * The original, `test/fixtures/linearized-two-pages.pdf`, was made by qpdf 11.3:
 *   makePdf({ pages: 2, text: ['Minutes of the service committee', 'Page two of the minutes'] })
 *   written to two-pages.pdf, then
 *   qpdf --linearize --deterministic-id two-pages.pdf linearized-two-pages.pdf
 * (`qpdf --check` says "File is linearized" and finds no error: test/attachments/pdf-annotations.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';

export function linearizedPdf(): Buffer {
  return readFileSync(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'linearized-two-pages.pdf'));
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** How the updated page 1 carries its note. */
export type NoteKind =
  /** a FreeText annotation as most tools write it: with its appearance stream (/AP) */
  | 'with-appearance'
  /** a FreeText annotation with only its text and default appearance (/DA): viewers draw it themselves */
  | 'without-appearance'
  /** the same, marked hidden (/F 2): no viewer shows it */
  | 'hidden'
  /** no annotation: page 1 is left blank */
  | 'none';

/** The linearized original with page 1 replaced by a page without /Contents that carries a note. */
export function updatedLinearizedPdf(note: NoteKind, original: Buffer = linearizedPdf()): Buffer {
  const text = original.toString('latin1');
  const firstPage = Number(/\/Linearized\s+1\b[^>]*\/O\s+(\d+)/.exec(text)![1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(text)![1]!;
  const size = Number(/\/Size\s+(\d+)/.exec(text)![1]);
  const prev = Number([...text.matchAll(/startxref\s+(\d+)/g)].at(-1)![1]);
  const page = new RegExp(`\\n${firstPage} 0 obj\\s*(<<[^]*?>>)\\s*endobj`).exec(text)![1]!;
  const parent = /\/Parent\s+(\d+\s+\d+\s+R)/.exec(page)![1]!;
  const font = /\/Font\s*<<\s*\/F1\s+(\d+\s+\d+\s+R)/.exec(page)![1]!;

  const parts: Buffer[] = [original.at(-1) === 0x0a ? original : Buffer.concat([original, latin1('\n')])];
  let offset = parts[0]!.length;
  const offsets = new Map<number, number>();
  const add = (number: number, body: string) => {
    offsets.set(number, offset);
    const chunk = latin1(`${number} 0 obj\n${body}\nendobj\n`);
    parts.push(chunk);
    offset += chunk.length;
  };
  const annot = size;
  const appearance = size + 1;
  add(
    firstPage,
    `<< /Type /Page /Parent ${parent} /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} >> >>${note === 'none' ? '' : ` /Annots [${annot} 0 R]`} >>`,
  );
  if (note !== 'none') {
    const flags = note === 'hidden' ? 2 : 4;
    const ap = note === 'with-appearance' ? ` /AP << /N ${appearance} 0 R >>` : '';
    add(
      annot,
      `<< /Type /Annot /Subtype /FreeText /Rect [72 700 400 760] /Contents (Checked by the unit head) /DA (/Helv 14 Tf 0 g) /F ${flags}${ap} >>`,
    );
    if (note === 'with-appearance') {
      const content = 'BT /F1 14 Tf 4 30 Td (Checked by the unit head) Tj ET';
      add(
        appearance,
        `<< /Type /XObject /Subtype /Form /BBox [0 0 328 60] /Resources << /Font << /F1 ${font} >> >> /Length ${content.length} >>\nstream\n${content}\nendstream`,
      );
    }
  }
  // the update's cross-reference: an XRef stream, stored uncompressed (no /Filter)
  const xref = size + 2;
  offsets.set(xref, offset);
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  const index: number[] = [];
  const rows: Buffer[] = [];
  for (const number of numbers) {
    if (index.length > 0 && index.at(-2)! + index.at(-1)! === number) index[index.length - 1]!++;
    else index.push(number, 1);
    const row = Buffer.alloc(7);
    row[0] = 1;
    row.writeUInt32BE(offsets.get(number)!, 1);
    rows.push(row);
  }
  const data = Buffer.concat(rows);
  parts.push(
    latin1(
      `${xref} 0 obj\n<< /Type /XRef /Size ${xref + 1} /Root ${root} /Prev ${prev} /W [1 4 2] /Index [${index.join(' ')}] /Length ${data.length} >>\nstream\n`,
    ),
    data,
    latin1(`\nendstream\nendobj\nstartxref\n${offset}\n%%EOF\n`),
  );
  return Buffer.concat(parts);
}
