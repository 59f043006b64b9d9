import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNoise, watchFolders } from '../../src/watch/watch-folders.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';
import { sleep, until } from '../helpers/waiting.js';
import { folderToSave, saves } from '../helpers/editor-saves.js';
import { testClock } from '../helpers/watch-clock.js';

afterAll(() => removeTempDirs());

/** Watches `dir` on the system's notifications with a test clock of 30 ms (the poll never comes). */
function watchWithTestClock(dir: string, onChange: (changed: string[]) => Promise<void>) {
  const test = testClock(30);
  const controller = new AbortController();
  const done = watchFolders([dir], onChange, {
    signal: controller.signal,
    debounceMs: 30,
    mode: 'events',
    pollMs: 600_000,
    clock: test.clock,
  });
  const stop = async () => {
    controller.abort();
    await done;
  };
  return { ...test, stop };
}

/**
 * chokidar tells of a file's change once per 50 ms and drops the changes made in that time: the
 * system's own notifications, which it passes on before that, are what these rest on. Each case
 * writes the second time right after the first was told, inside those 50 ms where the machine
 * keeps up; where it does not, chokidar tells of the second write itself, and the case still holds.
 */
describe('watchFolders counts quiet time from the last write, not from chokidar’s last event', () => {
  it('waits again when a file goes on being written after the change was told', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'B01.pdf');
    fs.writeFileSync(file, 'first part');
    const seen: number[] = [];
    const { timers, waiting, fire, stop } = watchWithTestClock(dir, async () => void seen.push(fs.statSync(file).size));
    await sleep(500);
    fs.appendFileSync(file, ', second part');
    await until(() => waiting().length > 0, 'the first write told');
    const first = waiting()[0]!;
    fs.appendFileSync(file, ', last part');
    // the wait began again: the check would otherwise read the file half written
    await until(() => first.cleared && waiting().length > 0, 'the wait begun again');
    fire();
    await until(() => seen.length === 1, 'the check');
    expect(seen).toEqual([fs.statSync(file).size]);
    expect(timers.filter((t) => t.ms === 30).length).toBeGreaterThan(1);
    await stop();
  }, 60_000);

  it('checks again a file written again after the check began, even within chokidar’s silence', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'application.yaml');
    fs.writeFileSync(file, 'edition: "2566"\n');
    const calls: string[][] = [];
    const { waiting, fire, stop } = watchWithTestClock(dir, async (changed) => {
      calls.push(changed.map((f) => path.relative(dir, f)));
      // saved again while the first save is being checked
      if (calls.length === 1) fs.appendFileSync(file, '# saved again\n');
    });
    await sleep(500);
    fs.appendFileSync(file, '# saved\n');
    await until(() => waiting().length > 0, 'the first save told');
    fire();
    await until(() => calls.length === 1 && waiting().length > 0, 'the second save noticed');
    fire();
    await until(() => calls.length === 2, 'the second check');
    expect(calls).toEqual([['application.yaml'], ['application.yaml']]);
    await stop();
  }, 60_000);

  it('sets off no check when a file is only read: its access time changes, not the file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'B01.pdf');
    fs.writeFileSync(file, 'content');
    const calls: string[][] = [];
    const { waiting, fire, stop } = watchWithTestClock(dir, async (changed) => {
      calls.push(changed);
      // what a check does with the file it was told of: read it (its access time may change)
      fs.readFileSync(file);
      fs.readFileSync(file);
    });
    await sleep(500);
    fs.appendFileSync(file, ' and more');
    await until(() => waiting().length > 0, 'the save told');
    fire();
    await until(() => calls.length === 1, 'the check');
    await sleep(500);
    expect(waiting()).toEqual([]);
    expect(calls.length).toBe(1);
    await stop();
  }, 60_000);
});

describe('watchFolders with its default quiet time', () => {
  it('checks every save once it is complete, whatever way it is saved, and lists no scratch file', async () => {
    const { dir, answers, attachment } = folderToSave(tempDir());
    const controller = new AbortController();
    const calls: { changed: string[]; contents: Map<string, string> }[] = [];
    const done = watchFolders(
      [dir],
      async (changed) => {
        // what the check would read: every changed file as it is now
        const contents = new Map(changed.filter((f) => fs.existsSync(f)).map((f) => [path.relative(dir, f), fs.readFileSync(f, 'latin1')]));
        calls.push({ changed: changed.map((f) => path.relative(dir, f)), contents });
      },
      { signal: controller.signal },
    );
    await sleep(500);
    let round = 0;
    for (const [name, save] of Object.entries(saves)) {
      for (const file of [answers, attachment]) {
        for (let i = 0; i < 2; i++) {
          round++;
          const bytes = file === answers ? `edition: "2566"\n# ${name} ${round}\n` : makePdf({ text: `${name} ${round}` });
          const before = calls.length;
          save(file, bytes);
          const relative = path.relative(dir, file);
          const expected = Buffer.from(bytes).toString('latin1');
          // the last check after the save read it whole
          await until(
            () => calls.slice(before).some((c) => c.contents.get(relative) === expected),
            `save ${round} (${name}) of ${relative}`,
          );
          await sleep(200);
        }
      }
    }
    controller.abort();
    await done;
    const listed = new Set(calls.flatMap((c) => c.changed));
    expect([...listed].filter((f) => isNoise(f))).toEqual([]);
    expect([...listed].sort()).toEqual(['application.yaml', path.join('files', 'B01.pdf')]);
  }, 120_000);
});
