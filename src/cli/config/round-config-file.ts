import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ANSWERS_FILES, ROUND_CONFIG_FILE } from '../../answers/answers-files.js';
import { UsageError } from '../cli-io.js';
import type { Lang } from '../../lang.js';
import { CONFIG_TEXT } from './config-text.js';

/** The config file of a round, looked for at the root of a batch folder (never in a unit's folder). */
const CONFIG_FILE = ROUND_CONFIG_FILE;

/**
 * The config file that applies to a run: the one named with --config, else the gecc.config.yaml
 * at the root of a batch folder named on the command line. None is needed: without one, every
 * setting comes from the options. More than one batch root with its own file is refused.
 */
export function roundConfigFile(configFlag: string | undefined, folders: readonly string[], lang: Lang): string | undefined {
  if (configFlag !== undefined) return configFlag;
  const found = [...new Set(folders)]
    .filter(isBatchRoot)
    .map((folder) => path.join(folder, CONFIG_FILE))
    .filter((file) => existsSync(file));
  if (found.length > 1) throw new UsageError(CONFIG_TEXT[lang].several(found.join(', ')));
  return found[0];
}

/** A folder with no answers file of its own (a unit's folder is never a place for a config). */
function isBatchRoot(folder: string): boolean {
  try {
    return statSync(folder).isDirectory() && !ANSWERS_FILES.some((name) => existsSync(path.join(folder, name)));
  } catch {
    return false;
  }
}
