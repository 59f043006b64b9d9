import { realpathSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from './cache-folder.js';
import { readerIdentity } from './reader-identity.js';
import { VerdictCache } from './verdict-cache.js';

/**
 * The verdict cache of a run, or none: when it is turned off (`--no-cache`), or when its folder
 * would lie inside a folder being checked (gecc never writes there).
 */
export function openVerdictCache(setting: boolean | VerdictCache | undefined, checked: readonly string[]): VerdictCache | undefined {
  if (setting === false) return undefined;
  if (setting instanceof VerdictCache) return setting;
  const root = cacheFolder();
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const existing = nearestExisting(root);
  const rootReal = path.join(real(existing), path.relative(existing, root));
  for (const folder of checked) {
    const inside = path.relative(real(folder), rootReal);
    if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) return undefined;
  }
  return new VerdictCache(root, readerIdentity());
}

/** The cache folder may not exist yet: judge where it would be by the part that does. */
function nearestExisting(folder: string): string {
  let current = folder;
  for (;;) {
    try {
      realpathSync(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return folder;
      current = parent;
    }
  }
}
