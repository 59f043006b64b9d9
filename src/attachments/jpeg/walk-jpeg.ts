/** The picture's frame, as its start-of-frame segment declares it. */
export interface JpegFrame {
  /** C0 baseline, C1 extended, C2 progressive, C3 lossless, C5–C7 hierarchical, C9–CF arithmetic, F7 JPEG-LS */
  marker: number;
  /** bits per sample: 8 in every JPEG a browser shows */
  precision: number;
  width: number;
  height: number;
  /** where the start-of-frame marker stands */
  offset: number;
}

/** Bytes that stand between two segments of the header, which decoders skip. */
interface JpegJunk {
  offset: number;
  /** as libjpeg counts them: each byte other than 0xFF, and 2 for each 0xFF…00 */
  bytes: number;
  /** the marker the junk stands before */
  before: number;
}

/** What the segments up to and including the first scan's data declare about the picture. */
export interface JpegPicture {
  frame: JpegFrame;
  /** scans begun (the last may be cut short) */
  scans: number;
  /** where the first scan's compressed data begins: the bytes before it are the whole header */
  dataAt: number;
  /** a scan uses a Huffman table that no DHT segment before it defines */
  missingTables: boolean;
  junk: JpegJunk[];
}

/** What walking a JPEG's segments found. */
export type JpegWalk =
  | ({
      ok: true;
      width: number;
      height: number;
      /** bytes after the end marker (phones add some) */
      trailing: number;
    } & JpegPicture)
  | {
      ok: false;
      problem: 'truncated' | 'damaged';
      /** where the walk stopped */
      offset: number;
      /** cut short after its picture data began: what was declared up to there (decoders show the rows they have) */
      picture?: JpegPicture;
    };

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DHT = 0xc4;

/** markers that stand alone, without a length: TEM, RST0–7 (SOI and EOI are handled apart) */
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
/** start-of-frame markers, which carry the picture's size (C4, C8 and CC are other tables); F7 is JPEG-LS's */
const isFrame = (marker: number) =>
  (marker >= 0xc0 && marker <= 0xcf && marker !== DHT && marker !== 0xc8 && marker !== 0xcc) || marker === 0xf7;
/** frames whose scans are Huffman-coded and so need Huffman tables */
const usesHuffman = (marker: number) => marker === 0xc0 || marker === 0xc1 || marker === 0xc2 || marker === 0xc3;

/**
 * Walks a JPEG from its start marker, segment by segment and through the compressed data, to
 * its end marker. Reading the first bytes only tells a JPEG from other files; this tells a
 * whole picture from a truncated or damaged one. Linear in the size, no decoding. Bytes between
 * header segments are skipped as libjpeg skips them (and recorded), not taken for damage.
 */
