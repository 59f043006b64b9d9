import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { checkTargets } from '../../src/check-targets.js';
import { openCheckRun } from '../../src/run/check-run.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(() => removeTempDirs());

describe('a run: the readers and caches a batch, a watch, an editing session or a lone check opens once', () => {
  it('holds the verdict and result caches, in the cache folder asked for; a watching run remembers attachments instead of whole results', async () => {
    const cacheFolder = tempDir();
    const batch = openCheckRun({ cacheFolder }, [tempDir()]);
    const watching = openCheckRun({ cacheFolder }, [tempDir()], { remembers: true });
    const off = openCheckRun({ cache: false }, [tempDir()]);
    try {
      expect([batch.verdicts?.root, batch.results !== undefined, batch.memo]).toEqual([cacheFolder, true, undefined]);
      expect([watching.verdicts?.root, watching.results, watching.memo !== undefined]).toEqual([cacheFolder, undefined, true]);
      expect([off.verdicts, off.results]).toEqual([undefined, undefined]);
    } finally {
      await Promise.all([batch.close(), watching.close(), off.close()]);
    }
  });

  it('has no cache when its folder would lie inside a folder it reads, and so writes nothing there', async () => {
    const dir = writeApplication(path.join(tempDir(), 'app'), readyNewUnit());
    const cacheFolder = path.join(dir, 'files', 'cache');
    const run = openCheckRun({ cacheFolder }, [dir]);
    try {
      expect([run.verdicts, run.results]).toEqual([undefined, undefined]);
      expect((await checkApplication(dir, { now: IN_WINDOW, cacheFolder }, run)).ready).toBe(true);
      expect(fs.existsSync(cacheFolder)).toBe(false);
    } finally {
      await run.close();
    }
  });

  it('is used, not closed, by the checks it is given to: its reading threads serve a whole batch and stay for the next', async () => {
    const root = tempDir();
    for (const unit of ['a', 'b']) writeApplication(path.join(root, unit), readyNewUnit());
    const run = openCheckRun({ concurrency: 1, cache: false }, [root]);
    try {
      const report = await checkTargets([root], { now: IN_WINDOW, concurrency: 1 }, run);
      expect(report.summary).toEqual({ applications: 2, ready: 2, notReady: 0 });
      expect(run.pdfReaders.threads).toBe(1);
      expect((await run.pdfReaders.read(new Uint8Array(makePdf()))).kind).toBe('read');
    } finally {
      await run.close();
    }
    expect(run.pdfReaders.threads).toBe(0);
  }, 120_000);
});
