import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { leadsOutside } from './lies-within.js';

/** a folder holding more entries than this is listed by no one: its result is not kept */
const MAX_ENTRIES = 20_000;

/**
 * What a check of a folder sees of it besides the bytes of the files it reads: every name below
 * it, with its kind, a folder's permissions (a folder that cannot be searched hides its files),
 * and for a link where it points and what is there (a link to a file that does not exist yet
 * changes the check once it does). Sorted; undefined when any part cannot be listed, when the
 * folder is too large, or when a link leads out of it (where it lands then depends on what lies
 * outside: such a folder is always checked).
 */
export async function folderListing(root: string): Promise<string[] | undefined> {
  const listed: string[] = [];
  const pending = [''];
  try {
    while (pending.length > 0) {
      const relative = pending.pop()!;
      const entries: Dirent[] = await readdir(path.join(root, relative), { withFileTypes: true });
      if (listed.length + entries.length > MAX_ENTRIES) return undefined;
      for (const entry of entries) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          listed.push(`d ${child} ${(await lstat(path.join(root, child))).mode}`);
          pending.push(child);
        } else if (entry.isFile()) listed.push(`f ${child}`);
        else if (entry.isSymbolicLink()) {
          const target = await linkTarget(root, child);
          if (target === undefined) return undefined;
          listed.push(`l ${child} ${target}`);
        } else listed.push(`o ${child}`);
      }
    }
  } catch {
    return undefined;
  }
  return listed.sort();
}

/** Where a link points and what is there; undefined for a link out of the folder. */
async function linkTarget(root: string, child: string): Promise<string | undefined> {
  const link = path.join(root, child);
  const target = await readlink(link);
  const landing = path.relative(root, path.resolve(path.dirname(link), target));
  if (path.isAbsolute(target) || leadsOutside(landing)) return undefined;
  const info = await stat(link).catch(() => undefined);
  const kind = !info ? 'none' : info.isFile() ? 'f' : info.isDirectory() ? 'd' : 'o';
  // JSON keeps any character of the target apart from the kind
  return JSON.stringify([target, kind]);
}

/** Whether two listings (folderListing) are the same; no listing is never the same. */
export function sameListing(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((entry, i) => entry === b[i]);
}
