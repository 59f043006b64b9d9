import { CacheWrites, type CacheProblem } from './cache-entries.js';
import { cacheFolder } from './cache-folder.js';
import { liesWithin } from './lies-within.js';
import { checkerIdentity, readerIdentity } from './reader-identity.js';
import { ResultCache } from './result-cache.js';
import { VerdictCache } from './verdict-cache.js';

/**
 * The caches of a run, sharing its writes into the cache folder, or none: when they are turned off
 * (`--no-cache`), or when the folder would lie inside a folder being read (gecc never writes
 * there). `onCacheProblem` hears once if the cache folder cannot be written.
 */
export function openCaches(
  settings: { cache?: boolean; cacheFolder?: string; onCacheProblem?: (problem: CacheProblem) => void },
  reads: readonly string[],
  { results }: { results: boolean },
): { verdicts?: VerdictCache; results?: ResultCache } {
  if (settings.cache === false) return {};
  const root = settings.cacheFolder ?? cacheFolder();
  if (liesWithin(root, reads)) return {};
  const writes = new CacheWrites(root, settings.onCacheProblem);
  return {
    verdicts: new VerdictCache(root, readerIdentity(), writes),
    ...(results ? { results: new ResultCache(root, checkerIdentity(), writes) } : {}),
  };
}
