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
function crc32(buf: Uint8Array): number {
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

export interface MakePhotoOptions {
  width?: number;
  height?: number;
  /** written scan by scan, as web tools save (default false) */
  progressive?: boolean;
  /** CMYK, as print workflows and some scanners save (default false) */
  cmyk?: boolean;
  /** EXIF orientation, as phones write (6: rotated 90°) */
  orientation?: number;
  /** chroma subsampling (default 4:2:0, as phones save) */
  chroma?: '4:2:0' | '4:4:4';
}

/** A photo-like JPEG as cameras and tools write it, encoded by libjpeg (sharp). */
export async function makePhoto(opts: MakePhotoOptions = {}): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const width = opts.width ?? 96;
  const height = opts.height ?? 64;
  let image = sharp(pixels(width, height, 7), { raw: { width, height, channels: 4 } }).removeAlpha();
  if (opts.cmyk) image = image.toColourspace('cmyk');
  if (opts.orientation !== undefined) image = image.withMetadata({ orientation: opts.orientation });
  return image.jpeg({ quality: 85, progressive: opts.progressive ?? false, chromaSubsampling: opts.chroma ?? '4:2:0' }).toBuffer();
}

/** Where each segment of a JPEG's header stands, up to and including the first scan's header. */
export function jpegSegments(jpeg: Buffer): { marker: number; at: number; end: number }[] {
  const out: { marker: number; at: number; end: number }[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length) {
    const marker = jpeg[at + 1]!;
    const end = at + 2 + jpeg.readUInt16BE(at + 2);
    out.push({ marker, at, end });
    if (marker === 0xda) break;
    at = end;
  }
  return out;
}

const segment = (jpeg: Buffer, marker: number) => {
  const found = jpegSegments(jpeg).find((s) => s.marker === marker);
  if (!found) throw new Error(`no segment FF ${marker.toString(16)}`);
  return found;
};
const FRAME_MARKERS = [0xc0, 0xc1, 0xc2];
const frameOf = (jpeg: Buffer) => jpegSegments(jpeg).find((s) => FRAME_MARKERS.includes(s.marker))!;

/** The same JPEG without its Huffman tables (DHT segments), like a frame cut from a Motion-JPEG video. */
export function withoutHuffmanTables(jpeg: Buffer): Buffer {
  const parts = [jpeg.subarray(0, 2)];
  const segments = jpegSegments(jpeg);
  for (const s of segments) if (s.marker !== 0xc4) parts.push(jpeg.subarray(s.at, s.end));
  parts.push(jpeg.subarray(segments.at(-1)!.end));
  return Buffer.concat(parts);
}

/** The same JPEG with its frame relabelled: e.g. 0xC3 (lossless), 0xC9 (arithmetic), precision 12. */
export function withFrame(jpeg: Buffer, change: { marker?: number; precision?: number; width?: number; height?: number }): Buffer {
  const copy = Buffer.from(jpeg);
  const frame = frameOf(copy);
  if (change.marker !== undefined) copy[frame.at + 1] = change.marker;
  if (change.precision !== undefined) copy[frame.at + 4] = change.precision;
  if (change.height !== undefined) copy.writeUInt16BE(change.height, frame.at + 5);
  if (change.width !== undefined) copy.writeUInt16BE(change.width, frame.at + 7);
  return copy;
}

/** Bytes put in front of the frame segment: a garbage APP segment, 0xFF fill bytes, or bare junk between segments. */
export function withHeaderJunk(jpeg: Buffer, kind: 'app-garbage' | 'fill' | 'between'): Buffer {
  const at = frameOf(jpeg).at;
  const garbage = Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37 + 11) & 0xff));
  const junk =
    kind === 'app-garbage'
      ? Buffer.concat([Buffer.from([0xff, 0xef, 0x00, garbage.length + 2]), garbage])
      : kind === 'fill'
        ? Buffer.alloc(12, 0xff)
        : Buffer.from([0x00, 0x00, 0x41, 0x42]);
  return Buffer.concat([jpeg.subarray(0, at), junk, jpeg.subarray(at)]);
}

/** The middle of the compressed data cut out, end marker kept: the lower part of the picture is missing. */
export function withScanDataCut(jpeg: Buffer): Buffer {
  const start = segment(jpeg, 0xda).end;
  const middle = start + Math.floor((jpeg.length - 2 - start) / 2);
  return Buffer.concat([jpeg.subarray(0, middle), jpeg.subarray(jpeg.length - 2)]);
}

/** A stray marker (FF D3, a restart marker) put into the middle of the compressed data. */
export function withStrayMarker(jpeg: Buffer): Buffer {
  const start = segment(jpeg, 0xda).end;
  const middle = start + Math.floor((jpeg.length - 2 - start) / 2);
  return Buffer.concat([jpeg.subarray(0, middle), Buffer.from([0xff, 0xd3]), jpeg.subarray(middle)]);
}

/** A progressive JPEG whose scans repeat `times` times: decoders refuse the repeated scans. */
export function withRepeatedScans(jpeg: Buffer, times: number): Buffer {
  let last = -1;
  for (let i = jpeg.length - 2; i > 1; i--) {
    if (jpeg[i] === 0xff && jpeg[i + 1] === 0xda) {
      last = i;
      break;
    }
  }
  const scan = jpeg.subarray(last, jpeg.length - 2);
  return Buffer.concat([jpeg.subarray(0, jpeg.length - 2), ...Array.from({ length: times }, () => scan), jpeg.subarray(jpeg.length - 2)]);
}

/** Zero bytes after the compressed data of a progressive JPEG's first scan: libjpeg skips them with a warning. */
export function withBytesAfterFirstScan(jpeg: Buffer, count: number): Buffer {
  let at = segment(jpeg, 0xda).end;
  while (!(jpeg[at] === 0xff && jpeg[at + 1] !== 0x00 && !(jpeg[at + 1]! >= 0xd0 && jpeg[at + 1]! <= 0xd7))) at++;
  return Buffer.concat([jpeg.subarray(0, at), Buffer.alloc(count, 0), jpeg.subarray(at)]);
}

/** The first `fraction` of a JPEG's bytes: a copy or download that stopped before the end. */
export function cutShort(jpeg: Buffer, fraction: number): Buffer {
  return jpeg.subarray(0, Math.floor(jpeg.length * fraction));
}
