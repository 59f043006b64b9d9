import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import { NotRegularFileError, openRegularFile, readUpTo } from '../read-regular-file.js';

/** The first `length` bytes of an ordinary file; a FIFO or device swapped in since it was resolved is refused on the open handle. */
export async function readAtMost(file: string, length: number): Promise<Buffer> {
  const { handle } = await openRegularFile(file);
  try {
    return await readUpTo(handle, length);
  } finally {
    await handle.close();
  }
}

/** What the user is told when a resolved file could not be read (hashed or read whole): it changed since it was resolved, or another program holds it. */
export function readFailure(error: unknown, relative: string): Finding {
  if (error instanceof NotRegularFileError) return finding('file.not-regular', { path: relative, kind: error.kind }, { file: relative });
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return finding('file.not-found', { path: relative }, { file: relative });
  return finding('file.unreadable', { path: relative, reason: code ?? String(error) }, { file: relative });
}
