import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isStale, makeFolderSync } from './folder-upkeep.js';

// what the verdict cache and the result cache both do with the entries they keep: the run's
// writes into the cache folder (CacheWrites), and each cache's folder of entries (EntryFolder)

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

/** Entries made by another version of gecc (a folder per identity in `parent`) will never be asked for again by this one. */
async function removeOtherIdentities(parent: string, identity: string): Promise<void> {
  const others = (await readdir(parent)).filter((name) => name !== identity && /^[0-9a-f]{32}$/.test(name));
  await Promise.all(others.map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
}

/**
 * Keeps a folder of entries within `bound`, the oldest going first, looked at once every
 * `between` entries written: it is trimmed to four fifths of the bound once fewer than
 * `between` places are left, so that the bound holds until the next look. Temporary files left
 * there by runs that stopped while writing go too.
 */
export async function trimOldest(folder: string, bound: number, between: number): Promise<void> {
  const names = await readdir(folder);
  await Promise.all(
    names
      .filter((name) => name.endsWith('.tmp'))
      .map(async (name) => {
        const file = path.join(folder, name);
        if (isStale((await stat(file).catch(() => undefined))?.mtimeMs)) await rm(file, { force: true });
      }),
  );
  if (names.length <= bound - between) return;
  const aged = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(path.join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  aged.sort((a, b) => a.time - b.time);
  const excess = aged.slice(0, names.length - Math.floor(bound * 0.8));
  await Promise.all(excess.map(({ name }) => rm(path.join(folder, name), { force: true })));
}

/** Why the cache folder could not be written: the folder, and the system's reason (ENOSPC, EACCES…). */
export interface CacheProblem {
  folder: string;
  reason: string;
}

/**
 * The writes of one run into the cache folder, shared by its verdict and result caches. An entry
 * is written whole under another name, then renamed: a reader never sees half of one, and the
 * temporary file never stays, whatever fails. Each folder of entries is made once a run, and
 * writers at the same moment (the applications of a batch) all wait for the one making it (one
 * that went on would write into a folder not made yet). Once a write fails (a folder that cannot
 * be made, a full disk, no permission), nothing more is written this run, and `told` hears of it
 * once: the check goes on, only without keeping what it found.
 */
export class CacheWrites {
  private readonly made = new Map<string, Promise<unknown>>();
  private failed = false;

  constructor(
    readonly root: string,
    private readonly told?: (problem: CacheProblem) => void,
  ) {}

  /** Writes `content` as `file`; whether it was written. */
  async write(file: string, content: string): Promise<boolean> {
    if (this.failed) return false;
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await this.makeFolder(path.dirname(file));
      await writeFile(temporary, content, { flag: 'wx' });
      await rename(temporary, file);
      return true;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      if (!this.failed) {
        this.failed = true;
        this.told?.({ folder: this.root, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      }
      return false;
    }
  }

  private makeFolder(folder: string): Promise<unknown> {
    let making = this.made.get(folder);
    if (!making) {
      making = new Promise((resolve) => resolve(makeFolderSync(folder)));
      this.made.set(folder, making);
    }
    return making;
  }
}

/** How many entries a folder of them holds, and how large one may be. */
export interface EntryBounds {
  /** entries per folder before the oldest are removed */
  entries: number;
  /** a folder is trimmed on its first entry written in a run and on every this many after */
  every: number;
  /** an entry larger than this is neither written nor read (it is not one of ours) */
  maxBytes: number;
}

/**
 * One cache's entries, as one run reads and writes them: below `parent` (the cache's kind and
 * format, such as verdicts-1), in a folder of the identity of the code that makes them, so that
 * another version of gecc never takes them for its own. Each entry is written whole (see
 * CacheWrites); each folder of entries is kept within its bound, looked at on the first entry a run
 * writes there and every `every` after (a listing each time would cost more than the entry); the
 * entries of other versions are removed once a run, after its first write.
 */
export class EntryFolder {
  /** where this version's entries lie */
  readonly folder: string;
  /** entries written this run, by folder */
  private readonly written = new Map<string, number>();
  private othersRemoved = false;

  constructor(
    private readonly writes: CacheWrites,
    private readonly parent: string,
    private readonly identity: string,
    private readonly bounds: EntryBounds,
  ) {
    this.folder = path.join(parent, identity);
  }

  /** An entry's JSON, parsed; undefined when it is missing, not a file, too large or not JSON. */
  async read(file: string): Promise<unknown> {
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > this.bounds.maxBytes) return undefined;
      return JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** Writes an entry (a file in or below `folder`); whether it was written. Throws only when trimming fails. */
  async write(file: string, content: string): Promise<boolean> {
    if (content.length > this.bounds.maxBytes) return false;
    const folder = path.dirname(file);
    const before = this.written.get(folder) ?? 0;
    this.written.set(folder, before + 1);
    if (!(await this.writes.write(file, content))) return false;
    // up to `every` more come before the next look: the bound holds in between
    if (before % this.bounds.every === 0) await trimOldest(folder, this.bounds.entries, this.bounds.every);
    if (!this.othersRemoved) {
      this.othersRemoved = true;
      await removeOtherIdentities(this.parent, this.identity);
    }
    return true;
  }
}
