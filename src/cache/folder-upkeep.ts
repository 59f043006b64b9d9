import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

// the upkeep of the cache's folders, also done before gecc itself is loaded (bin/gecc.js): kept to one small module

/**
 * Makes a folder and whichever folders above it are missing, one at a time, or throws the
 * system's reason. Node's own `mkdir(folder, { recursive: true })` never ends where the system
 * answers "no such folder" for a folder whose parent exists (`/proc/self/x`): it makes the parent
 * again and again at full speed. Here each missing folder is made once, and the first refusal
 * ends it.
 */
export function makeFolderSync(folder: string): void {
  const missing: string[] = [];
  let at = path.resolve(folder);
  while (!existingFolder(at)) {
    missing.push(at);
    const parent = path.dirname(at);
    // a drive or share that does not exist: its mkdir below says so
    if (parent === at) break;
    at = parent;
  }
  for (const made of missing.reverse()) {
    try {
      mkdirSync(made);
    } catch (error) {
      // made meanwhile by another run; anything else in the way shows at the next folder or write
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Whether `at` is a folder; false when nothing is there; throws when something else is (or it cannot be looked at). */
function existingFolder(at: string): boolean {
  let info;
  try {
    info = statSync(at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  if (info.isDirectory()) return true;
  throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
}

/** no entry takes minutes to write: a temporary file this old was left by a run that was stopped (or failed) while writing it */
const STALE_MS = 10 * 60_000;

/** Whether a temporary file changed at `mtimeMs` was left behind. */
export const isStale = (mtimeMs: number | undefined): boolean => mtimeMs !== undefined && Date.now() - mtimeMs > STALE_MS;
