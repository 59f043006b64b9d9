import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { jsonReport } from '../../src/report/json-report.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';

afterAll(removeTempDirs);

describe('an attachment is resolved once', () => {
  it('the item names the file as resolved, and the report of that file says where it is on disk, kept out of reports', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/./B01.pdf'];
    const dir = writeApplication(tempDir(), spec);
    const app = await checkApplication(dir, { now: IN_WINDOW, cache: false });
    expect(app.items.find((i) => i.id === 'B01')?.attachments).toEqual(['files/B01.pdf']);
    const file = path.join(dir, 'files', 'B01.pdf');
    const report = app.attachments.find((a) => a.path === 'files/B01.pdf');
    expect(report?.onDisk).toEqual({
      realPath: fs.realpathSync(file),
      device: fs.statSync(file).dev,
      inode: fs.statSync(file).ino,
      judged: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    });
    const json = jsonReport({ applications: [app], summary: { applications: 1, ready: 1, notReady: 0 } }, 'en');
    expect(json).not.toMatch(/onDisk|realPath|inode|judged/);
  });
});
