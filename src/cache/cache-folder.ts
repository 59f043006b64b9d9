import os from 'node:os';
import path from 'node:path';

/**
 * Where gecc keeps what it learnt about attachments between runs: the user's own cache folder,
 * never an application folder. GECC_CACHE_DIR overrides it (tests, a shared machine).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GECC_CACHE_DIR) return path.resolve(env.GECC_CACHE_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'gecc', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'gecc');
  return path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache'), 'gecc');
}
