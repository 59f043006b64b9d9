import { statSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from './cache-folder.js';
import { liesWithin } from './lies-within.js';

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
