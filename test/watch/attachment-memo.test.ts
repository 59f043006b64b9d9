import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { AttachmentMemo } from '../../src/attachments/attachment-memo.js';
import { checkApplication } from '../../src/check-application.js';
import { openCheckRun } from '../../src/run/check-run.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';
import { truncatedPdf } from '../helpers/hostile-pdf.js';
import { sleep } from '../helpers/waiting.js';

afterAll(removeTempDirs);

const A03 = 'files/A03.pdf';
/** how long after a time in whole seconds a file may still change unseen (src/attachments/attachment-memo.ts) */
const COARSE_MS = 4000;

describe('what --watch remembers of attachments', () => {
  it('uses a report again only while the file on disk is the same: a save is always read', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    // written more than a tick of the file system's clock before the check (see the last test)
    await sleep(150);
    const run = openCheckRun({ cache: false }, [dir], { remembers: true });
    onTestFinished(() => run.close());
    const memo = run.memo!;
    const first = await checkApplication(dir, { now: IN_WINDOW }, run);
    expect(first.ready).toBe(true);
    const file = path.join(dir, A03);
    const stamp = AttachmentMemo.stampOf(fs.statSync(file));
    const remembered = memo.get(fs.realpathSync(file), A03, stamp);
    expect(remembered?.path).toBe(A03);

    fs.writeFileSync(file, truncatedPdf(0.5));
    expect(memo.get(fs.realpathSync(file), A03, AttachmentMemo.stampOf(fs.statSync(file)))).toBeUndefined();
    const second = await checkApplication(dir, { now: IN_WINDOW }, run);
    expect(second.ready).toBe(false);
    expect(second.findings.filter((f) => f.file === A03).map((f) => f.code)).not.toEqual([]);
  });

  it('does not remember a file saved just now on a file system that keeps times to the second (FAT, HFS+)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, A03);
    const remembered = async () => {
      const run = openCheckRun({ cache: false }, [dir], { remembers: true });
      await checkApplication(dir, { now: IN_WINDOW }, run).finally(() => run.close());
      return run.memo!.get(fs.realpathSync(file), A03, AttachmentMemo.stampOf(fs.statSync(file)));
    };
    // what FAT shows of a save made now: its time in whole seconds, which Windows rounds up to the
    // next even second. A second save of the same size in those seconds would leave the stamp as it
    // is: the file is read again. A check that reached A03 seconds later (a busy machine) no longer
    // looked "just after the save", and proves nothing: it is made again
    let evenSecond: number;
    let late: boolean;
    let tries = 0;
    do {
      evenSecond = 2 * Math.ceil(Date.now() / 2000);
      fs.utimesSync(file, evenSecond, evenSecond);
      const memo = await remembered();
      late = Date.now() - evenSecond * 1000 >= COARSE_MS;
      if (!late || ++tries === 10) expect(memo).toBeUndefined();
    } while (late && tries < 10);
    // saved a while ago: no save can hide behind its time any more (its change of time itself, a
    // tick of the clock before the look)
    fs.utimesSync(file, evenSecond - 10, evenSecond - 10);
    await sleep(150);
    expect((await remembered())?.path).toBe(A03);
  });

  it('does not remember a file changed within a tick of the clock before it was looked at, on any file system', () => {
    const file = path.join(tempDir(), 'a.pdf');
    fs.writeFileSync(file, '%PDF-1.7');
    // a time of the millisecond, as a fine file system keeps it; its change now
    const fine = Math.floor(Date.now() / 1000) - 10 + 0.123;
    fs.utimesSync(file, fine, fine);
    const info = fs.statSync(file);
    // a second write of the same size in the same tick of the clock would leave size and times as they are
    expect(AttachmentMemo.mayChangeUnseen(info, info.ctimeMs + 20)).toBe(true);
    // looked at a while after the change: any later write gets a later time
    expect(AttachmentMemo.mayChangeUnseen(info, info.ctimeMs + 1000)).toBe(false);
  });
});
