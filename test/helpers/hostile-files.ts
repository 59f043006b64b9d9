/** First bytes of files that are not PDF or JPEG, as file-type recognises them; and broken JPEGs. */
import { makeJpeg } from './jpeg.js';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const padTo = (head: Buffer, size = 2048) => Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x11)]);

export const elfFile = () =>
  padTo(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3e, 0x00]));
export const exeFile = () => {
  const head = Buffer.alloc(256);
  head.write('MZ', 0, 'latin1');
  head.writeUInt32LE(0x80, 0x3c);
  head.write('PE\0\0', 0x80, 'latin1');
  return padTo(head);
};
/** A one-entry ZIP archive (stored), built by hand. */
export function zipFile(): Buffer {
  const name = ascii('notes.txt');
  const data = ascii('hello');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, data, Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
}
export const gifFile = () => padTo(Buffer.concat([ascii('GIF89a'), Buffer.from([4, 0, 4, 0, 0x80, 0, 0])]));
export function webpFile(): Buffer {
  const head = Buffer.concat([ascii('RIFF'), Buffer.alloc(4), ascii('WEBPVP8 '), Buffer.alloc(4)]);
  head.writeUInt32LE(2040, 4);
  return padTo(head);
}
export function heicFile(): Buffer {
  const box = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), ascii('ftypheic'), Buffer.alloc(4), ascii('mif1heic')]);
  return padTo(box);
}

/** A JPEG cut to `fraction` of its length. */
export const truncatedJpeg = (fraction: number) => {
  const whole = makeJpeg({ width: 64, height: 64 });
  return whole.subarray(0, Math.floor(whole.length * fraction));
};
/** Only the start marker and the beginning of the first segment. */
export const headerOnlyJpeg = () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
/** A JPEG whose second segment's marker has been overwritten. */
export function damagedJpeg(): Buffer {
  const bytes = Buffer.from(makeJpeg({ width: 64, height: 64 }));
  // skip the first segment (APP0) and break the marker of the next one
  const second = 4 + bytes.readUInt16BE(4);
  bytes[second] = 0x12;
  return bytes;
}
/** A JPEG whose first segment's marker is gone: FF D8 then garbage, which file-type does not call a JPEG. */
export function jpegBrokenAtStart(): Buffer {
  const bytes = Buffer.from(makeJpeg({ width: 64, height: 64 }));
  bytes.fill(0x00, 2, 40);
  return bytes;
}
/** A JPEG-LS picture (FF D8 FF F7 …), which file-type names JLS and no browser shows. */
export function jpegLsFile(): Buffer {
  const bytes = makeJpeg({ width: 64, height: 64 });
  const app0End = 4 + bytes.readUInt16BE(4);
  const rest = Buffer.from(bytes.subarray(app0End));
  // the frame segment follows the quantisation tables: relabel it as JPEG-LS's (SOF55)
  const frame = rest.indexOf(Buffer.from([0xff, 0xc0]));
  rest[frame + 1] = 0xf7;
  // and put it first, as JPEG-LS files have it
  const frameEnd = frame + 2 + rest.readUInt16BE(frame + 2);
  return Buffer.concat([bytes.subarray(0, 2), rest.subarray(frame, frameEnd), rest.subarray(0, frame), rest.subarray(frameEnd)]);
}
/** A whole JPEG followed by what phones append after the end marker. */
export const jpegWithTrailer = () =>
  Buffer.concat([makeJpeg({ width: 64, height: 64 }), ascii('\0\0MotionPhoto_Data'), Buffer.alloc(4000, 7)]);
