/** Real JPEG (via jpeg-js) and hand-built PNG files for tests. */
import jpeg from 'jpeg-js';
import { deflateSync } from 'node:zlib';

export interface MakeJpegOptions {
  /** Width in pixels (default 16). */
  width?: number;
  /** Height in pixels (default 16). */
  height?: number;
  /** Seed of the deterministic pixel pattern (default 1). */
  seed?: number;
  /** Make the file at least this many bytes by appending bytes AFTER the end-of-image
   *  marker, as phone cameras do. */
  padTo?: number;
}

/** Deterministic RGBA pixels: a gradient plus a little seeded noise. */
function pixels(width: number, height: number, seed: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let s = seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / Math.max(1, width - 1);
      data[i + 1] = (y * 255) / Math.max(1, height - 1);
      data[i + 2] = (s >>> 24) & 0xff;
      data[i + 3] = 0xff;
    }
  }
  return data;
}

/** A valid baseline JPEG (starts FF D8 FF, ends FF D9 unless padded). */
export function makeJpeg(opts: MakeJpegOptions = {}): Buffer {
  const width = opts.width ?? 16;
  const height = opts.height ?? 16;
  const img = jpeg.encode({ data: pixels(width, height, opts.seed ?? 1), width, height }, 80);
  const out = Buffer.from(img.data);
  if (opts.padTo === undefined || out.length >= opts.padTo) return out;
  return Buffer.concat([out, Buffer.alloc(opts.padTo - out.length, 0)]);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO-HDLC, as PNG uses). */
export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A minimal valid RGB PNG (default 4×4), built by hand: for "renamed PNG" tests. */
export function makePng(opts: { width?: number; height?: number } = {}): Buffer {
  const width = opts.width ?? 4;
  const height = opts.height ?? 4;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 60) & 0xff;
      raw[row + 2 + x * 3] = (y * 60) & 0xff;
      raw[row + 3 + x * 3] = 0x80;
    }
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
