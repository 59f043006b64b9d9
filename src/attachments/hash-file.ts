import { createHash } from 'node:crypto';
import { openRegularFile } from '../read-regular-file.js';

/** bytes read at a time; a few of these stay allocated for the whole run */
export const HASH_CHUNK_BYTES = 1024 * 1024;

/**
 * Buffers freed by earlier files, to read the next ones into: a re-check reads every attachment
 * again, and a fresh buffer per file (tens of MB a run) costs more in garbage collection than the
 * hashing itself.
 */
const idle: Buffer[] = [];
/** buffers kept for reuse: a batch may hash hundreds of files at once, but its memory goes back after */
const MAX_IDLE = 8;

export interface HashedFile {
  sha256: string;
  /** the first bytes (at most `headBytes`), copied: enough to say what the file is */
  head: Buffer;
  /** bytes read and hashed */
  bytes: number;
}

/**
 * The SHA-256 of the first `length` bytes of an ordinary file (fewer when it ends sooner), read
 * through a reused buffer so that none of its bytes are kept. Refuses what openRegularFile
 * refuses (a FIFO or device swapped in since the file was resolved).
 */
export async function hashAtMost(file: string, length: number, headBytes: number): Promise<HashedFile> {
  const { handle } = await openRegularFile(file);
  const buffer = idle.pop() ?? Buffer.allocUnsafeSlow(HASH_CHUNK_BYTES);
  try {
    const hash = createHash('sha256');
    let head: Buffer | undefined;
    let offset = 0;
    while (offset < length) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, length - offset), offset);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      // the first chunk holds the head whole unless the head is larger than a chunk
      if (offset === 0) head = Buffer.from(chunk.subarray(0, Math.min(headBytes, bytesRead)));
      else if (head && head.length < headBytes) head = Buffer.concat([head, chunk.subarray(0, headBytes - head.length)]);
      offset += bytesRead;
    }
    return { sha256: hash.digest('hex'), head: head ?? Buffer.alloc(0), bytes: offset };
  } finally {
    if (idle.length < MAX_IDLE) idle.push(buffer);
    await handle.close();
  }
}
