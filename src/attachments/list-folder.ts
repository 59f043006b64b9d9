import { readdir } from 'node:fs/promises';
import path from 'node:path';

const MAX_ENTRIES = 20_000;

/**
 * Every regular file below a folder, relative with forward slashes. Links are listed but never
 * followed, so a link to "/" cannot make this walk the machine.
 */
export async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0 && found.length < MAX_ENTRIES) {
    const relative = pending.pop()!;
    let entries;
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile() || entry.isSymbolicLink()) found.push(child);
    }
  }
  return found.sort();
}
