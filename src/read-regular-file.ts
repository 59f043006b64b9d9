import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/**
 * Opening a FIFO for reading waits for a writer, and reading a device (/dev/zero) never ends: a
 * file given to gecc may be either, also when swapped in between a stat and the open. So every
 * file is opened without blocking, judged on the opened handle (fstat, not the name), and read
 * up to a limit. O_NONBLOCK does not exist on Windows, where opening a pipe does not block.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type NotRegularKind = 'fifo' | 'socket' | 'device' | 'folder' | 'other';

/** The file is not an ordinary file: `kind` says what it is. `code` is ENOTREG. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly file: string,
    readonly kind: NotRegularKind,
  ) {
    super(`${file}: not a regular file (${kind})`);
  }
}

/** The file holds more than the limit; `code` is EFBIG. `bytes` is its size where known. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly file: string,
    readonly limit: number,
    readonly bytes?: number,
  ) {
    super(`${file}: larger than ${limit} bytes`);
  }
}

function kindOf(info: Stats): NotRegularKind {
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isDirectory()) return 'folder';
  return 'other';
}

/** Opens a file for reading only if it is a regular file; the caller closes the handle. */
export async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFileError(file, kindOf(info));
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads at most `length` bytes from the start of an opened file. The size a stat gave is not
 * trusted (a file may grow while read; /proc files say 0): the reading stops at `length`.
 */
export async function readUpTo(handle: FileHandle, length: number): Promise<Buffer> {
  // not zero-filled (every byte is read over) and not from the shared pool, so that a PDF's
  // bytes can move to its reading thread whole, without a copy
  const buffer = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return offset === length ? buffer : buffer.subarray(0, offset);
}

/** The whole of a regular file of at most `maxBytes`; anything else throws (see the error classes). */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const { handle, size } = await openRegularFile(file);
  try {
    if (size > maxBytes) throw new FileTooLargeError(file, maxBytes, size);
    return await readAll(async (buffer) => (await handle.read(buffer, 0, buffer.length, null)).bytesRead, size, file, maxBytes);
  } finally {
    await handle.close();
  }
}

/** readRegularFile for code that runs before anything asynchronous (loading a catalogue). */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotRegularFileError(file, kindOf(info));
    if (info.size > maxBytes) throw new FileTooLargeError(file, maxBytes, info.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // the stated size is a hint only: read until the end, but never past the limit
    for (;;) {
      const buffer = chunkFor(info.size, total, maxBytes);
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      chunks.push(buffer.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new FileTooLargeError(file, maxBytes);
    }
    return whole(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end in chunks (the stated size is a hint: /proc files say 0, a file may grow), never past the limit. */
async function readAll(read: (buffer: Buffer) => Promise<number>, sizeHint: number, file: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = chunkFor(sizeHint, total, maxBytes);
    const bytesRead = await read(buffer);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new FileTooLargeError(file, maxBytes);
  }
  return whole(chunks, total);
}

/**
 * The next buffer to read into: the rest of the stated size at once (at least 64 KiB), one byte
 * past the limit at most. Not zero-filled: only the bytes read are ever handed on.
 */
const chunkFor = (sizeHint: number, total: number, maxBytes: number): Buffer =>
  Buffer.allocUnsafe(Math.min(Math.max(sizeHint - total, 64 * 1024), maxBytes + 1 - total));

/** The chunks read as one buffer: the only one as it is (a file of its stated size is read in one), else joined. */
const whole = (chunks: Buffer[], total: number): Buffer => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
