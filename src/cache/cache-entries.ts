import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

// what the verdict cache and the result cache both do with the entries they keep

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

/** Entries made by another version of gecc (a folder per identity in `parent`) will never be asked for again by this one. */
export async function removeOtherIdentities(parent: string, identity: string): Promise<void> {
  const others = (await readdir(parent)).filter((name) => name !== identity && /^[0-9a-f]{32}$/.test(name));
  await Promise.all(others.map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
}

/**
 * Keeps a folder of entries within `bound`, the oldest going first, looked at once every
 * `between` entries written: it is trimmed to four fifths of the bound once fewer than
 * `between` places are left, so that the bound holds until the next look.
 */
export async function trimOldest(folder: string, bound: number, between: number): Promise<void> {
  const names = await readdir(folder);
  if (names.length <= bound - between) return;
  const aged = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(path.join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  aged.sort((a, b) => a.time - b.time);
  const excess = aged.slice(0, names.length - Math.floor(bound * 0.8));
  await Promise.all(excess.map(({ name }) => rm(path.join(folder, name), { force: true })));
}

/**
 * Makes each folder of entries once a run. Writers at the same moment (the applications of a
 * batch) all wait for the one making: one that went on would write into a folder not made yet,
 * and its entry would be lost.
 */
export class FolderMaker {
  private readonly made = new Map<string, Promise<unknown>>();

  make(folder: string): Promise<unknown> {
    let making = this.made.get(folder);
    if (!making) {
      making = mkdir(folder, { recursive: true });
      this.made.set(folder, making);
    }
    return making;
  }
}
