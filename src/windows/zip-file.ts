import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Zip archives as Windows' own Explorer opens them: the portable folder a unit unzips, and the
 * folder gecc.exe carries inside and unpacks. Written here rather than by a zip program so that
 * the same files give the same bytes (entries sorted, one fixed time, no owner or permissions),
 * and read here because gecc.exe can use nothing but Node's own modules.
 */

export interface ZipEntry {
  /** the path inside the archive, with "/" between folders */
  name: string;
  data: Uint8Array;
}

/** bit 11: the name is UTF-8 (Thai names show as Thai in Explorer and 7-Zip) */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const LOCAL_HEADER = 0x04034b50;
/** each file's compressed bytes, kept while its data lives: the same files go into two archives */
const compressed = new WeakMap<Uint8Array, { method: number; body: Buffer; crc: number }>();
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

/** MS-DOS date and time (local, two-second steps) of a moment, as zip headers hold it. */
function dosTime(moment: Date): { time: number; date: number } {
  const year = Math.min(Math.max(moment.getUTCFullYear(), 1980), 2107);
  return {
    time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | (moment.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
  };
}

function compress(data: Uint8Array): { method: number; body: Buffer; crc: number } {
  let known = compressed.get(data);
  if (!known) {
    // zlib's default level: level 9 takes twice the time to save 0.2 % of node.exe
    const deflated = deflateRawSync(data);
    known =
      deflated.length < data.length
        ? { method: DEFLATED, body: deflated, crc: crc32(data) }
        : { method: STORED, body: Buffer.from(data), crc: crc32(data) };
    compressed.set(data, known);
  }
  return known;
}

/**
 * Info-ZIP's "Unicode path" field for a name beyond ASCII: unzip (Linux) reads names by it, not by
 * bit 11, in an archive made on MS-DOS or Windows.
 */
function unicodePath(name: Buffer): Buffer {
  if (name.every((byte) => byte < 0x80)) return Buffer.alloc(0);
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + name.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(name), 5);
  return Buffer.concat([field, name]);
}

/**
 * The archive of these entries, in the order of their names, each dated `modified` (shown as
 * that time of day wherever it is unpacked: zip holds no time zone).
 */
export function writeZip(entries: readonly ZipEntry[], modified: Date): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sorted.length > 0xffff) throw new Error(`too many files for a zip without ZIP64: ${sorted.length}`);
  const { time, date } = dosTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    if (entry.name.startsWith('/') || entry.name.split('/').includes('..')) throw new Error(`not a relative name: ${entry.name}`);
    const name = Buffer.from(entry.name, 'utf8');
    const extra = unicodePath(name);
    const { method, body, crc } = compress(entry.data);
    if (entry.data.length > 0xfffffffe || offset + body.length > 0xfffffffe) throw new Error('too large for a zip without ZIP64');
    // the fields both headers hold, in the same order: from byte 4 of the local header, from byte 6
    // of the central one (after the version it was made by)
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(entry.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
      header.writeUInt16LE(extra.length, at + 24);
      return header;
    };
    const local = fields(Buffer.alloc(30), 4);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    const header = fields(Buffer.alloc(46), 6);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    // made by MS-DOS (no owner, no Unix permissions), version 2.0
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, extra, body);
    central.push(header, name, extra);
    offset += local.length + name.length + extra.length + body.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/**
 * The entries of an archive (files only: a folder is implied by its files), each checked against
 * its CRC. Throws on anything this module would not have written: it is not a general unzip.
 */
export function readZip(archive: Uint8Array): ZipEntry[] {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('broken zip directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`broken zip entry: ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + packed);
    const data = method === STORED ? body : method === DEFLATED ? inflateRawSync(body) : undefined;
    if (!data) throw new Error(`unknown compression ${method}: ${name}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`damaged zip entry: ${name}`);
    entries.push({ name, data });
  }
  return entries;
}
