import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNoise, snapshot, watchFolders, type WatchClock } from '../../src/watch/watch-folders.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, failing after `ms`. */
async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await sleep(20);
  }
}

function startWatching(dir: string, mode: 'events' | 'poll', clock?: WatchClock) {
  const controller = new AbortController();
  const calls: string[][] = [];
  const done = watchFolders([dir], async (changed) => void calls.push(changed.map((f) => path.relative(dir, f))), {
    signal: controller.signal,
    debounceMs: 100,
    mode,
    pollMs: 100,
    ...(clock ? { clock } : {}),
  });
  return { calls, stop: () => controller.abort(), done };
}

describe('isNoise', () => {
  it('ignores editor and Office scratch files, not the application', () => {
    for (const name of [
      '.application.yaml.swp',
      'files/~$report.docx',
      'application.yaml~',
      '.git/index',
      'files/.DS_Store',
      '4913',
      'x.tmp',
    ]) {
      expect(isNoise(name), name).toBe(true);
    }
    for (const name of ['application.yaml', 'files/B01.pdf', 'files/ภาพ/A05.jpg']) expect(isNoise(name), name).toBe(false);
  });
});

describe('snapshot', () => {
  it('records every file in the tree by size and time, scratch files too, nothing in a hidden folder', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'files', 'sub'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref');
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'a');
    fs.writeFileSync(path.join(dir, 'files', 'sub', 'B01.pdf'), 'bb');
    fs.writeFileSync(path.join(dir, '.hidden'), 'x');
    const stamps = await snapshot(dir);
    expect([...stamps.keys()].sort()).toEqual(['', '.hidden', 'application.yaml', path.join('files', 'sub', 'B01.pdf')]);
    expect(stamps.get('application.yaml')).toMatch(/^1:/);
  });

  it('walks a hidden folder only where the last check read a file in it', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git', 'objects'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.git', 'objects', 'o1'), '');
    fs.mkdirSync(path.join(dir, 'files', '.scans'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'files', '.scans', 'A02.pdf'), 'scan');
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'a');
    const kept = new Set([path.join('files', '.scans', 'A02.pdf'), path.join('files', '.scans')]);
    expect([...(await snapshot(dir, kept)).keys()].sort()).toEqual(['', 'application.yaml', path.join('files', '.scans', 'A02.pdf')]);
  });
});

for (const mode of ['events', 'poll'] as const) {
  describe(`watchFolders (${mode}), with real file changes`, () => {
    it('reports a change of application.yaml, and of an attachment in a new sub-folder, once each burst settles', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'application.yaml'), 'edition: "2566"\n');
      const w = startWatching(dir, mode);
      // time for the watcher to start, on a machine busy with other work
      await sleep(1000);
      // an editor's save: several writes in a row make one re-check
      for (let i = 0; i < 3; i++) fs.appendFileSync(path.join(dir, 'application.yaml'), `# ${i}\n`);
      await until(() => w.calls.length === 1);
      expect(w.calls[0]).toContain('application.yaml');

      fs.mkdirSync(path.join(dir, 'files', 'basic'), { recursive: true });
      await sleep(1000);
      fs.writeFileSync(path.join(dir, 'files', 'basic', 'B01.pdf'), '%PDF-1.4');
      await until(() => w.calls.some((c) => c.includes(path.join('files', 'basic', 'B01.pdf'))));

      w.stop();
      await w.done;
      const count = w.calls.length;
      fs.appendFileSync(path.join(dir, 'application.yaml'), '# after\n');
      await sleep(300);
      expect(w.calls.length).toBe(count);
    });

    it('does not re-check for scratch files', async () => {
      const dir = tempDir();
      const w = startWatching(dir, mode);
      // time for the watcher to start, on a machine busy with other work
      await sleep(1000);
      fs.writeFileSync(path.join(dir, '.application.yaml.swp'), 'x');
      fs.writeFileSync(path.join(dir, '~$form.docx'), 'x');
      await sleep(500);
      expect(w.calls).toEqual([]);
      w.stop();
      await w.done;
    });
  });
}

describe('watchFolders timing', () => {
  it('waits for the debounce on the injected clock, and never overlaps calls', async () => {
    const dir = tempDir();
    const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
    const clock: WatchClock = {
      setTimeout: (callback, ms) => {
        const timer = { callback, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (timer) => void ((timer as { cleared: boolean }).cleared = true),
    };
    const controller = new AbortController();
    const calls: string[][] = [];
    let inside = 0;
    let overlapped = false;
    const done = watchFolders(
      [dir],
      async (changed) => {
        overlapped ||= inside > 0;
        inside++;
        calls.push(changed);
        await sleep(50);
        inside--;
      },
      { signal: controller.signal, debounceMs: 1000, mode: 'events', clock },
    );
    // the system's notifications begin a moment after the call, later on a busy machine, and the
    // comparison behind them waits on the injected clock: saved again until a save is heard
    const waiting = () => timers.some((t) => t.ms === 1000 && !t.cleared);
    await until(() => {
      if (!waiting()) fs.writeFileSync(path.join(dir, 'application.yaml'), 'a');
      return waiting();
    });
    // nothing happens until the clock says the quiet time is over
    await sleep(100);
    expect(calls).toEqual([]);
    const fire = () => timers.filter((t) => t.ms === 1000 && !t.cleared).forEach((t) => ((t.cleared = true), t.callback()));
    fire();
    await until(() => calls.length === 1);
    expect(calls[0]!.map((f) => path.basename(f))).toContain('application.yaml');
    controller.abort();
    await done;
    expect(overlapped).toBe(false);
  });

  it('resolves at once for a signal aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await watchFolders([tempDir()], async () => undefined, { signal: controller.signal });
  });
});
