import type { CacheProblem } from './cache-entries.js';
import { cacheFolder } from './cache-folder.js';
import { liesWithin } from './lies-within.js';
import { readerIdentity } from './reader-identity.js';
import { VerdictCache } from './verdict-cache.js';

/**
 * The verdict cache of a run, or none: when it is turned off (`--no-cache`), or when its folder
 * would lie inside a folder being checked (gecc never writes there). `told` hears once if the
 * cache folder cannot be written.
 */
export function openVerdictCache(
  setting: boolean | VerdictCache | undefined,
  checked: readonly string[],
  told?: (problem: CacheProblem) => void,
): VerdictCache | undefined {
  if (setting === false) return undefined;
  if (setting instanceof VerdictCache) return setting;
  const root = cacheFolder();
  if (liesWithin(root, checked)) return undefined;
  return new VerdictCache(root, readerIdentity(), told);
}
