import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AttachmentMemo } from '../../src/attachments/attachment-memo.js';
import { checkApplication } from '../../src/check-application.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';
import { truncatedPdf } from '../helpers/hostile-pdf.js';

afterAll(removeTempDirs);

const A03 = 'files/A03.pdf';

describe('what --watch remembers of attachments', () => {
  it('uses a report again only while the file on disk is the same: a save is always read', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const memo = new AttachmentMemo();
    const first = await checkApplication(dir, { now: IN_WINDOW, memo, cache: false });
    expect(first.ready).toBe(true);
    const file = path.join(dir, A03);
    const stamp = AttachmentMemo.stampOf(fs.statSync(file));
    const remembered = memo.get(fs.realpathSync(file), A03, stamp);
    expect(remembered?.path).toBe(A03);

    fs.writeFileSync(file, truncatedPdf(0.5));
    expect(memo.get(fs.realpathSync(file), A03, AttachmentMemo.stampOf(fs.statSync(file)))).toBeUndefined();
    const second = await checkApplication(dir, { now: IN_WINDOW, memo, cache: false });
    expect(second.ready).toBe(false);
    expect(second.findings.filter((f) => f.file === A03).map((f) => f.code)).not.toEqual([]);
  });

  it('does not remember a file saved just now on a file system that keeps times to the second (FAT, HFS+)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, A03);
    const remembered = async () => {
      const memo = new AttachmentMemo();
      await checkApplication(dir, { now: IN_WINDOW, memo, cache: false });
      return memo.get(fs.realpathSync(file), A03, AttachmentMemo.stampOf(fs.statSync(file)));
    };
    // what FAT shows of a save made now: its time in whole seconds, which Windows rounds up to the
    // next even second. A second save of the same size in those seconds would leave the stamp as it
    // is: the file is read again
    const evenSecond = 2 * Math.ceil(Date.now() / 2000);
    fs.utimesSync(file, evenSecond, evenSecond);
    expect(await remembered()).toBeUndefined();
    // saved a while ago: no save can hide behind its time any more
    fs.utimesSync(file, evenSecond - 10, evenSecond - 10);
    expect((await remembered())?.path).toBe(A03);
  });
});
