import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';
import { sleep, until } from '../helpers/waiting.js';
import { testClock } from '../helpers/watch-clock.js';
import { watchInProcess, watchProcess } from '../helpers/watch-run.js';

afterAll(() => removeTempDirs());

const NOW = '2023-02-01T09:00:00+07:00';

/** A ready application whose A02 lies in a hidden folder and whose A01 has a name that looks temporary. */
function readyWithHiddenAndTemporary(dir: string): { hidden: string; temporary: string } {
  const spec = readyNewUnit();
  spec.advanced.A01.files = ['files/A01-online-queue.tmp.pdf'];
  spec.advanced.A02.files = ['files/.scans/A02.pdf'];
  writeApplication(dir, spec);
  return { hidden: path.join(dir, 'files', '.scans', 'A02.pdf'), temporary: path.join(dir, 'files', 'A01-online-queue.tmp.pdf') };
}

/** A PDF cut off half-way: what a copy that did not finish leaves. */
const truncatedPdf = () => {
  const whole = makePdf({ text: 'cut short' });
  return whole.subarray(0, Math.floor(whole.length / 2));
};

/** The watch's lines since its last check (the last redraw). */
const lastRedraw = (stdout: string) => stdout.slice(stdout.lastIndexOf('ตรวจใบสมัครศูนย์ราชการสะดวก'));

for (const mode of ['events', 'poll'] as const) {
  describe(`check --watch (${mode}) watches every file the last check read`, () => {
    it('an attachment in a hidden folder or with a temporary-looking name, overwritten, is checked again', async () => {
      const dir = path.join(tempDir(), 'app');
      const { hidden, temporary } = readyWithHiddenAndTemporary(dir);
      // with events, no poll in the time of the test: the system's notifications alone
      const watching = watchInProcess([dir], {
        check: { now: new Date(NOW), cache: false },
        lang: 'th',
        watch: { mode, pollMs: mode === 'poll' ? 300 : 600_000 },
      });
      const stdout = () => watching.output();
      await until(() => stdout().includes('ตรวจครั้งแรก'), 'the first check');
      expect(stdout()).toContain('✔ พร้อมส่ง');
      await sleep(500);

      const good = fs.readFileSync(hidden);
      fs.writeFileSync(hidden, truncatedPdf());
      await until(() => stdout().includes('กลับมาไม่พร้อมส่ง'), 'the hidden file checked again');
      expect(lastRedraw(stdout())).toContain('files/.scans/A02.pdf');
      expect(lastRedraw(stdout())).not.toContain('✔ พร้อมส่ง');
      fs.writeFileSync(hidden, good);
      await until(() => stdout().split('พร้อมส่งแล้ว').length === 2, 'the hidden file mended');

      fs.writeFileSync(temporary, truncatedPdf());
      await until(() => stdout().split('กลับมาไม่พร้อมส่ง').length === 3, 'the temporary-looking file checked again');
      expect(lastRedraw(stdout())).toContain('files/A01-online-queue.tmp.pdf');
      expect(await watching.stop()).toBe(1);
    }, 120_000);
  });
}

describe('check --watch, a hidden folder referenced only after watching began', () => {
  it('is watched from the check that first read it on', async () => {
    const dir = path.join(tempDir(), 'app');
    const spec = readyNewUnit();
    writeApplication(dir, spec);
    const hidden = path.join(dir, 'files', '.scans', 'A02.pdf');
    fs.mkdirSync(path.dirname(hidden));
    fs.writeFileSync(hidden, makePdf({ text: 'scanned A02' }));
    // no poll in the time of the test: the system's notifications alone
    const watching = watchInProcess([dir], {
      check: { now: new Date(NOW), cache: false },
      lang: 'en',
      watch: { mode: 'events', pollMs: 600_000 },
    });
    const stdout = () => watching.output();
    await until(() => stdout().includes('First check'), 'the first check');
    await sleep(500);
    const answers = path.join(dir, 'application.yaml');
    fs.writeFileSync(answers, fs.readFileSync(answers, 'utf8').replace('files/A02.pdf', 'files/.scans/A02.pdf'));
    await until(() => stdout().includes('Changed:'), 'the answers saved');
    await sleep(500);
    fs.writeFileSync(hidden, truncatedPdf());
    await until(() => stdout().includes('is no longer ready'), 'the hidden file checked again');
    expect(await watching.stop()).toBe(1);
  }, 120_000);
});

describe('gecc check --watch ended with Ctrl-C', () => {
  it("exits with the latest check's code when a hidden attachment broke (real process)", async () => {
    const cwd = tempDir();
    const { hidden } = readyWithHiddenAndTemporary(path.join(cwd, 'app'));
    const gecc = watchProcess(cwd, ['app', '--now', NOW]);
    const stdout = () => gecc.output();
    await until(() => stdout().includes('กด Ctrl-C เพื่อออก'), 'the first check');
    expect(stdout()).toContain('พร้อมส่ง (ข้อผิดพลาด 0 รายการ');
    await sleep(1000);
    fs.writeFileSync(hidden, truncatedPdf());
    await until(() => stdout().includes('กลับมาไม่พร้อมส่ง'), 'the hidden file checked again');
    expect(await gecc.interrupt()).toBe(1);
  }, 120_000);

  it('exits 2 when the folder was gone at the latest check, though an earlier one was ready', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'app');
    writeApplication(dir, readyNewUnit());
    const watching = watchInProcess([dir], { check: { now: new Date(NOW), cache: false }, lang: 'en', watch: { pollMs: 300 } });
    const stdout = () => watching.output();
    await until(() => stdout().includes('First check'), 'the first check');
    expect(stdout()).toContain('ready to send');
    await sleep(500);
    fs.renameSync(dir, path.join(parent, 'moved'));
    await until(() => stdout().includes('No such folder'), 'the folder gone');
    // the screen under the reason says this check could not be made, not that it is the first
    const gone = stdout().slice(stdout().lastIndexOf('No such folder'));
    expect(gone).not.toContain('First check');
    expect(gone).toContain('Not checked this time');
    expect(await watching.stop()).toBe(2);
  }, 120_000);

  it('checks a save still in its quiet time before it ends: the exit code is about the files as they are', async () => {
    const dir = path.join(tempDir(), 'app');
    writeApplication(dir, readyNewUnit());
    // the quiet time never ends by itself, nor does the poll come
    const { clock, waiting } = testClock(30);
    const watching = watchInProcess([dir], {
      check: { now: new Date(NOW), cache: false },
      lang: 'en',
      watch: { mode: 'events', debounceMs: 30, pollMs: 600_000, clock },
    });
    const stdout = () => watching.output();
    await until(() => stdout().includes('First check'), 'the first check');
    await sleep(500);
    fs.writeFileSync(path.join(dir, 'files', 'B03.pdf'), truncatedPdf());
    await until(() => waiting().length > 0, 'the save noticed');
    expect(await watching.stop()).toBe(1);
    const last = stdout().slice(stdout().lastIndexOf('GECC application'));
    expect(last).toContain('files/B03.pdf');
    expect(last).toContain('is no longer ready');
  }, 120_000);
});
