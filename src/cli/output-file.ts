import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../check-targets.js';
import type { Lang } from '../findings/message-spec.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import { UsageError } from './cli-io.js';

/**
 * A file path as the file system sees it, for comparing: the real path of its nearest existing
 * folder, then the rest as written (so a symbolic link cannot smuggle a file into a folder),
 * in lower case where folders ignore case (Windows, macOS).
 */
export function comparablePath(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  let real = absolute;
  try {
    real = path.join(realpathSync(existing), ...rest);
  } catch {
    /* keep the absolute path */
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

/** Refuses (exit 2) an output file inside any application folder: gecc never writes into what it checks. */
export function refuseOutputInside(output: string, targets: readonly Pick<Target, 'dir' | 'display'>[], lang: Lang): void {
  const file = comparablePath(output);
  const inside = targets.find((target) => {
    const folder = comparablePath(target.dir);
    return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
  });
  if (inside) throw new UsageError(BATCH_CLI_TEXT[lang].reportInsideApplication(output, inside.display));
}

/**
 * Writes a report or form, making its folder as needed; a failure is the user's to fix
 * (exit 2), said plainly. Returns the line that tells where the file went.
 */
export function writeOutputFile(output: string, text: string, lang: Lang): string {
  try {
    mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    writeFileSync(output, text, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(BATCH_CLI_TEXT[lang].cannotWrite(output, detail));
  }
  return `${BATCH_CLI_TEXT[lang].written(output)}\n`;
}
