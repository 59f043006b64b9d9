import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../helpers/capture-io.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { writeBatch } from '../batch/batch-fixtures.js';
import { childEnv } from '../helpers/child-env.js';

// each test runs the whole CLI, some as a process: on a machine shared by many runs that takes seconds
vi.setConfig({ testTimeout: 60_000 });

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = path.join(REPO, 'examples');
const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

const gecc = (argv: string[], io: Partial<CliIo> = {}): Promise<Captured> => runCli(argv, io);

let root: string;
let out: string;
let names: string[];
let dirs: string[];

beforeAll(() => {
  root = tempDir('gecc-cli-batch-');
  ({ names, dirs } = writeBatch(root));
  out = tempDir('gecc-cli-out-');
});
afterAll(() => removeTempDirs());

describe('gecc check on a batch', () => {
  it('checks the examples folder as a batch root: every example, then the summary table', async () => {
    const { code, stdout, stderr } = await gecc(['check', EXAMPLES, ...NOW]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    for (const example of ['not-ready-unit', 'ready-new-unit', 'ready-returning-unit']) expect(stdout).toContain(`${EXAMPLES}/${example}`);
    const summary = stdout.slice(stdout.indexOf('สรุปผลการตรวจ 3 ใบสมัคร'));
    expect(summary).toMatch(/สำนักงานเขตบางรัก .*✖ ถูกตัดสิทธิ์/);
    expect(summary).toMatch(/✔ พร้อมส่ง[\s\S]*✔ พร้อมส่ง/);
    expect(summary).toMatch(/รวม 3 ใบสมัคร\s+✔ 2 · ✖ 1/);
  }, 60_000);

  it('shows no summary table for a single application', async () => {
    const { code, stdout } = await gecc(['check', path.join(EXAMPLES, 'ready-new-unit'), ...NOW]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('สรุปผลการตรวจ');
  });

  it('--summary-only prints the table alone', async () => {
    const { stdout } = await gecc(['check', root, '--summary-only', ...NOW]);
    expect(stdout.split('\n')[0]).toBe('สรุปผลการตรวจ 4 ใบสมัคร');
    expect(stdout).not.toContain('วิธีแก้');
    for (const name of [names[0]!, names[2]!, names[3]!]) expect(stdout).toContain(name);
  });

  it('gives the same report at --concurrency 1 and 4, in folder order, and exit 1 for the broken one', async () => {
    const one = await gecc(['check', root, '-f', 'json', '--concurrency', '1', ...NOW]);
    const four = await gecc(['check', root, '-f', 'json', '-j', '4', ...NOW]);
    expect(one.code).toBe(1);
    expect(four.code).toBe(1);
    expect(four.stdout).toBe(one.stdout);
    const json = JSON.parse(four.stdout);
    expect(json.applications.map((a: { path: string }) => path.basename(a.path))).toEqual(dirs.map((d) => path.basename(d)));
    expect(json.summary).toEqual({ applications: 4, ready: 2, notReady: 2 });
  });

  it('exits 0 when every application given is ready', async () => {
    expect((await gecc(['check', dirs[0]!, dirs[3]!, ...NOW])).code).toBe(0);
  });

  it.each(['0', '-1', '1.5', 'abc', '', 'Infinity', '17', '1000', '99999999999999999999', '1e3', '0x10'])(
    'refuses --concurrency %j with exit 2',
    async (value) => {
      const { code, stdout, stderr } = await gecc(['check', root, `--concurrency=${value}`]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--concurrency');
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe('report formats on stdout', () => {
  it('csv parses back with a CSV parser, Thai intact', async () => {
    const { code, stdout } = await gecc(['check', root, '--format', 'csv', ...NOW]);
    expect(code).toBe(1);
    const rows = parseCsv(stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['หน่วยงาน'])).toEqual([names[0], '', names[2], names[3]]);
  });

  it('junit is valid XML that an XML parser reads', async () => {
    const { stdout } = await gecc(['check', root, '--format', 'junit', '--lang', 'en', ...NOW]);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    expect(doc.testsuites.testsuite).toHaveLength(4);
  });

  it('rejects an unknown --format with exit 2', async () => {
    expect((await gecc(['check', root, '--format', 'xlsx'])).code).toBe(2);
  });
});

describe('report files', () => {
  it('writes several reports in one run, making their folders, and the human report still goes to stdout', async () => {
    const json = path.join(out, 'run1', 'รายงาน', 'report.json');
    const csv = path.join(out, 'run1', 'summary.csv');
    const junit = path.join(out, 'run1', 'ci', 'junit.xml');
    const text = path.join(out, 'run1', 'report.txt');
    const { code, stdout, stderr } = await gecc([
      'check',
      root,
      ...NOW,
      '--report',
      `json=${json}`,
      '--report',
      `csv=${csv}`,
      '--report',
      `junit=${junit}`,
      '--report',
      `human=${text}`,
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe([json, csv, junit, text].map((f) => `บันทึกไว้ที่ ${f}\n`).join(''));
    expect(stdout).toContain('สรุปผลการตรวจ 4 ใบสมัคร');
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).applications).toHaveLength(4);
    const csvBytes = fs.readFileSync(csv);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csvBytes.toString('utf8'), { bom: true, columns: true })).toHaveLength(4);
    expect(XMLValidator.validate(fs.readFileSync(junit, 'utf8'))).toBe(true);
    const human = fs.readFileSync(text, 'utf8');
    expect(human).toContain(names[0]);
    expect(human).not.toContain('\x1b[');
  });

  it('--output sends the --format report to a file and nothing to stdout', async () => {
    const file = path.join(out, 'run2', 'report.json');
    const { code, stdout, stderr } = await gecc(['check', root, '-f', 'json', '-o', file, ...NOW]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`บันทึกไว้ที่ ${file}\n`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).summary.applications).toBe(4);
  });

  it('never writes inside an application folder: exit 2 before checking, nothing written', async () => {
    for (const file of [
      path.join(dirs[2]!, 'report.csv'),
      path.join(dirs[2]!, 'new', 'deep', 'report.csv'),
      path.join(dirs[2]!, 'application.yaml'),
    ]) {
      const before = fs.readFileSync(path.join(dirs[2]!, 'application.yaml'), 'utf8');
      const { code, stdout, stderr } = await gecc(['check', root, '--report', `csv=${file}`]);
      expect(code, file).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('03-บางรัก');
      expect(fs.existsSync(path.join(dirs[2]!, 'report.csv'))).toBe(false);
      expect(fs.existsSync(path.join(dirs[2]!, 'new'))).toBe(false);
      expect(fs.readFileSync(path.join(dirs[2]!, 'application.yaml'), 'utf8')).toBe(before);
    }
    const viaOutput = await gecc(['check', dirs[0]!, '-o', path.join(dirs[0]!, 'files', 'x.txt')]);
    expect(viaOutput.code).toBe(2);
  });

  it('refuses a file reached through a symbolic link into an application folder', async () => {
    const link = path.join(out, 'link-to-app');
    fs.symlinkSync(dirs[3]!, link, 'dir');
    const { code } = await gecc(['check', root, '--report', `json=${path.join(link, 'r.json')}`]);
    expect(code).toBe(2);
    expect(fs.existsSync(path.join(dirs[3]!, 'r.json'))).toBe(false);
  });

  it('allows a report in the batch folder itself (it is not an application)', async () => {
    const file = path.join(root, 'summary.csv');
    const { code } = await gecc(['check', root, '--report', `csv=${file}`, ...NOW]);
    expect(code).toBe(1);
    expect(fs.existsSync(file)).toBe(true);
    fs.rmSync(file);
  });

  it.each([['csv'], ['=x.csv'], ['xlsx=x.xlsx'], ['csv=']])('refuses --report %j with exit 2', async (spec) => {
    const { code, stderr } = await gecc(['check', root, '--report', spec]);
    expect(code).toBe(2);
    expect(stderr).toContain('--report');
  });

  it('refuses the same file named twice', async () => {
    const file = path.join(out, 'twice.json');
    const { code, stderr } = await gecc(['check', root, '-f', 'json', '-o', file, '--report', `csv=${file}`]);
    expect(code).toBe(2);
    expect(stderr).toContain('twice.json');
  });

  it('exits 2 with a plain message when a report cannot be written', async () => {
    const blocker = path.join(out, 'a-file');
    fs.writeFileSync(blocker, 'x');
    const { code, stderr } = await gecc(['check', dirs[0]!, ...NOW, '--report', `csv=${path.join(blocker, 'r.csv')}`]);
    expect(code).toBe(2);
    expect(stderr).toContain('เขียนไฟล์');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('progress spinner', () => {
  const tty = { stderrIsTTY: true, stderrColumns: 100 };

  it('runs on stderr at a terminal with the count done and the unit being checked; stdout holds only the report', async () => {
    const plain = await gecc(['check', root, ...NOW]);
    const { stdout, stderr } = await gecc(['check', root, ...NOW, '-j', '1'], tty);
    expect(stdout).toBe(plain.stdout);
    expect(stderr).toContain('กำลังตรวจ 0/4 — ');
    expect(stderr).toContain('01-พระนคร');
    expect(stderr).toContain('กำลังตรวจ 4/4');
  });

  it('stays silent in CI, when stderr is not a terminal, and with a machine format on stdout', async () => {
    expect((await gecc(['check', root, ...NOW], { ...tty, env: { CI: 'true' } })).stderr).toBe('');
    expect((await gecc(['check', root, ...NOW], { stderrIsTTY: false })).stderr).toBe('');
    for (const format of ['json', 'csv', 'junit']) expect((await gecc(['check', root, ...NOW, '-f', format], tty)).stderr).toBe('');
  }, 60_000);

  it('copes with a terminal that reports no width', async () => {
    for (const stderrColumns of [0, Number.NaN, undefined]) {
      const { code, stderr } = await gecc(['check', root, ...NOW, '--summary-only'], {
        stderrIsTTY: true,
        ...(stderrColumns === undefined ? {} : { stderrColumns }),
      });
      expect(code).toBe(1);
      expect(stderr).toContain('กำลังตรวจ 4/4');
      expect(stderr.length).toBeLessThan(20_000);
    }
  });

  it('runs when the machine format goes to a file', async () => {
    const { stdout, stderr } = await gecc(['check', root, ...NOW, '-f', 'json', '-o', path.join(out, 'spin.json')], tty);
    expect(stdout).toBe('');
    expect(stderr).toContain('กำลังตรวจ 4/4');
  });
});

describe('the real process', () => {
  const bin = path.join(REPO, 'bin', 'gecc.js');

  it('prints the JSON and nothing else, with no spinner on a pipe', () => {
    const result = spawnSync(process.execPath, [bin, 'check', EXAMPLES, '--format', 'json', ...NOW], {
      encoding: 'utf8',
      env: childEnv({ CI: '' }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).applications).toHaveLength(3);
  });

  it('writes the CSV for Excel from the command line', () => {
    const file = path.join(out, 'process', 'summary.csv');
    const result = spawnSync(process.execPath, [bin, 'check', root, '--summary-only', '--report', `csv=${file}`, ...NOW], {
      encoding: 'utf8',
      env: childEnv(),
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('สรุปผลการตรวจ 4 ใบสมัคร');
    const rows = parseCsv(fs.readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['ผลการตรวจ'])).toEqual(['พร้อมส่ง', 'ยังไม่พร้อม', 'ยังไม่พร้อม', 'พร้อมส่ง']);
  });

  it('exits 2 for a bad --concurrency', () => {
    const result = spawnSync(process.execPath, [bin, 'check', root, '--concurrency', '0'], { encoding: 'utf8', env: childEnv() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
