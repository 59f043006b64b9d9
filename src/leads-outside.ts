import path from 'node:path';

/**
 * Whether a path relative to a folder (as `path.relative` gives it) leads out of that folder:
 * `..` itself, `..` followed by a separator, or another root. A name that only begins with two
 * dots (`..gecc-cache`) is a name inside it.
 */
export function leadsOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
