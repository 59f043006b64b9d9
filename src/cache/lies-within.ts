import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a path relative to a folder (as `path.relative` gives it) leads out of that folder:
 * `..` itself, `..` followed by a separator, or another root. A name that only begins with two
 * dots (`..gecc-cache`) is a name inside it.
 */
export function leadsOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** The real path a folder has, or would have once created: judged by the part of it that exists. */
function realPathToBe(folder: string): string {
  let existing = folder;
  for (;;) {
    try {
      return path.join(realpathSync(existing), path.relative(existing, folder));
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return folder;
      existing = parent;
    }
  }
}

/**
 * Whether `folder` (which may not exist yet) is one of `folders` or lies inside one, by real
 * paths: a cache gecc writes must never be inside a folder it reads.
 */
export function liesWithin(folder: string, folders: readonly string[]): boolean {
  const target = realPathToBe(folder);
  return folders.some((outer) => !leadsOutside(path.relative(realPathToBe(outer), target)));
}
