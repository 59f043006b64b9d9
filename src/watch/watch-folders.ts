import { watch } from 'chokidar';
import type { Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { leadsOutside } from '../cache/lies-within.js';

/** The timers the watcher uses: the real ones, or a test's. */
export interface WatchClock {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: WatchClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface WatchOptions {
  /** stops the watching; the promise of watchFolders then resolves */
  signal: AbortSignal;
  /**
   * quiet time after the last change before re-checking: an editor's save is several events.
   * Counted from the system's last notification about a changed file, not chokidar's last event
   */
  debounceMs?: number;
  /**
   * 'events': the system's change notifications, with a comparison every pollMs behind them
   * (default 2 s); 'poll': only the comparison, every pollMs (default 1 s).
   */
  mode?: 'events' | 'poll';
  pollMs?: number;
  clock?: WatchClock;
  /** files whose changes set off no check (the watch's own output, when it is written into a watched folder) */
  ignored?: (file: string) => boolean;
  /**
   * the files the last check read or looked for: watched whatever their names (an attachment in
   * `files/.scans/` or named `x.tmp.pdf` is no scratch file). Asked again after every check
   */
  read?: () => Iterable<string>;
  /**
   * the first check: run once watching has begun, so that a save made while it runs, or just
   * after it, is not lost; if it throws, watching stops and the error is passed on
   */
  initial?: () => Promise<void>;
}

/**
 * Files that change without the application changing: editors' swap, backup and temporary
 * files (vim's .swp, ~ and 4913, Emacs's .#x and #x#, gedit's .goutputstream-*, JetBrains'
 * ___jb_tmp___, the .tmp of a save that writes a copy and renames it over the file), Office's
 * "~$" owner files, Explorer's and Finder's own files, hidden folders. Re-checking on them
 * would only redraw the same report, and listing them as "changed" would say nothing.
 */
export function isNoise(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return true;
  const name = parts[parts.length - 1] ?? '';
  return (
    name.startsWith('~$') ||
    name.endsWith('~') ||
    (name.startsWith('#') && name.endsWith('#')) ||
    name === '4913' ||
    /^(thumbs\.db|desktop\.ini)$/i.test(name) ||
    /\.(swp|swx|swo|tmp|temp|bak|crdownload|part)$/i.test(name) ||
    /\.(tmp|temp)[.-][\w-]*$/i.test(name) ||
    /___jb_(tmp|old|bak)___$/.test(name)
  );
}

/**
 * Watches the folders (and everything inside them) and calls `onChange` with the paths that
 * changed, once the changes have settled. Calls never overlap: changes during a call are
 * collected for the next one. Resolves when the signal aborts (after a call under way ends).
 *
 * Two ways of noticing, one behind the other. The system's notifications, through chokidar:
 * it watches folders rather than files, so a save that writes a new file and renames it over
 * the old one (most editors; vim writes a backup first), a delete and a re-create are all
 * seen, and it does so on Linux, macOS and Windows alike (Node's own recursive fs.watch on
 * Linux watches each file's inode, and goes blind to a file once it is replaced). And, every
 * `pollMs`, a comparison of what is in the folder with what the last check saw (size, time,
 * inode): it catches what notifications miss (network drives, a folder removed and made again,
 * the system's watch limit reached) within a few seconds.
 */
export async function watchFolders(
  folders: readonly string[],
  onChange: (changed: string[]) => Promise<void>,
  options: WatchOptions,
): Promise<void> {
  const { signal } = options;
  const clock = options.clock ?? realClock;
  // per folder, the files the last check read that look like scratch files, and the folders leading to them
  let kept = new Map<string, ReadonlySet<string>>();
  const ignoredIn = (folder: string) => (relative: string) => isNoise(relative) && !kept.get(folder)?.has(relative);
  const restarts = new Map<string, () => void>();
  /**
   * Takes the files the last check read; notifications begin anew for a folder where one more is
   * kept. A file in a hidden folder read for the first time is in no snapshot taken before: the
   * next poll finds it and checks once more, so a change made while the check read it is not lost.
   */
  const keepRead = () => {
    if (!options.read) return;
    const before = kept;
    kept = keptPaths(folders, options.read());
    for (const folder of folders) {
      const now = kept.get(folder);
      if (now && [...now].some((relative) => !before.get(folder)?.has(relative))) restarts.get(folder)?.();
    }
  };
  // editors write a save as two or three events within a few milliseconds (vim, gedit, a save
  // renamed over the file: 1–20 ms here, a 40 MB copy included); a longer write keeps postponing
  // the check (see stirredIn), so the wait only has to outlast the gaps inside one save
  const debounceMs = options.debounceMs ?? 30;
  const pollMs = options.pollMs ?? (options.mode === 'poll' ? 1000 : 2000);
  const pending = new Set<string>();
  let timer: unknown;
  let running: Promise<void> | undefined;
  const stops: (() => void | Promise<void>)[] = [];
  // what each folder held when the last check began: the poll reports what differs from it
  const baselines = new Map<string, Map<string, string>>();
  // counts the baselines taken by checks: a poll whose snapshot began before the last one is stale
  let generation = 0;
  // when chokidar last told of each file: it tells a file's changes once per 50 ms, and drops
  // those made in that time (stirredIn looks at them itself)
  const told = new Map<string, number>();

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running || pending.size === 0 || signal.aborted) return;
    const changed = [...pending].sort();
    pending.clear();
    running = (async () => {
      generation++;
      for (const folder of folders) baselines.set(folder, await snapshot(folder, kept.get(folder)));
      await onChange(changed);
    })()
      .catch(() => undefined)
      .finally(keepRead);
    await running;
    running = undefined;
    if (pending.size > 0) schedule();
  };
  const schedule = () => {
    if (signal.aborted) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => void flush(), debounceMs);
  };
  const changedIn = (folder: string) => (relative: string) => {
    if (ignoredIn(folder)(relative)) return;
    const file = relative ? path.join(folder, relative) : folder;
    if (options.ignored?.(file)) return;
    pending.add(file);
    if (told.size > 1000) for (const [old, at] of told) if (performance.now() - at > TOLD_MS) told.delete(old);
    told.set(file, performance.now());
    schedule();
  };
  /**
   * The system's own notifications (several for one write), which chokidar thins out: for a file
   * it has just told of, one means the file is still being written (the check waits until it is
   * quiet) or was written again after the check began (checked again if it differs from what the
   * check began with). Any other is left to chokidar: reading a file touches its access time,
   * which Windows notifies, and that must never set off a check.
   */
  const stirredIn = (folder: string) => (relatives: readonly string[]) => {
    for (const relative of relatives) {
      if (!relative || ignoredIn(folder)(relative)) continue;
      const file = path.join(folder, relative);
      const at = told.get(file);
      if (at === undefined) continue;
      if (performance.now() - at > TOLD_MS) {
        told.delete(file);
        continue;
      }
      if (pending.has(file)) {
        if (timer !== undefined) schedule();
        continue;
      }
      void differsFrom(baselines.get(folder), folder, relative).then((differs) => {
        if (!differs || pending.has(file) || signal.aborted) return;
        pending.add(file);
        schedule();
      });
    }
  };

  for (const folder of folders) {
    const report = changedIn(folder);
    const stirred = stirredIn(folder);
    baselines.set(folder, await snapshot(folder, kept.get(folder)));
    let events: Promise<() => Promise<void>> | undefined;
    let root = baselines.get(folder)!.get(ROOT);
    const restartEvents = () => {
      const previous = events;
      events = (async () => {
        await (await previous)?.();
        return watchEvents(folder, report, stirred, ignoredIn(folder));
      })();
    };
    if (options.mode !== 'poll') {
      restartEvents();
      restarts.set(folder, restartEvents);
    }
    stops.push(async () => (await events)?.());
    stops.push(
      pollFolder(
        folder,
        (current, since) => {
          if (since !== generation) return;
          const before = baselines.get(folder) ?? new Map<string, string>();
          for (const [file, stamp] of current) if (file !== ROOT && before.get(file) !== stamp) report(file);
          for (const file of before.keys()) if (file !== ROOT && !current.has(file)) report(file);
          // the folder itself was removed and made again: notifications of the old one say nothing any more
          if (current.get(ROOT) !== root) {
            root = current.get(ROOT);
            report('');
            if (options.mode !== 'poll' && root !== undefined) restartEvents();
          }
          baselines.set(folder, current);
        },
        pollMs,
        clock,
        () => generation,
        () => kept.get(folder),
      ),
    );
  }

  if (options.initial) {
    running = options.initial();
    try {
      await running;
    } catch (error) {
      if (timer !== undefined) clock.clearTimeout(timer);
      await Promise.all(stops.map((stop) => stop()));
      throw error;
    } finally {
      running = undefined;
    }
    keepRead();
    if (pending.size > 0) schedule();
  }

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  if (timer !== undefined) clock.clearTimeout(timer);
  await Promise.all(stops.map((stop) => stop()));
  await running;
  // what changed since the last check and was not checked yet (a save in its quiet time, a change
  // the poll had not come to) is checked once more: the caller's last result is about the files as
  // they are when the watch ends
  for (const folder of folders) {
    const before = baselines.get(folder) ?? new Map<string, string>();
    const current = await snapshot(folder, kept.get(folder));
    const ignored = ignoredIn(folder);
    for (const file of new Set([...before.keys(), ...current.keys()]))
      if (before.get(file) !== current.get(file) && !ignored(file)) pending.add(file === ROOT ? folder : path.join(folder, file));
  }
  const changed = [...pending].filter((file) => !options.ignored?.(file)).sort();
  if (changed.length > 0) await onChange(changed).catch(() => undefined);
}

