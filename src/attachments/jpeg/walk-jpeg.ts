/** What walking a JPEG's segments found. */
export type JpegWalk =
  | { ok: true; width: number; height: number /** bytes after the end marker (phones add some) */; trailing: number }
  | { ok: false; problem: 'truncated' | 'damaged' /** where the walk stopped */; offset: number };

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** markers that stand alone, without a length: TEM, RST0–7 (SOI and EOI are handled apart) */
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
/** start-of-frame markers, which carry the picture's size (C4, C8 and CC are other tables) */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * Walks a JPEG from its start marker, segment by segment and through the compressed data, to
 * its end marker. Reading the first bytes only tells a JPEG from other files; this tells a
 * whole picture from a truncated or damaged one. Linear in the size, no decoding.
 */
export function walkJpeg(bytes: Uint8Array): JpegWalk {
  const damaged = (offset: number): JpegWalk => ({ ok: false, problem: 'damaged', offset });
  const truncated = (offset: number): JpegWalk => ({ ok: false, problem: 'truncated', offset });
  if (bytes.length < 2 || bytes[0] !== 0xff || bytes[1] !== SOI) return damaged(0);
  let pos = 2;
  let width = 0;
  let height = 0;
  let scans = 0;
  for (;;) {
    if (pos >= bytes.length) return truncated(pos);
    if (bytes[pos] !== 0xff) return damaged(pos);
    // any number of 0xFF fill bytes may come before a marker
    while (pos < bytes.length && bytes[pos] === 0xff) pos++;
    if (pos >= bytes.length) return truncated(pos);
    const marker = bytes[pos]!;
    const markerAt = pos - 1;
    pos++;
    if (marker === EOI) {
      if (scans === 0 || width === 0) return damaged(markerAt);
      return { ok: true, width, height, trailing: bytes.length - pos };
    }
    if (marker === SOI || marker === 0x00) return damaged(markerAt);
    if (standsAlone(marker)) continue;
    if (pos + 2 > bytes.length) return truncated(pos);
    const length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    if (length < 2) return damaged(pos);
    const end = pos + length;
    if (end > bytes.length) return truncated(bytes.length);
    if (isFrame(marker)) {
      if (length < 8) return damaged(pos);
      height = (bytes[pos + 3]! << 8) | bytes[pos + 4]!;
      width = (bytes[pos + 5]! << 8) | bytes[pos + 6]!;
      if (width === 0) return damaged(pos);
    }
    pos = end;
    if (marker !== SOS) continue;
    if (width === 0) return damaged(markerAt);
    scans++;
    // compressed data: runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker
    for (;;) {
      const ff = bytes.indexOf(0xff, pos);
      if (ff < 0 || ff + 1 >= bytes.length) return truncated(bytes.length);
      const next = bytes[ff + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        pos = next === 0xff ? ff + 1 : ff + 2;
        continue;
      }
      pos = ff;
      break;
    }
  }
}
