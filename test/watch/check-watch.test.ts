import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { watchCheck } from '../../src/cli/watch-check.js';
import { watchChangesText } from '../../src/report/watch-text.js';
import { reportChanges } from '../../src/watch/report-changes.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { makePdf } from '../helpers/pdf.js';
import { childEnv } from '../helpers/child-env.js';
import { watchProcess } from '../helpers/watch-run.js';

afterAll(() => removeTempDirs());

const NOW = '2023-02-01T09:00:00+07:00';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await sleep(25);
  }
}

/** Fills in B01 of a starter made by gecc init, with a real PDF. */
function fillB01(dir: string): void {
  fs.writeFileSync(path.join(dir, 'files', 'B01.pdf'), makePdf());
  const file = path.join(dir, 'application.yaml');
  fs.writeFileSync(
    file,
    fs
      .readFileSync(file, 'utf8')
      .replace(/ {2}B01:\n {4}text: [^\n]*\n {4}files: [^\n]*\n/, '  B01:\n    text: สำรวจความต้องการ\n    files: [files/B01.pdf]\n'),
  );
}

describe('reportChanges', () => {
  it('tells fixed and new problems apart by application, code, item and file', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const before = await checkTargets([dir], { now: new Date(NOW) });
    fs.writeFileSync(path.join(dir, 'files', 'B03.pdf'), 'not a pdf');
    const after = await checkTargets([dir], { now: new Date(NOW) });
    const changes = reportChanges(before, after);
    expect(changes.fixed).toEqual([]);
    expect(changes.added.map((c) => [c.finding.item, c.finding.file])).toContainEqual(['B03', 'files/B03.pdf']);
    expect(changes.verdicts).toEqual([{ path: dir, ready: false }]);
    const back = reportChanges(after, before);
    expect(back.fixed.map((c) => c.finding.code)).toEqual(changes.added.map((c) => c.finding.code));
    expect(back.added).toEqual([]);
    expect(back.verdicts).toEqual([{ path: dir, ready: true }]);
    expect(reportChanges(before, before)).toEqual({ fixed: [], added: [], notes: [], unchecked: [], verdicts: [] });

    const text = watchChangesText(changes, [path.join(dir, 'files', 'B03.pdf')], { lang: 'th', color: false, time: '10:00:00' });
    expect(text).toContain('ไฟล์ที่เปลี่ยน:');
    expect(text).toContain('กลับมาไม่พร้อมส่ง');
    expect(text).toMatch(/✖ พบใหม่ \d+ รายการ/);
    expect(text).toContain('files/B03.pdf');
    expect(watchChangesText(back, [], { lang: 'en', color: false, time: '10:00:00' })).toContain('is now ready to send');
  }, 120_000);
});

