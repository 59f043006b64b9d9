import { isMainThread, MessageChannel } from 'node:worker_threads';
import { decodeJpeg } from '../jpeg/decode-jpeg.js';
import { walkJpeg } from '../jpeg/walk-jpeg.js';
import { PICTURE_BUDGET_PIXELS } from './draw-page.js';

/**
 * pdf.js decodes the JPEG pictures in a PDF in JavaScript, at full size: ~65 ns and ~9 bytes a
 * pixel, most of a first check's time and memory. Where a browser has one, pdf.js hands a plain
 * RGB JPEG to the browser's own decoder instead (WebCodecs' ImageDecoder). This is that decoder
 * for the PDF threads, built on libjpeg-turbo (sharp, at 1/8 scale: every coefficient is still
 * entropy-decoded, where damage shows), the library poppler and MuPDF are built on too.
 *
 * Only a clean decode is taken: when libjpeg fails or warns, decode() throws, pdf.js says so in a
 * warning and falls back to its own decoder, so that a damaged picture is judged exactly as it was
 * before (see draw-page.ts). The picture handed back carries no pixels: nothing here draws them.
 */
/** baseline, extended and progressive Huffman-coded frames (SOF0–SOF2) */
const ORDINARY_CODINGS = new Set([0xc0, 0xc1, 0xc2]);

export class JpegCheckingDecoder {
  readonly #data: Uint8Array;

  static isTypeSupported(type: string): Promise<boolean> {
    // pdf.js also asks for BMP, to shrink pictures on an OffscreenCanvas (never on in a PDF thread)
    return Promise.resolve(type === 'image/jpeg');
  }

  constructor({ data }: { data: Uint8Array; type: string }) {
    this.#data = data;
  }

  async decode(): Promise<{ image: { close(): void } }> {
    // a Buffer over the same memory: sharp does not take the views of the memory meter's
    // Uint8Array (memory-meter.ts) for bytes ("Unsupported input")
    const bytes = Buffer.from(this.#data.buffer, this.#data.byteOffset, this.#data.byteLength);
    // libjpeg-turbo makes up for some things pdf.js refuses (missing Huffman tables, arithmetic
    // coding, junk between segments): only an ordinary 8-bit Huffman JPEG is taken
    const walk = walkJpeg(bytes);
    if (!walk.ok || walk.missingTables || walk.junk.length > 0 || walk.frame.precision !== 8 || !ORDINARY_CODINGS.has(walk.frame.marker))
      throw new Error('left to pdf.js');
    const result = await decodeJpeg(bytes, PICTURE_BUDGET_PIXELS);
    if (result.kind !== 'decoded' || result.warnings.length > 0) throw new Error('left to pdf.js');
    // pdf.js transfers the picture to its other side: a message port is transferable and closable
    const { port1, port2 } = new MessageChannel();
    port2.close();
    return { image: port1 };
  }

  close(): void {}
}

/**
 * Installs the decoder in this thread, before pdf.js loads (it looks for one once). Never in the
 * main thread, whose globals a library user owns.
 */
export function installNativeJpeg(): void {
  if (isMainThread) throw new Error('the JPEG checking decoder is installed in reading threads only');
  (globalThis as { ImageDecoder?: unknown }).ImageDecoder = JpegCheckingDecoder;
}
