import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Target } from '../check-targets.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import { UsageError } from './cli-io.js';

/**
 * A file path as the file system sees it, for comparing: its symbolic links followed, also one
 * whose target does not exist yet (a write through it would create that target), then the real
 * path of the nearest existing folder and the rest as written (so a link cannot smuggle a file
 * into a folder), in lower case where folders ignore case (Windows, macOS).
 */
export function comparablePath(file: string, depth = 0): string {
  const absolute = followLinks(path.resolve(file));
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    // a folder on the way that is a link to a place not made yet: writing would make that place
    if (depth < 8 && isLink(existing)) return comparablePath(path.join(followLinks(existing), ...rest), depth + 1);
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

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Where a chain of symbolic links ends, dangling or not (at most 40 links, as systems allow). */
function followLinks(file: string): string {
  let current = file;
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
      current = path.resolve(path.dirname(current), readlinkSync(current));
    } catch {
      return current;
    }
  }
  return current;
}

/** device and inode, the identity of a file whatever names (hard links) it has */
const identity = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

/** The identities of the regular files in a folder tree (bounded: an application has a few hundred files). */
function fileIdentities(folder: string, into: Set<string>, limit = 50_000): void {
  const walk = (dir: string, depth: number) => {
    if (into.size >= limit || depth > 32) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child, depth + 1);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        try {
          into.add(identity(statSync(child)));
        } catch {
          /* a dangling link: nothing to protect */
        }
      }
    }
  };
  walk(folder, 0);
}

/**
 * Refuses (exit 2) an output file inside any application folder, reached through a symbolic
 * link into one, or that is one of its files under another name (a hard link of
 * application.yaml or of an attachment): gecc never writes into what it checks.
 */
export function refuseOutputInside(output: string, targets: readonly Pick<Target, 'dir' | 'display'>[], lang: Lang): void {
  const file = comparablePath(output);
  const inside = targets.find((target) => {
    const folder = comparablePath(target.dir);
    return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
  });
  if (inside) throw new UsageError(BATCH_CLI_TEXT[lang].reportInsideApplication(showControls(output), showControls(inside.display)));
  let existing;
  try {
    existing = statSync(output);
  } catch {
    return;
  }
  if (!existing.isFile() || existing.nlink < 2) return;
  for (const target of targets) {
    const identities = new Set<string>();
    fileIdentities(target.dir, identities);
    if (identities.has(identity(existing)))
      throw new UsageError(BATCH_CLI_TEXT[lang].reportIsApplicationFile(showControls(output), showControls(target.display)));
  }
}

/**
 * Writes a report or form, making its folder as needed; a failure is the user's to fix
 * (exit 2), said plainly. Returns the line that tells where the file went.
 *
 * The text goes to a temporary file beside the target, which is then renamed over it: a reader
 * never sees half a report, a run that fails leaves the old one whole, and the name is
 * replaced rather than written through (a hard link or a symbolic link at that name stays
 * pointing at what it pointed at, unchanged). Only what is not a regular file (a device such as
 * /dev/stdout) is written to directly.
 */
export function writeOutputFile(output: string, text: string, lang: Lang): string {
  const target = path.resolve(output);
  let temporary: string | undefined;
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    let special = false;
    try {
      const info = statSync(target);
      special = !info.isFile() && !info.isDirectory();
    } catch {
      /* a new file */
    }
    if (special) writeFileSync(target, text, 'utf8');
    else {
      temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
      renameSync(temporary, target);
      temporary = undefined;
    }
  } catch (error) {
    if (temporary) rmSync(temporary, { force: true });
    const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new UsageError(BATCH_CLI_TEXT[lang].cannotWrite(showControls(output), detail));
  }
  return `${BATCH_CLI_TEXT[lang].written(showControls(output))}\n`;
}
