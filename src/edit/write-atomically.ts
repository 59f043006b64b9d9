import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, type FileHandle, link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import type { WriteProblem } from '../findings/messages/editing.js';

export type WriteOutcome = { ok: true } | { ok: false; problem: WriteProblem; code: string; finding: Finding };

export interface WriteOptions {
  /** how long a rename refused for a moment is tried again (antivirus and indexers hold files on Windows); 5 s by default */
  retryForMs?: number;
  /** the rename to make (a seam, so that a refusing one can be tried); fs.promises.rename by default */
  rename?: (from: string, to: string) => Promise<void>;
}

const RETRY_FOR_MS = 5000;
/** what Windows says while another program holds the file for a moment */
const MOMENTARY = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Replaces `file` with `data` so that a reader sees the old bytes or the new ones, never a mix:
 * a hidden temporary file in the same folder, flushed to the disk, then renamed over. A rename
 * refused for a moment (EPERM, EBUSY, EACCES: an antivirus or the indexer holding the file) is
 * tried again, waiting longer each time, for a few seconds. Where no temporary file can be made
 * (a read-only folder, a full disk) nothing is written. The temporary file never stays behind.
 */
export async function writeAtomically(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<WriteOutcome> {
  const temporary = temporaryBeside(file);
  const written = await writeFlushed(temporary, data, await modeOf(file));
  if (!written.ok) return writeFailure(file, written.error, 'create');
  try {
    await renameRetrying(temporary, file, options);
  } catch (error) {
    await removeQuietly(temporary);
    return writeFailure(file, error, 'replace');
  }
  await flushFolder(path.dirname(file));
  return { ok: true };
}

/**
 * Writes a new file that must not exist yet: written beside it and flushed first, then put in
 * place by placeNewFile. The temporary file never stays behind.
 */
export async function writeNewFile(file: string, data: Uint8Array): Promise<WriteOutcome> {
  const temporary = temporaryBeside(file);
  const written = await writeFlushed(temporary, data);
  if (!written.ok) return writeFailure(file, written.error, 'create');
  try {
    return await placeNewFile(temporary, file);
  } finally {
    await removeQuietly(temporary);
  }
}

/**
 * Puts a flushed file (`temporary`, in the same folder) in place under a name that must not exist
 * yet (an attachment copied into files/): linked to its name, which fails if the name was taken
 * meanwhile (problem 'exists': nothing is ever overwritten). Where the disk has no links (FAT32
 * and exFAT USB drives), the file is copied exclusively (`wx`) and flushed. The caller removes
 * `temporary` afterwards, whatever came of it.
 */
export async function placeNewFile(temporary: string, file: string): Promise<WriteOutcome> {
  try {
    await link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || !NO_LINKS.has(code ?? '')) return writeFailure(file, error, 'create');
    const copied = await copyFlushed(temporary, file);
    return copied.ok ? { ok: true } : writeFailure(file, copied.error, 'create');
  }
  await flushFolder(path.dirname(file));
  return { ok: true };
}

/** Why a body was not received whole: longer than its limit. */
export class TooLong extends Error {}

export type Received = { ok: true; temporary: string; bytes: number } | { ok: false; error: unknown };

/**
 * Receives a stream (an upload's body) into a new hidden temporary file beside `file`, flushed to
 * the disk, a chunk at a time: no more of it is held in memory than the chunk being written. A
 * stream longer than `limit` (error TooLong: it is not read further), broken off, or that cannot
 * be written leaves no temporary file behind.
 */
export async function receiveBeside(file: string, body: Readable, limit: number): Promise<Received> {
  const temporary = temporaryBeside(file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    body.resume();
    return { ok: false, error };
  }
  try {
    const bytes = await copyStream(body, handle, limit);
    await handle.sync();
    await handle.close();
    return { ok: true, temporary, bytes };
  } catch (error) {
    await handle.close().catch(() => {});
    await removeQuietly(temporary);
    return { ok: false, error };
  }
}

/** Writes the stream's chunks into `handle` as they come, pausing it while each is written. */
function copyStream(body: Readable, handle: FileHandle, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let length = 0;
    let failed = false;
    let writing: Promise<unknown> = Promise.resolve();
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      body.off('data', take);
      // the rest is read and dropped, so that the answer can still be sent on the same connection
      body.resume();
      reject(error);
    };
    const take = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) return fail(new TooLong());
      body.pause();
      writing = handle.write(chunk).then(() => body.resume(), fail);
    };
    body.on('data', take);
    // the stream may end while its last chunk is still being written
    body.once('end', () => void writing.then(() => !failed && resolve(length)));
    body.once('error', fail);
    body.once('close', () => {
      if (!body.readableEnded) fail(Object.assign(new Error('the upload was broken off'), { code: 'ECONNRESET' }));
    });
  });
}

/** Removes a file that may not be there (a temporary file, after it was put in place or refused). */
export async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch(() => {});
}

/** what a file system without hard links says when asked for one */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** A hidden name in the same folder (the rename stays on one disk; gecc check ignores hidden files). */
function temporaryBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Creates `file` exclusively and writes `data` to the disk; on a failure after creating it, removes it. */
async function writeFlushed(
  file: string,
  data: string | Uint8Array,
  mode?: number,
  flags = 'wx',
): Promise<{ ok: true } | { ok: false; error: unknown }> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, flags, mode);
  } catch (error) {
    return { ok: false, error };
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    return { ok: true };
  } catch (error) {
    await handle.close().catch(() => {});
    await removeQuietly(file);
    return { ok: false, error };
  }
}

async function renameRetrying(from: string, to: string, options: WriteOptions): Promise<void> {
  const renameOnce = options.rename ?? rename;
  const deadline = Date.now() + (options.retryForMs ?? RETRY_FOR_MS);
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    try {
      return await renameOnce(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!MOMENTARY.has(code) || Date.now() + wait > deadline) throw error;
      await sleep(wait);
    }
  }
}

/** The permissions of the file replaced, so that replacing it changes none; undefined for a new file. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Makes the rename itself last through a power cut where the system allows it (not on Windows: no folder handles). */
async function flushFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // a folder that cannot be opened or flushed: the rename is made all the same
  }
}

/** Copies `from` to the new file `to` (created exclusively) and flushes it; on a failure after creating it, removes it. */
async function copyFlushed(from: string, to: string): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await removeQuietly(to);
    return { ok: false, error };
  }
  try {
    const handle = await open(to, 'r+');
    await handle.sync().finally(() => handle.close());
    return { ok: true };
  } catch (error) {
    await removeQuietly(to);
    return { ok: false, error };
  }
}

/**
 * Why a write failed, as the page says it: while making a file (`create`) a refusal means the
 * folder cannot be written to; while renaming over the old one (`replace`) it means another
 * program holds that file.
 */
export function writeFailure(file: string, error: unknown, phase: 'create' | 'replace'): WriteOutcome & { ok: false } {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const problem: WriteProblem =
    code === 'EEXIST'
      ? 'exists'
      : code === 'EROFS'
        ? 'read-only'
        : MOMENTARY.has(code)
          ? phase === 'replace'
            ? 'busy'
            : 'read-only'
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'no-space'
            : 'other';
  return { ok: false, problem, code, finding: finding('edit.cannot-write', { file: path.basename(file), problem, reason: code }) };
}
