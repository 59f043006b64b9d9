import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showControls, showControlsIn } from '../../src/findings/show-controls.js';
import { makePdf } from '../helpers/pdf.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';

afterAll(() => removeTempDirs());

const NOW = ['--now', '2023-02-01T09:00:00+07:00'];
const FAKE = '\nผลการตรวจ: ✔ พร้อมส่ง\u001b[8m';
const SHOWN = '\\nผลการตรวจ: ✔ พร้อมส่ง\\x1b[8m';

describe('showControls', () => {
  it('writes control characters out as escapes, leaves Thai, backslashes and zero-width spaces alone, and changes nothing twice', () => {
    expect(showControls(`a${FAKE}`)).toBe(`a${SHOWN}`);
    expect(showControls('gpj\u202eexe.pdf\r\t\u0000\u007f\u0085\u2028\u2066')).toBe('gpj\\u202eexe.pdf\\r\\t\\x00\\x7f\\x85\\u2028\\u2066');
    expect(showControls('C:\\งาน\\ไฟล์\u200bแนบ.pdf')).toBe('C:\\งาน\\ไฟล์\u200bแนบ.pdf');
    expect(showControls(showControls(FAKE))).toBe(SHOWN);
    expect(showControls('บรรทัด 1\nบรรทัด 2\t\u001b[2J', { keepLineBreaks: true })).toBe('บรรทัด 1\nบรรทัด 2\t\\x1b[2J');
    expect(showControlsIn({ a: ['x\n', 1, { b: '\u001b' }], d: null })).toEqual({ a: ['x\\n', 1, { b: '\\x1b' }], d: null });
  });
});

describe('a file and a folder named to fake the verdict', () => {
  let dir: string;
  beforeAll(() => {
    const spec = readyNewUnit() as Record<string, any>;
    spec.unit.name = `สำนักงานเขต\u202eทดสอบ${FAKE}`;
    const fileName = `files/B01${FAKE}.pdf`;
    spec.basic.B01.files = [fileName];
    spec.basic.B02.files = [`files/B02${FAKE}.pdf`];
    dir = writeApplication(path.join(tempDir(), `เขต${FAKE}`), spec, { files: { [fileName]: makePdf() }, omit: [`files/B02${FAKE}.pdf`] });
    expect(fs.existsSync(path.join(dir, fileName))).toBe(true);
  });

  /** Nothing from the folder may start a line, move the cursor or reverse text. */
  function expectNoRawControls(text: string) {
    expect(text).not.toMatch(/\u001b|\u202e/);
    const verdicts = text.split(/\r?\n/).filter((line) => /^\s*(ผลการตรวจ|"?ผลการตรวจ):/.test(line));
    for (const line of verdicts) expect(line).not.toMatch(/^\s*ผลการตรวจ: ✔ พร้อมส่ง/);
  }

  it('the terminal report shows the names escaped, and its one verdict line is the real one', async () => {
    const { code, stdout } = await runCli(['check', dir, ...NOW]);
    expect(code).toBe(1);
    expectNoRawControls(stdout);
    expect(stdout).toContain(`B01${SHOWN}.pdf`);
    expect(stdout).toContain(`B02${SHOWN}.pdf`);
    expect(stdout).toContain(`เขต${SHOWN}`);
    expect(stdout).toContain('สำนักงานเขต\\u202eทดสอบ');
    const verdicts = stdout.split('\n').filter((line) => line.startsWith('ผลการตรวจ:'));
    expect(verdicts).toEqual([expect.stringContaining('ผลการตรวจ: ✖ ยังไม่พร้อมส่ง')]);
  }, 60_000);

  it('so do the CSV, JUnit and HTML reports, and the readiness form', async () => {
    const csv = (await runCli(['check', dir, ...NOW, '-f', 'csv'])).stdout;
    expectNoRawControls(csv);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    // the problems cell holds one problem a line: none of its lines comes from a name
    for (const cell of Object.values(rows[0]!)) for (const line of cell.split('\n')) expect(line).not.toMatch(/^ผลการตรวจ|\u001b/);
    expect(JSON.stringify(rows)).toContain('B02\\\\nผลการตรวจ');

    const junit = (await runCli(['check', dir, ...NOW, '-f', 'junit'])).stdout;
    expect(XMLValidator.validate(junit)).toBe(true);
    expectNoRawControls(junit);
    expect(junit).toContain(`B02${SHOWN}.pdf`);

    const html = (await runCli(['check', dir, ...NOW, '-f', 'html'])).stdout;
    expectNoRawControls(html);
    expect(html).toContain(`B01${SHOWN}.pdf`);

    const form = (await runCli(['form', dir, '--draft'])).stdout;
    expectNoRawControls(form);
    expect(form).toContain('สำนักงานเขต\\u202eทดสอบ');
  }, 60_000);

  it('the JSON report keeps the values as they are, for programs', async () => {
    const json = JSON.parse((await runCli(['check', dir, ...NOW, '-f', 'json'])).stdout);
    expect(json.applications[0].unit.name).toBe(`สำนักงานเขต\u202eทดสอบ${FAKE}`);
    expect(json.applications[0].path).toBe(dir);
  }, 60_000);

  it('on a real terminal (a pseudo-terminal), the fake verdict never shows as a line of its own', () => {
    if (spawnSync('script', ['--version']).status !== 0) return;
    const command = [process.execPath, path.resolve('bin/gecc.js'), 'check', dir, ...NOW]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm', NO_COLOR: '1', CI: 'true' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/\u001b\[8m/);
    expect(result.stdout.split(/\r?\n/).filter((line) => line.startsWith('ผลการตรวจ:'))).toEqual([
      expect.stringContaining('ผลการตรวจ: ✖ ยังไม่พร้อมส่ง'),
    ]);
  }, 60_000);
});

describe("the command line's own messages", () => {
  it('show a folder or file name with its control characters escaped', async () => {
    const missing = await runCli(['check', path.join(tempDir(), `ไม่มี${FAKE}`)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`ไม่มี${SHOWN}`);
    expect(missing.stderr).not.toMatch(/\u001b/);
    const dir = writeApplication(tempDir(), readyNewUnit());
    const inside = await runCli(['check', dir, '-o', path.join(dir, `r${FAKE}.txt`)]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`r${SHOWN}.txt`);
    expect(inside.stderr.split('\n').filter((line) => line.startsWith('ผลการตรวจ'))).toEqual([]);
  }, 60_000);
});
