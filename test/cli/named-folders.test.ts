/**
 * What a user types as the folder to check, as a process would get it: the answers file instead
 * of its folder, a path with a space left unquoted, and no folder at all in a folder that is not
 * an application (a home folder, Documents).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

vi.setConfig({ testTimeout: 120_000 });
afterAll(removeTempDirs);

const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

function gecc(args: string[], cwd = PACKAGE_ROOT): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: childEnv(),
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('gecc check path/to/application.yaml', () => {
  it('checks the application the answers file belongs to', () => {
    const dir = writeApplication(path.join(tempDir(), 'เขตพระนคร'), readyNewUnit());
    const byFile = gecc(['check', path.join(dir, 'application.yaml'), ...NOW]);
    expect(byFile.stderr).toBe('');
    expect(byFile.code).toBe(0);
    expect(byFile.stdout.split('\n')[0]).toMatch(new RegExp(`^ตรวจใบสมัครศูนย์ราชการสะดวก \\(GECC\\) ก่อนส่ง . ${dir}$`));
    expect(byFile.stdout).toBe(gecc(['check', dir, ...NOW]).stdout);
  });

  it('any other file is still not a folder: exit 2', () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const other = gecc(['check', path.join(dir, 'files', 'B01.pdf')]);
    expect([other.code, other.stderr]).toEqual([
      2,
      `gecc: "${path.join(dir, 'files', 'B01.pdf')}" ไม่ใช่โฟลเดอร์ — ให้ระบุโฟลเดอร์ใบสมัคร ไม่ใช่ไฟล์\n`,
    ]);
  });
});

describe('a folder name with a space, not in quotes', () => {
  const root = tempDir('gecc-spaces-');
  const spaced = writeApplication(path.join(root, 'ใบสมัคร เขต'), readyNewUnit());

  it('is split by the command line into two names that do not exist: gecc says to put it in quotes (exit 2)', () => {
    const result = gecc(['check', path.join(root, 'ใบสมัคร'), 'เขต']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `gecc: ไม่พบโฟลเดอร์ "${path.join(root, 'ใบสมัคร')}" แต่มีโฟลเดอร์ "${spaced}" — ชื่อโฟลเดอร์ที่มีช่องว่างต้องอยู่ในเครื่องหมายคำพูด: gecc check "${spaced}"\n`,
    );
    expect(gecc(['check', path.join(root, 'ใบสมัคร'), 'เขต', '--lang', 'en']).stderr).toBe(
      `gecc: No such folder: "${path.join(root, 'ใบสมัคร')}", but there is "${spaced}": a folder name with spaces must be in quotes: gecc check "${spaced}"\n`,
    );
  });

  it('a name ending in \\ before the closing quote (Windows then keeps the quote in the name): says to drop the \\', () => {
    // cmd.exe and PowerShell give gecc check "D:\GECC\ใบสมัคร เขต\" as the name D:\GECC\ใบสมัคร เขต"
    const result = gecc(['check', `${spaced}"`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `gecc: ไม่พบโฟลเดอร์ "${spaced}"" — เครื่องหมาย \\ หน้าเครื่องหมายคำพูดปิดทำให้ Windows อ่านคำพูดเป็นส่วนหนึ่งของชื่อ ให้ลบ \\ ท้ายชื่อโฟลเดอร์: gecc check "${spaced}"\n`,
    );
  });

  it('two names that do not exist, even together: the usual message, with the advice on spaces', () => {
    const result = gecc(['check', path.join(root, 'ไม่มี'), 'โฟลเดอร์นี้']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `gecc: ไม่พบโฟลเดอร์ "${path.join(root, 'ไม่มี')}" — ตรวจชื่อโฟลเดอร์ให้ถูกต้อง (ถ้าชื่อโฟลเดอร์มีช่องว่าง ให้ใส่ทั้งชื่อในเครื่องหมายคำพูด เช่น gecc check "${path.join(root, 'ไม่มี')} โฟลเดอร์นี้")\n`,
    );
  });
});

describe('gecc check with no folder, in a folder that is not an application', () => {
  it('in a home folder: says what it found and what to do, instead of a row for every folder (exit 1)', () => {
    const home = tempDir('gecc-home-');
    for (const name of ['Desktop', 'Documents', 'Downloads', 'Music', 'Pictures', 'Videos']) fs.mkdirSync(path.join(home, name));
    writeApplication(path.join(home, 'Documents', 'ใบสมัคร GECC'), readyNewUnit());
    fs.writeFileSync(path.join(home, 'Downloads', 'ใบสมัคร.zip'), 'PK');
    const result = gecc(['check', ...NOW], home);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/Desktop|Music/);
    const json = JSON.parse(gecc(['check', '--format', 'json', ...NOW], home).stdout);
    expect(json.applications.map((app: { path: string }) => app.path)).toEqual(['.']);
    expect(json.applications[0].findings).toMatchObject([
      {
        code: 'batch.current-folder-not-application',
        severity: 'error',
        message: `ไม่ได้ตรวจ เพราะโฟลเดอร์ที่เปิดอยู่ (${home}) ไม่ใช่โฟลเดอร์ใบสมัคร: ในนั้นพบใบสมัคร 1 โฟลเดอร์ (Documents/ใบสมัคร GECC) และโฟลเดอร์หรือไฟล์อื่นอีก 5 รายการ`,
        fix: 'ระบุโฟลเดอร์ใบสมัครที่จะตรวจ เช่น gecc check "Documents/ใบสมัคร GECC" (หรือใช้คำสั่ง cd ไปที่โฟลเดอร์ใบสมัครก่อน แล้วสั่ง gecc check) — ถ้าโฟลเดอร์นี้เป็นโฟลเดอร์รวมใบสมัครของหลายหน่วยงานจริง ให้สั่ง gecc check . เพื่อตรวจทุกโฟลเดอร์ในนี้',
      },
    ]);
    // named, the same folder is a batch: every entry accounted for, as before
    const named = gecc(['check', '.', '--summary-only', ...NOW], home);
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/^1 {2}Desktop\s+\(โฟลเดอร์ว่าง\)/m);
    expect(named.stdout).toContain('รวม 6 ใบสมัคร');
  });

  it('in a batch folder, mostly applications: checks them all, as before', () => {
    const root = tempDir('gecc-batch-here-');
    for (const name of ['01-พระนคร', '02-บางรัก']) writeApplication(path.join(root, name), readyNewUnit());
    fs.mkdirSync(path.join(root, '03-ยังไม่ส่ง'));
    const result = gecc(['check', '--summary-only', ...NOW], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('รวม 3 ใบสมัคร');
  });
});
