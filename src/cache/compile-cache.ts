import { lstatSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from './cache-folder.js';
import { liesWithin } from './lies-within.js';
import { isStale, makeFolderSync } from './folder-upkeep.js';

/** options of gecc's commands that take a value: the argument after one names no folder to check */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-f',
  '--format',
  '-o',
  '--output',
  '--report',
  '-j',
  '--concurrency',
  '-e',
  '--edition',
  '-l',
  '--lang',
  '--now',
  '--criteria',
  '--config',
  '-k',
  '--kind',
  '-a',
  '--applicant',
  '--date',
  '--from-csv',
  '--base',
  '--opens',
  '--closes',
]);

const COMMANDS: ReadonlySet<string> = new Set(['check', 'form', 'init', 'criteria', 'schema', 'help']);

/**
 * Where Node may keep gecc's compiled code between runs (Node 22.1 and later: the program then
 * starts without compiling itself again): below the user's cache folder, and only when that
 * folder lies in none of the folders this run may read, which are only known from the arguments
 * before anything is loaded. Every argument counts as a folder (a value too: a folder wrongly
 * counted only means no cache), and so does the current folder unless a folder is named.
 */
export function compileCacheFolder(
  args: readonly string[],
  cwd: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const root = path.join(cacheFolder(env), 'compiled');
  const folders: string[] = [];
  let folderNamed = false;
  args.forEach((arg, i) => {
    if (arg.startsWith('-')) return;
    const folder = path.resolve(cwd, arg);
    folders.push(folder);
    if (!COMMANDS.has(arg) && !VALUE_OPTIONS.has(args[i - 1] ?? '') && isFolder(folder)) folderNamed = true;
  });
  if (!folderNamed) folders.push(cwd);
  if (liesWithin(root, folders)) return undefined;
  return root;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** how Node names a cache file while writing it (mkstemp: the entry's name, a dot, six characters) */
const NODE_TEMPORARY = /^[0-9a-f]{8}\.[A-Za-z0-9]{6}$/;

/**
 * Readies `folder` for Node's own compile cache (Node 22.1 and later), or says it cannot be used.
 * Node checks what it keeps against the source itself (its length and CRC32, in a folder per
 * Node version, V8 flags and user): another build of the same size and time is compiled again.
 * But Node makes the folder with a recursive mkdir that never ends where the system cannot make it
 * (`/proc/self`), and opens the files in it as they are: a FIFO there hangs every start. So the
 * folder is made here, anything in Node's folders (one per Node version) that is neither a file
 * nor a folder is removed, and so are the temporary files Node leaves behind when its write fails
 * (a full disk), once they are old.
 */
export function readyForNodeCompileCache(folder: string): boolean {
  try {
    makeFolderSync(folder);
    for (const version of readdirSync(folder, { withFileTypes: true })) {
      if (!version.isDirectory()) continue;
      const inside = path.join(folder, version.name);
      for (const entry of readdirSync(inside, { withFileTypes: true })) {
        const file = path.join(inside, entry.name);
        if (!entry.isFile() && !entry.isDirectory()) rmSync(file, { force: true });
        else if (entry.isFile() && NODE_TEMPORARY.test(entry.name) && isStale(lstatSync(file).mtimeMs)) rmSync(file, { force: true });
      }
    }
    return true;
  } catch {
    return false;
  }
}
