import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
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
 * Writes a new file that must not exist yet (an attachment copied into files/): written beside
 * it and flushed first, then linked to its name, which fails if the name was taken meanwhile
 * (problem 'exists': nothing is ever overwritten). Where the disk has no links (FAT32 and exFAT
 * USB drives), the file is created exclusively (`wx`) and written in place.
 */
export async function writeNewFile(file: string, data: Uint8Array): Promise<WriteOutcome> {
  const temporary = temporaryBeside(file);
  const written = await writeFlushed(temporary, data);
  if (!written.ok) return writeFailure(file, written.error, 'create');
  try {
    await link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    await removeQuietly(temporary);
    if (code === 'EEXIST' || !NO_LINKS.has(code ?? '')) return writeFailure(file, error, 'create');
    const direct = await writeFlushed(file, data, undefined, 'wx');
    return direct.ok ? { ok: true } : writeFailure(file, direct.error, 'create');
  }
  await removeQuietly(temporary);
  await flushFolder(path.dirname(file));
  return { ok: true };
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

async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch(() => {});
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
