/**
 * Reading threads load pdf.js without @napi-rs/canvas (without-canvas.ts): the one matrix type
 * pdf.js's reading code needs is a small one of gecc's. It must compute what the canvas package's
 * DOMMatrix computes, and a PDF whose reading uses it (a Type3 font drawn from picture masks)
 * must get the verdict it gets with the canvas package loaded (readPdf in this thread).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { leaveCanvasUnloaded, Matrix2D } from '../../src/attachments/pdf/without-canvas.js';
import { assemblePdf, streamObject } from '../helpers/hostile-pdf.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';

const open = poolsClosedAfterAll();
const { DOMMatrix } = createRequire(import.meta.url)('@napi-rs/canvas') as {
  DOMMatrix: new (
    init?: number[],
  ) => { a: number; b: number; c: number; d: number; e: number; f: number } & Record<string, (...args: unknown[]) => unknown>;
};
const parts = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) =>
  [m.a, m.b, m.c, m.d, m.e, m.f].map((x) => Number(x.toFixed(9)));

describe('the matrix given to pdf.js in a reading thread', () => {
  const start = [2, 0.5, -1, 3, 10, -4];
  const other = [0.5, 1, 2, -1, 3, 7];
  it.each([
    ['nothing (the identity)', (m: any) => m],
    [
      'scaleSelf(1/8, -1/5) then translateSelf(0, -5), as pdf.js outlines a Type3 glyph',
      (m: any) => m.scaleSelf(1 / 8, -1 / 5).translateSelf(0, -5),
    ],
    ['scaleSelf with one factor', (m: any) => m.scaleSelf(3)],
    ['multiplySelf', (m: any, M: any) => m.multiplySelf(new M(other))],
    ['preMultiplySelf', (m: any, M: any) => m.preMultiplySelf(new M(other))],
    ['invertSelf', (m: any) => m.invertSelf()],
  ])('computes what DOMMatrix computes: %s', (_, steps) => {
    expect(parts(steps(new Matrix2D(start), Matrix2D))).toEqual(parts(steps(new DOMMatrix(start), DOMMatrix) as never));
    expect(parts(steps(new Matrix2D(), Matrix2D))).toEqual(parts(steps(new DOMMatrix(), DOMMatrix) as never));
  });

  it('is never put in place of the canvas package in the main thread', () => {
    expect(() => leaveCanvasUnloaded()).toThrow(/reading threads only/);
  });
});

/** A page of text in a Type3 font whose one glyph is an 8 × 8 picture mask (what pdf.js outlines). */
function type3MaskPdf(): Buffer {
  const mask = Buffer.from([0xff, 0x81, 0xbd, 0xa5, 0xa5, 0xbd, 0x81, 0xff]);
  const glyph = Buffer.concat([
    Buffer.from('8 0 0 0 8 8 d1\nq 8 0 0 8 0 0 cm\nBI /W 8 /H 8 /IM true /BPC 1 ID ', 'latin1'),
    mask,
    Buffer.from('\nEI Q', 'latin1'),
  ]);
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 8 8] /FontMatrix [0.125 0 0 0.125 0 0] /CharProcs << /box 6 0 R >> /Encoding << /Type /Encoding /Differences [97 /box] >> /FirstChar 97 /LastChar 97 /Widths [8] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 3 0 R >> >> /Contents 5 0 R >>',
    streamObject('', Buffer.from('BT /T3 24 Tf 72 700 Td (aaaa) Tj ET', 'latin1')),
    streamObject('', glyph),
  ]);
}

describe('a PDF read in a thread without the canvas package', () => {
  it('a Type3 font drawn from picture masks gets the verdict it gets with the package', async () => {
    const bytes = type3MaskPdf();
    const alone = await readPdf(new Uint8Array(bytes));
    expect(alone).toMatchObject({ kind: 'read', pages: 1 });
    const { sha256: _, ...inThread } = await open({ size: 1, timeoutMs: 20_000 }).read(new Uint8Array(bytes));
    expect(inThread).toEqual(alone);
  });
});
