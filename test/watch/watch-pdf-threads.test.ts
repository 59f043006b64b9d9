import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { checkTargets } from '../../src/check-targets.js';
import { type WatchCheckOptions, watchCheck } from '../../src/cli/watch-check.js';
import type { CheckRun } from '../../src/run/check-run.js';
import { runAround } from '../helpers/runs.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';
import { sleep, until } from '../helpers/waiting.js';

afterAll(() => removeTempDirs());

const NOW = new Date('2023-02-01T09:00:00+07:00');

/** Node numbers threads in the order started: a new one's number tells how many came before it. */
async function nextThreadId(): Promise<number> {
  const probe = new Worker('', { eval: true });
  const id = probe.threadId;
  await probe.terminate();
  return id;
}

/**
 * An application whose verdicts are all in a cache already (the first check reads no PDF), then
 * watched while B03.pdf is saved cut short and then mended: both saves are new bytes, read again.
 */
async function watchTwoSaves(
  check: Omit<WatchCheckOptions['check'], 'cacheFolder'>,
  runIn?: (cacheFolder: string) => CheckRun,
): Promise<{ code: number; threads: number }> {
  const dir = writeApplication(tempDir(), readyNewUnit());
  const cacheFolder = tempDir();
  await checkTargets([dir], { now: NOW, cacheFolder });
  const pdf = path.join(dir, 'files', 'B03.pdf');
  const good = fs.readFileSync(pdf);
  const before = await nextThreadId();
  const controller = new AbortController();
  let stdout = '';
  const running = watchCheck({
    folders: [dir],
    check: { ...check, now: NOW, cacheFolder },
    ...(runIn ? { run: runIn(cacheFolder) } : {}),
    lang: 'en',
    color: false,
    io: { stdout: (t) => void (stdout += t), stderr: () => undefined, stdoutIsTTY: false, env: {} },
    signal: controller.signal,
  });
  await until(() => stdout.includes('First check'), 'the first check');
  await sleep(500);
  const from = stdout.length;
  fs.writeFileSync(pdf, good.subarray(0, Math.floor(good.length / 2)));
  await until(() => stdout.slice(from).includes('is no longer ready'), 'the damaged PDF');
  expect(stdout.slice(from)).toContain('files/B03.pdf does not open as a PDF');
  await sleep(300);
  const again = stdout.length;
  fs.writeFileSync(pdf, makePdf({ text: 'mended' }));
  await until(() => stdout.slice(again).includes('is now ready to send'), 'the mended PDF');
  controller.abort();
  const code = await running;
  // the threads started while watching, less the probe that counts them
  return { code, threads: (await nextThreadId()) - before - 1 };
}

describe('gecc check --watch keeps its PDF reading threads for the whole watch', () => {
  it('starts its threads once: every saved PDF is read in them, none is started per check', async () => {
    const { code, threads } = await watchTwoSaves({ concurrency: 1 });
    expect(code).toBe(0);
    expect(threads).toBe(1);
  }, 120_000);

  it('starts the threads of a pool it is given before the first save, and leaves that pool open', async () => {
    const pool = new PdfPool({ size: 2, timeoutMs: 20_000 });
    const run = (cacheFolder: string) => runAround(pool, { cacheFolder }, { remembers: true });
    const { code, threads } = await watchTwoSaves({ concurrency: 2 }, run);
    expect(code).toBe(0);
    expect(threads).toBe(2);
    expect(pool.threads).toBe(2);
    expect((await pool.read(makePdf())).kind).not.toBe('reader-failed');
    await pool.close();
  }, 120_000);
});