/**
 * For each folder, the paths of `files` inside it that look like scratch files, and the folders
 * leading to them, relative to it.
 */
function keptPaths(folders: readonly string[], files: Iterable<string>): Map<string, ReadonlySet<string>> {
  const kept = new Map<string, Set<string>>();
  const absolute = [...files].map((file) => path.resolve(file));
  for (const folder of folders) {
    const root = path.resolve(folder);
    const set = new Set<string>();
    for (const file of absolute) {
      const relative = path.relative(root, file);
      if (relative === '' || relative.startsWith(`..${path.sep}`) || relative === '..' || path.isAbsolute(relative)) continue;
      if (!isNoise(relative)) continue;
      for (let part = relative; part !== '.' && part !== ''; part = path.dirname(part)) set.add(part);
    }
    if (set.size > 0) kept.set(folder, set);
  }
  return kept;
}

/** chokidar's silence after telling of a file's change (50 ms), and some margin */
const TOLD_MS = 100;

/** System notifications for a folder tree, through chokidar; returns how to stop them. */
async function watchEvents(
  folder: string,
  report: (relative: string) => void,
  stirred: (relatives: readonly string[]) => void,
  ignoredPath: (relative: string) => boolean,
): Promise<() => Promise<void>> {
  const absolute = path.resolve(folder);
  const relative = (file: string) => path.relative(absolute, path.resolve(file));
  const watcher = watch(absolute, {
    ignoreInitial: true,
    // a link is a file of its own for gecc (a link leading outside is refused): nothing behind it is watched
    followSymlinks: false,
    ignored: (file: string) => {
      const rel = relative(file);
      return rel !== '' && ignoredPath(rel);
    },
    ignorePermissionErrors: true,
    depth: 32,
  });
  watcher.on('all', (_event, file) => report(relative(file)));
  // every notification, before chokidar thins them out: for a watched file, `name` is its own
  // name; for a watched folder, the name of what changed in it
  watcher.on('raw', (_event, name, details) => {
    const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
    if (typeof watched !== 'string') return;
    const candidates = [relative(watched)];
    if (typeof name === 'string' && name !== '') candidates.push(relative(path.join(watched, name)));
    stirred(candidates.filter((rel) => !leadsOutside(rel)));
  });
  // e.g. the system's watch limit was reached: the poll goes on noticing changes
  watcher.on('error', () => undefined);
  return () => watcher.close();
}