describe('what --watch lists as new', () => {
  it('a new note is listed with its own mark, never as a new problem; a new problem with its severity', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const before = await checkTargets([dir], { now: new Date(NOW) });
    fs.writeFileSync(path.join(dir, 'files', 'notes.pdf'), makePdf());
    const after = await checkTargets([dir], { now: new Date(NOW) });
    const changes = reportChanges(before, after);
    expect(changes.added).toEqual([]);
    expect(changes.notes.map((c) => [c.finding.code, c.finding.file])).toEqual([['file.unreferenced', 'files/notes.pdf']]);
    const text = watchChangesText(changes, [path.join(dir, 'files', 'notes.pdf')], { lang: 'th', color: false, time: '10:00:00' });
    expect(text).not.toContain('พบใหม่');
    expect(text).not.toContain('✖');
    expect(text).toContain(
      '  ℹ หมายเหตุใหม่ 1 รายการ\n      ℹ files/notes.pdf: ไฟล์ files/notes.pdf อยู่ในโฟลเดอร์ แต่ไม่มีข้อใดอ้างถึง (ลืมแนบหรือพิมพ์ชื่อผิด?)\n',
    );
    expect(watchChangesText(changes, [], { lang: 'en', color: false, time: '10:00:00' })).toContain('  ℹ 1 new note\n');
    // the note gone is not a problem fixed
    const back = reportChanges(after, before);
    expect(back.fixed).toEqual([]);
    expect(watchChangesText(back, [], { lang: 'th', color: false, time: '10:00:00' })).not.toContain('แก้แล้ว');

    // a new warning beside a new error: each with its own mark
    fs.rmSync(path.join(dir, 'files', 'notes.pdf'));
    fs.writeFileSync(path.join(dir, 'files', 'B03.pdf'), 'not a pdf');
    fs.writeFileSync(path.join(dir, 'files', 'B04.pdf'), makePdf({ padTo: 5_100_000 }));
    const worse = reportChanges(before, await checkTargets([dir], { now: new Date(NOW) }));
    const lines = watchChangesText(worse, [], { lang: 'th', color: false, time: '10:00:00' }).split('\n');
    expect(lines).toContain(`  ✖ พบใหม่ ${worse.added.length} รายการ`);
    expect(lines.filter((l) => l.startsWith('      ⚠ B04')).length).toBe(1);
    expect(lines.filter((l) => l.startsWith('      ✖ B03')).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('gecc check --watch', () => {
  it('notices a change by itself, redraws with progress and what was fixed, and stops on the signal', async () => {
    const dir = path.join(tempDir(), 'my-app');
    expect((await runCli(['init', dir, '--kind', 'district-office'])).code).toBe(0);
    const controller = new AbortController();
    let stdout = '';
    const running = runCli(['check', '--watch', dir, '--now', NOW], {
      stdout: (text) => void (stdout += text),
      interrupt: () => controller.signal,
    });
    await until(() => stdout.includes('ตรวจครั้งแรก'));
    expect(stdout).toContain('ครบ 0/16 ข้อ');
    await sleep(1000);

    fillB01(dir);
    await until(() => stdout.includes('ครบ 1/16 ข้อ') && stdout.includes('แก้แล้ว'));
    const last = stdout.slice(stdout.lastIndexOf('ตรวจใบสมัครศูนย์ราชการสะดวก'));
    expect(last).toContain('ครบ 1/16 ข้อ · 1/16 คะแนน');
    expect(last).toMatch(/✔ B01 .*ยังไม่ได้ตอบข้อนี้/);
    expect(last).toContain('application.yaml');

    controller.abort();
    const { code } = await running;
    expect(code).toBe(1);
    expect(stdout).toContain('หยุดเฝ้าดูแล้ว');
  }, 120_000);

  it('refuses --format json (exit 2) and a folder that does not exist (exit 2), without watching', async () => {
    const json = await runCli(['check', '--watch', '--format', 'json', tempDir()]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--watch ใช้กับรายงานแบบอ่าน');
    const missing = await runCli(['check', '--watch', path.join(tempDir(), 'nope')], { interrupt: () => new AbortController().signal });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ไม่พบโฟลเดอร์');
  });

  it('keeps watching when the answers file is removed and comes back', async () => {
    const dir = tempDir();
    await runCli(['init', dir]);
    const controller = new AbortController();
    let stdout = '';
    const running = watchCheck({
      folders: [dir],
      check: { now: new Date(NOW) },
      lang: 'en',
      color: false,
      io: { stdout: (t) => void (stdout += t), stderr: () => undefined, stdoutIsTTY: false, env: {} },
      signal: controller.signal,
      watch: { debounceMs: 50 },
    });
    await until(() => stdout.includes('First check'));
    const text = fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8');
    fs.rmSync(path.join(dir, 'application.yaml'));
    await until(() => stdout.includes('1 new'));
    fs.writeFileSync(path.join(dir, 'application.yaml'), text);
    await until(() => stdout.includes('1 fixed'));
    controller.abort();
    expect(await running).toBe(1);
  }, 120_000);

  it('its own output written to a file in the watched folder sets off no check (> log.txt)', async () => {
    const cwd = tempDir();
    await runCli(['init', path.join(cwd, 'app')]);
    const log = path.join(cwd, 'app', 'watch-log.txt');
    const out = fs.openSync(log, 'w');
    const child = spawn(process.execPath, [path.resolve('bin/gecc.js'), 'check', '--watch', 'app', '--now', NOW, '--lang', 'en'], {
      cwd,
      env: childEnv(),
      stdio: ['ignore', out, 'ignore'],
    });
    fs.closeSync(out);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const checks = () => fs.readFileSync(log, 'utf8').split('Watching:').length - 1;
    await until(() => checks() >= 1);
    // each check writes the report into the folder: were it a change, checks would follow without end
    await sleep(3000);
    expect(checks()).toBe(1);
    fillB01(path.join(cwd, 'app'));
    await until(() => fs.readFileSync(log, 'utf8').includes('1 fixed'));
    child.kill('SIGINT');
    await exited;
  }, 120_000);

  it("ends on Ctrl-C in the real process with the last result's exit code", async () => {
    const cwd = tempDir();
    await runCli(['init', path.join(cwd, 'app')]);
    const gecc = watchProcess(cwd, ['app', '--now', NOW]);
    await until(() => gecc.output().includes('กด Ctrl-C เพื่อออก'));
    await sleep(1000);
    fillB01(path.join(cwd, 'app'));
    await until(() => gecc.output().includes('แก้แล้ว'));
    expect(await gecc.interrupt()).toBe(1);
    expect(gecc.output()).toContain('หยุดเฝ้าดูแล้ว');
  }, 120_000);
});