export function walkJpeg(bytes: Uint8Array): JpegWalk {
  const damaged = (offset: number): JpegWalk => ({ ok: false, problem: 'damaged', offset });
  const truncated = (offset: number): JpegWalk =>
    frame && scans > 0
      ? { ok: false, problem: 'truncated', offset, picture: { frame, scans, dataAt, missingTables, junk } }
      : { ok: false, problem: 'truncated', offset };
  if (bytes.length < 2 || bytes[0] !== 0xff || bytes[1] !== SOI) return damaged(0);
  let pos = 2;
  let frame: JpegFrame | undefined;
  let scans = 0;
  let dataAt = 0;
  let missingTables = false;
  /** Huffman tables defined so far: class (0 DC, 1 AC) × 4 + index */
  const tables = new Set<number>();
  const junk: JpegJunk[] = [];
  for (;;) {
    // like libjpeg's next_marker: skip anything up to a 0xFF that starts a marker, counting
    // what is skipped as it counts it ("N extraneous bytes before marker 0xXX")
    const junkFrom = pos;
    let skipped = 0;
    let marker = -1;
    while (pos < bytes.length) {
      if (bytes[pos] !== 0xff) {
        pos++;
        skipped++;
        continue;
      }
      // any number of 0xFF fill bytes may come before a marker
      while (pos < bytes.length && bytes[pos] === 0xff) pos++;
      if (pos >= bytes.length) break;
      if (bytes[pos] === 0x00) {
        pos++;
        skipped += 2;
        continue;
      }
      marker = bytes[pos]!;
      break;
    }
    if (marker < 0) return truncated(bytes.length);
    const markerAt = pos - 1;
    if (skipped > 0) junk.push({ offset: junkFrom, bytes: skipped, before: marker });
    pos++;
    if (marker === EOI) {
      if (scans === 0 || !frame) return damaged(markerAt);
      return {
        ok: true,
        width: frame.width,
        height: frame.height,
        trailing: bytes.length - pos,
        frame,
        scans,
        dataAt,
        missingTables,
        junk,
      };
    }
    if (marker === SOI) return damaged(markerAt);
    if (standsAlone(marker)) continue;
    if (pos + 2 > bytes.length) return truncated(pos);
    const length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    if (length < 2) return damaged(pos);
    const end = pos + length;
    if (end > bytes.length) return truncated(bytes.length);
    if (isFrame(marker)) {
      // a second frame is the hierarchical process's (or damage): libjpeg refuses both
      if (length < 8 || frame) return damaged(markerAt);
      const height = (bytes[pos + 3]! << 8) | bytes[pos + 4]!;
      const width = (bytes[pos + 5]! << 8) | bytes[pos + 6]!;
      // a height of 0 defers it to a DNL marker, which no browser reads
      if (width === 0 || height === 0) return damaged(markerAt);
      frame = { marker, precision: bytes[pos + 2]!, width, height, offset: markerAt };
    } else if (marker === DHT) {
      if (!readTables(bytes, pos + 2, end, tables)) return damaged(markerAt);
    }
    if (marker !== SOS) {
      pos = end;
      continue;
    }
    if (!frame) return damaged(markerAt);
    if (usesHuffman(frame.marker) && !tablesPresent(bytes, pos + 2, end, frame.marker, tables)) missingTables = true;
    pos = end;
    if (scans === 0) dataAt = end;
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

/** Records the tables a DHT segment defines; false when the segment is malformed (libjpeg: "Bogus Huffman table"). */
function readTables(bytes: Uint8Array, from: number, end: number, tables: Set<number>): boolean {
  let pos = from;
  while (pos < end) {
    if (pos + 17 > end) return false;
    const classAndIndex = bytes[pos]!;
    const tableClass = classAndIndex >> 4;
    const index = classAndIndex & 0x0f;
    if (tableClass > 1 || index > 3) return false;
    let count = 0;
    for (let i = 1; i <= 16; i++) count += bytes[pos + i]!;
    if (count > 256 || pos + 17 + count > end) return false;
    tables.add(tableClass * 4 + index);
    pos += 17 + count;
  }
  return true;
}

/** Whether every table a scan names has been defined (a progressive DC refinement scan names none). */
function tablesPresent(bytes: Uint8Array, from: number, end: number, frameMarker: number, tables: Set<number>): boolean {
  const count = bytes[from];
  if (count === undefined || from + 1 + count * 2 + 3 > end) return true; // malformed: the decoder says what is wrong
  const afterComponents = from + 1 + count * 2;
  const spectralStart = bytes[afterComponents]!;
  const refining = bytes[afterComponents + 2]! >> 4 > 0;
  const progressive = frameMarker === 0xc2;
  const needsDc = !progressive || (spectralStart === 0 && !refining);
  const needsAc = frameMarker !== 0xc3 && (!progressive || spectralStart > 0);
  for (let i = 0; i < count; i++) {
    const selectors = bytes[from + 2 + i * 2]!;
    if (needsDc && !tables.has(selectors >> 4)) return false;
    if (needsAc && !tables.has(4 + (selectors & 0x0f))) return false;
  }
  return true;
}
