import Module from 'node:module';
import { isMainThread } from 'node:worker_threads';

/**
 * A 2-D DOMMatrix, [a c e; b d f; 0 0 1], with the operations pdf.js's reading code calls: its
 * Type3 glyph outlines (scaleSelf, translateSelf) and one matrix made when it loads. The rest of
 * pdf.js's uses are in drawing to a canvas, which a reading thread never does.
 */
export class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: readonly number[]) {
    if (init) [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
  }

  /** this × other */
  multiplySelf(other: Matrix2D): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * other.a + c * other.b;
    this.b = b * other.a + d * other.b;
    this.c = a * other.c + c * other.d;
    this.d = b * other.c + d * other.d;
    this.e = a * other.e + c * other.f + e;
    this.f = b * other.e + d * other.f + f;
    return this;
  }

  /** other × this */
  preMultiplySelf(other: Matrix2D): this {
    const copy = new Matrix2D([other.a, other.b, other.c, other.d, other.e, other.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new Matrix2D([sx, 0, 0, sy, 0, 0]));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new Matrix2D([1, 0, 0, 1, tx, ty]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
      return this;
    }
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
}

/** the package pdf.js loads in Node for DOMMatrix, ImageData and Path2D */
const CANVAS = '@napi-rs/canvas';

/**
 * pdf.js, when it loads in Node, loads @napi-rs/canvas (Skia: ~25 MB of memory) for DOMMatrix,
 * ImageData and Path2D, which it needs only to draw pages onto a canvas. A reading thread draws
 * none: it gets the small matrix above, and pdf.js is told that the package is not there (it then
 * prints that it cannot load it and cannot stand in for ImageData and Path2D, which nothing read
 * here uses). Never in the main thread, whose modules and globals a library user owns.
 */
export function leaveCanvasUnloaded(): void {
  if (isMainThread) throw new Error('the canvas package is left out in reading threads only');
  const globals = globalThis as { DOMMatrix?: unknown };
  globals.DOMMatrix ??= Matrix2D;
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const load = loader._load;
  loader._load = function loadAllButCanvas(this: unknown, request: string, ...rest: unknown[]) {
    if (request === CANVAS || request.startsWith(`${CANVAS}/`)) throw new Error(`${CANVAS} is not loaded in a reading thread`);
    return load.call(this, request, ...rest);
  };
}
