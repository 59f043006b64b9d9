import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { childEnv } from '../helpers/child-env.js';

// each test runs the whole CLI, some as a process: on a machine shared by many runs that takes seconds
vi.setConfig({ testTimeout: 60_000 });

afterAll(removeTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');
const example = (name: string) => path.join(ROOT, 'examples', name);
const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

const cli = (...argv: string[]) => runCli(argv);

describe('gecc check, in-process', () => {
  it('a ready application: Thai report, exit 0', async () => {
    const { code, stdout, stderr } = await cli('check', example('ready-new-unit'), ...NOW);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('ผลการตรวจ: ✔ พร้อมส่ง');
    expect(stdout).toContain('ส่งแล้วแก้ไขไม่ได้');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('the not-ready example: exit 1 and every planted problem listed', async () => {
    const { code, stdout } = await cli('check', example('not-ready-unit'), ...NOW);
    expect(code).toBe(1);
    expect(stdout).toContain('ตอบคำถามไม่ครบ (8 ข้อ)');
    expect(stdout).toContain('ตอบ "ไม่มี" (1 ข้อ)\n  เกณฑ์ด้านกายภาพ: P07');
    for (const id of ['P07', 'B03', 'B05', 'A04', 'A07', 'A09', 'A10', 'A12', 'R02']) expect(stdout).toContain(id);
    expect(stdout).toContain('ถูกตัดสิทธิ์');
    expect(stdout).toMatch(/application\.yaml:\d+:\d+/);
  });

  it('--lang en speaks English', async () => {
    const { stdout } = await cli('check', example('not-ready-unit'), '--lang', 'en', ...NOW);
    expect(stdout).toContain('Verdict:');
    expect(stdout).toContain('not ready to send');
  });

  it('--format json: the contract document alone on stdout', async () => {
    const { code, stdout } = await cli('check', example('ready-new-unit'), example('not-ready-unit'), '--format', 'json', ...NOW);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'gecc' }, summary: { applications: 2, ready: 1, notReady: 1 } });
    const [ready, notReady] = report.applications;
    expect(ready).toMatchObject({ edition: '2566', ready: true, disqualified: false, unit: { kind: 'district-office', applicant: 'new' } });
    expect(ready.scores).toMatchObject({ physical: { met: 14, total: 14 }, advanced: { required: 38 } });
    expect(notReady.disqualified).toBe(true);
    const phone = notReady.findings.find((f: { code: string }) => f.code === 'unit.phone-not-quoted');
    expect(phone).toMatchObject({
      severity: 'error',
      item: 'unit',
      line: expect.any(Number),
      column: expect.any(Number),
      message: expect.stringContaining('เครื่องหมายคำพูด'),
    });
    const missingFile = notReady.findings.find((f: { code: string }) => f.code === 'file.not-found');
    expect(missingFile).toMatchObject({ item: 'A04', file: 'files/advanced/A04-วันเสาร์.pdf' });
  });

  it('several folders are reported in the order given', async () => {
    const { stdout } = await cli('check', example('not-ready-unit'), example('ready-new-unit'), '--format', 'json', ...NOW);
    expect(JSON.parse(stdout).applications.map((a: { unit: { name: string } }) => a.unit.name)).toEqual([
      'สำนักงานเขตบางรัก',
      'สำนักงานเขตพระนคร',
    ]);
  });

  it('a batch root is checked as its sub-folders', async () => {
    const { stdout, code } = await cli('check', path.join(ROOT, 'examples'), '--format', 'json', ...NOW);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).applications.map((a: { path: string }) => path.basename(a.path))).toEqual([
      'not-ready-unit',
      'ready-new-unit',
      'ready-returning-unit',
    ]);
  });

  it('a batch root follows linked unit folders, and reports a unit folder that has files but no answers file', async () => {
    const root = tempDir();
    fs.symlinkSync(example('ready-new-unit'), path.join(root, 'u1-linked'));
    fs.mkdirSync(path.join(root, 'u2-forgot', 'files'), { recursive: true });
    fs.copyFileSync(path.join(example('ready-new-unit'), 'files/แบบประเมินความพร้อม.pdf'), path.join(root, 'u2-forgot', 'files', 'form.pdf'));
    fs.mkdirSync(path.join(root, 'reports'));
    fs.cpSync(example('ready-returning-unit'), path.join(root, 'u3'), { recursive: true });
    const { code, stdout } = await cli('check', root, '--format', 'json', ...NOW);
    const apps = JSON.parse(stdout).applications;
    // an empty folder is accounted for too: nothing in a batch folder is skipped without a word
    expect(apps.map((a: { path: string }) => path.basename(a.path))).toEqual(['reports', 'u1-linked', 'u2-forgot', 'u3']);
    expect(apps[0].findings[0]).toMatchObject({ code: 'batch.no-answers-file', args: { found: 'empty' } });
    expect(apps[2].findings[0]).toMatchObject({ code: 'batch.no-answers-file', args: { found: 'documents' } });
    expect(code).toBe(1);
  });

  it('a folder with no application.yaml (and no applications below) is one not-ready application', async () => {
    const { code, stdout } = await cli('check', tempDir(), '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).applications[0].findings[0].code).toBe('application.no-answers-file');
  });

  it('a broken application.yaml is exit 1 and never stops the others', async () => {
    const broken = writeApplication(tempDir(), readyNewUnit(), { yamlText: 'unit: [\n' });
    const { code, stdout } = await cli('check', broken, example('ready-new-unit'), '--format', 'json', ...NOW);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).applications.map((a: { ready: boolean }) => a.ready)).toEqual([false, true]);
  });

  it("--strict counts the application's warnings, not the calendar's", async () => {
    const warned = writeApplication(
      tempDir(),
      (() => {
        const spec = readyNewUnit();
        spec.unit.contact.email = 'gecc.example.go.th';
        return spec;
      })(),
    );
    expect((await cli('check', warned, ...NOW)).code).toBe(0);
    expect((await cli('check', warned, ...NOW, '--strict')).code).toBe(1);
    expect((await cli('check', example('ready-new-unit'), '--now', '2024-01-01T00:00:00+07:00', '--strict')).code).toBe(0);
  });

  it("--now without an offset is Bangkok time, whatever the machine's time zone", async () => {
    const json = async (now: string) =>
      JSON.parse((await cli('check', example('ready-new-unit'), '--format', 'json', '--now', now)).stdout).applications[0].findings.map(
        (f: { code: string }) => f.code,
      );
    expect(await json('2023-02-28T16:00')).toContain('window.open');
    expect(await json('2023-02-28T16:31')).toContain('window.closed');
    expect(await json('2566-02-28T16:00')).toContain('window.open');
    expect(await json('2023-02-28T09:31:00Z')).toContain('window.closed');
  });

  it('--edition overrides edition: of every application', async () => {
    const { stdout } = await cli('check', example('ready-new-unit'), '--edition', '2568', '--format', 'json', ...NOW);
    expect(JSON.parse(stdout).applications[0].edition).toBe('2568');
  });

  it("--criteria loads a catalogue of one's own", async () => {
    const file = path.join(tempDir(), 'my-2566.json');
    const catalogue = JSON.parse(fs.readFileSync(path.join(ROOT, 'criteria/2566.json'), 'utf8'));
    catalogue.edition = '2566-official';
    fs.writeFileSync(file, JSON.stringify(catalogue));
    const { stdout, code } = await cli('check', example('ready-new-unit'), '--criteria', file, '--format', 'json', ...NOW);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).applications[0].edition).toBe('2566-official');
  });
});

