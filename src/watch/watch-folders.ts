import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

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
  /** quiet time after the last change before re-checking: an editor's save is several events */
  debounceMs?: number;
  /**
   * 'events': the system's change notifications (fs.watch, recursive: Windows, macOS, and
   * Linux from Node 20); 'poll': compare sizes and times every pollMs (network drives, or where
   * notifications are not available). Default: events, falling back to poll if they fail.
   */
  mode?: 'events' | 'poll';
  pollMs?: number;
  clock?: WatchClock;
}

/**
 * Files that change without the application changing: editors' swap and lock files, Office's
 * "~$" owner files, hidden folders. Re-checking on them would only redraw the same report.
 */
export function isNoise(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return true;
  const name = parts[parts.length - 1] ?? '';
  return name.startsWith('~$') || name.endsWith('~') || /\.(swp|swx|tmp|crdownload)$/i.test(name) || name === '4913';
}

/**
 * Watches the folders (and everything inside them) and calls `onChange` with the paths that
 * changed, once the changes have settled. Calls never overlap: changes during a call are
 * collected for the next one. Resolves when the signal aborts (after a call under way ends).
 */
export async function watchFolders(
  folders: readonly string[],
  onChange: (changed: string[]) => Promise<void>,
  options: WatchOptions,
): Promise<void> {
  const { signal } = options;
  const clock = options.clock ?? realClock;
  const debounceMs = options.debounceMs ?? 300;
  const pending = new Set<string>();
  let timer: unknown;
  let running: Promise<void> | undefined;
  const stops: (() => void)[] = [];

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running || pending.size === 0 || signal.aborted) return;
    const changed = [...pending].sort();
    pending.clear();
    running = onChange(changed).catch(() => undefined);
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
    if (isNoise(relative)) return;
    pending.add(path.join(folder, relative));
    schedule();
  };

  for (const folder of folders) {
    const report = changedIn(folder);
    if (options.mode !== 'poll') {
      const stop = watchEvents(folder, report, () => stops.push(pollFolder(folder, report, options.pollMs ?? 1000, clock)));
      if (stop) {
        stops.push(stop);
        continue;
      }
    }
    stops.push(pollFolder(folder, report, options.pollMs ?? 1000, clock));
  }

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  if (timer !== undefined) clock.clearTimeout(timer);
  for (const stop of stops) stop();
  await running;
}

/** System notifications for a folder tree; undefined when they cannot be had here. */
function watchEvents(folder: string, report: (relative: string) => void, fallBack: () => void): (() => void) | undefined {
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, { recursive: true }, (_event, name) => {
      // some systems give no name: then something in the folder changed, which is enough
      report(name ? String(name) : '');
    });
  } catch {
    return undefined;
  }
  let closed = false;
  watcher.on('error', () => {
    // e.g. the folder was removed or the system's watch limit was reached: keep going by polling
    if (closed) return;
    closed = true;
    watcher.close();
    fallBack();
  });
  return () => {
    closed = true;
    watcher.close();
  };
}

/** Compares what is in the folder (sizes and modification times) every `intervalMs`. */
function pollFolder(folder: string, report: (relative: string) => void, intervalMs: number, clock: WatchClock): () => void {
  let stopped = false;
  let handle: unknown;
  let previous: Map<string, string> | undefined;
  const tick = async () => {
    const current = await snapshot(folder);
    if (stopped) return;
    if (previous) {
      for (const [file, stamp] of current) if (previous.get(file) !== stamp) report(file);
      for (const file of previous.keys()) if (!current.has(file)) report(file);
    }
    previous = current;
    handle = clock.setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    if (handle !== undefined) clock.clearTimeout(handle);
  };
}

/** Size and modification time of every file in the tree (no symbolic links followed; bounded). */
export async function snapshot(folder: string, limit = 10_000): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
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
      if (isNoise(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else {
        try {
          const info = await lstat(path.join(folder, child));
          stamps.set(child, `${info.size}:${info.mtimeMs}`);
        } catch {
          // gone between the listing and the look: the next round sees it
        }
      }
    }
  };
  await walk('');
  return stamps;
}