/** The folder's own entry in a snapshot: which folder it is (made again, it is another one). */
const ROOT = '';

/** Compares what is in the folder every `intervalMs`, passing each snapshot on. */
function pollFolder(
  folder: string,
  compare: (current: Map<string, string>, since: number) => void,
  intervalMs: number,
  clock: WatchClock,
  generation: () => number,
  kept: () => ReadonlySet<string> | undefined,
): () => void {
  let stopped = false;
  let handle: unknown;
  const tick = async () => {
    const since = generation();
    const current = await snapshot(folder, kept());
    if (stopped) return;
    compare(current, since);
    handle = clock.setTimeout(() => void tick(), intervalMs);
  };
  handle = clock.setTimeout(() => void tick(), intervalMs);
  return () => {
    stopped = true;
    if (handle !== undefined) clock.clearTimeout(handle);
  };
}

/**
 * Size, times and inode of every file in the tree (no symbolic links followed; bounded), and
 * under '' the folder's own inode. A file replaced by a rename-save has a new inode even when
 * its size and time look the same. Scratch files are recorded too (what is a scratch file is
 * decided when comparing: the next check may read one); hidden folders are not walked (a `.git`
 * folder would cost every poll dearly), except to the `kept` files the last check read.
 */
export async function snapshot(folder: string, kept?: ReadonlySet<string>, limit = 10_000): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  try {
    const info = await lstat(folder);
    stamps.set(ROOT, `${info.dev}:${info.ino}`);
  } catch {
    return stamps;
  }
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(folder, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (stamps.size >= limit) return;
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!isNoise(child) || kept?.has(child)) await walk(child);
        continue;
      }
      try {
        stamps.set(child, stampOf(await lstat(path.join(folder, child))));
      } catch {
        // gone between the listing and the look: the next round sees it
      }
    }
  };
  await walk('');
  return stamps;
}

const stampOf = (info: Stats) => `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.mode}`;

/** Whether a file is not now as a snapshot recorded it (a folder never is: only its files count). */
async function differsFrom(baseline: Map<string, string> | undefined, folder: string, relative: string): Promise<boolean> {
  const before = baseline?.get(relative);
  try {
    const info = await lstat(path.join(folder, relative));
    return !info.isDirectory() && stampOf(info) !== before;
  } catch {
    return before !== undefined;
  }
}