describe('gecc check: the run cannot be made (exit 2)', () => {
  it.each([
    [['check', 'no-such-folder'], 'ไม่พบโฟลเดอร์'],
    [['check', path.join(ROOT, 'package.json')], 'ไม่ใช่โฟลเดอร์'],
    [['check', '.', '--format', 'xml'], 'xml'],
    [['check', '.', '--edition', '2599'], 'ไม่รู้จักเกณฑ์ปี "2599"'],
    [['check', '.', '--now', 'yesterday'], '--now "yesterday"'],
    [['check', '.', '--now', 'Feb 1 2023'], '--now "Feb 1 2023"'],
    [['check', '.', '--now', '2023-02-30'], '--now "2023-02-30"'],
    [['check', '.', '--lang', 'fr'], 'fr'],
    [['check', '.', '--no-such-option'], 'no-such-option'],
    [['check', '.', '--criteria', 'missing.json'], 'ใช้ไฟล์เกณฑ์ไม่ได้'],
    [['frobnicate'], 'frobnicate'],
  ])('%j', async (argv, says) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(says);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks the language asked for, however --lang is written, even when an option is wrong', async () => {
    for (const argv of [['--lang=en'], ['-l', 'en'], ['--lang', 'en']]) {
      const { code, stderr } = await cli('check', '.', ...argv, '--bogus');
      expect(code).toBe(2);
      expect(stderr).toContain("unknown option '--bogus'");
    }
    expect((await cli('check', '.', '--bogus')).stderr).toContain('ไม่รู้จักตัวเลือก --bogus');
    expect((await cli('check', '.', '--formt', 'json')).stderr).toContain('หรือหมายถึง --format?');
  });

  it('--help and --version exit 0', async () => {
    expect((await cli('--help')).code).toBe(0);
    const version = await cli('--version');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+ \(criteria 2566\)/);
  });
});

describe('gecc, the real process', () => {
  const exec = promisify(execFile);
  const gecc = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [path.join(ROOT, 'bin/gecc.js'), ...args], {
        env: childEnv(env),
        cwd: tempDir(),
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('exit codes 0, 1 and 2 from any working folder', async () => {
    expect((await gecc(['check', example('ready-new-unit'), ...NOW])).code).toBe(0);
    expect((await gecc(['check', example('not-ready-unit'), ...NOW])).code).toBe(1);
    expect((await gecc(['check', example('ready-new-unit'), '--format', 'yaml'])).code).toBe(2);
  });

  it('JSON piped to another program parses, with nothing else on stdout', async () => {
    const { stdout, stderr } = await gecc(['check', example('not-ready-unit'), '--format', 'json', ...NOW], {
      FORCE_COLOR: '1',
      NO_COLOR: undefined,
    });
    expect(JSON.parse(stdout).summary).toEqual({ applications: 1, ready: 0, notReady: 1 });
    expect(stderr).toBe('');
  });

  it('colours only when asked, and never with NO_COLOR', async () => {
    expect((await gecc(['check', example('ready-new-unit'), ...NOW], { FORCE_COLOR: '1', NO_COLOR: undefined })).stdout).toMatch(
      /\u001b\[/,
    );
    expect((await gecc(['check', example('ready-new-unit'), ...NOW], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
    expect((await gecc(['check', example('ready-new-unit'), ...NOW], { FORCE_COLOR: '0' })).stdout).not.toMatch(/\u001b\[/);
  });
});
