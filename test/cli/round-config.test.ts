/** A round's config file (gecc.config.yaml at a batch root, or --config): what it sets, and what a bad one says. */
import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRoundConfig } from '../../src/cli/config/round-config.js';
import { ROUND_CONFIG_FILE as CONFIG_FILE } from '../../src/answers/answers-files.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';

afterAll(() => removeTempDirs());

const INSIDE_WINDOW = '2023-02-01T09:00:00+07:00';
let root: string;

beforeAll(() => {
  root = tempDir('gecc-round-');
  writeApplication(path.join(root, '01-พระนคร'), readyNewUnit());
  const returning = readyReturningUnit();
  returning.unit.name = 'ศูนย์บริการสาธารณสุข ๑';
  writeApplication(path.join(root, '02-ศูนย์'), returning);
});

const writeConfig = (dir: string, text: string, name = CONFIG_FILE) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('gecc.config.yaml at the root of a batch folder', () => {
  it('sets the edition, the window, --strict and the reports to write, relative to itself', { timeout: 120_000 }, async () => {
    writeConfig(
      root,
      [
        '# รอบการสมัครปี 2566 ของสำนักงานเขต',
        'edition: "2566"',
        'window:',
        '  opens: 2566-01-01T08:30',
        '  closes: 2566-01-31T16:30',
        'strict: true',
        'reports:',
        '  csv: ผลการตรวจ/สรุป.csv',
        '  findings-csv: ผลการตรวจ/รายการที่ต้องแก้.csv',
        '  html: ผลการตรวจ/รายงาน.html',
        '',
      ].join('\n'),
    );
    try {
      const r = await runCli(['check', root, '--now', INSIDE_WINDOW, '--summary-only']);
      // the round's window closed on 31 Jan: a warning, which --strict (from the file) does not count: still ready
      expect(r.code).toBe(0);
      const out = path.join(root, 'ผลการตรวจ');
      expect(r.stderr).toContain(`บันทึกไว้ที่ ${path.join(out, 'สรุป.csv')}`);
      const findings = parseCsv(fs.readFileSync(path.join(out, 'รายการที่ต้องแก้.csv'), 'utf8'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      const window = findings.filter((f) => f['รหัส'] === 'window.closed');
      expect(window).toHaveLength(2);
      expect(window[0]!['ข้อความ']).toContain('31 มกราคม 2566');
      const units = parseCsv(fs.readFileSync(path.join(out, 'สรุป.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      expect(units.map((u) => u['หน่วยงาน'])).toEqual(['สำนักงานเขตพระนคร', 'ศูนย์บริการสาธารณสุข ๑']);
      expect(fs.readFileSync(path.join(out, 'รายงาน.html'), 'utf8')).toContain('ตารางสรุปทุกหน่วยงาน');
      // the reports' folder is not taken for a unit on the next run
      const again = await runCli(['check', root, '--now', INSIDE_WINDOW, '--format', 'json']);
      expect(JSON.parse(again.stdout).applications).toHaveLength(2);
    } finally {
      fs.rmSync(path.join(root, CONFIG_FILE));
      fs.rmSync(path.join(root, 'ผลการตรวจ'), { recursive: true, force: true });
    }
  });

  it('--strict from the file counts the applications’ own warnings', { timeout: 120_000 }, async () => {
    const batch = tempDir('gecc-round-strict-');
    const spec = readyNewUnit();
    spec.unit.contact.email = 'not-an-address';
    writeApplication(path.join(batch, 'a'), spec);
    writeApplication(path.join(batch, 'b'), readyReturningUnit());
    const plain = await runCli(['check', batch, '--now', INSIDE_WINDOW, '--format', 'json']);
    const warned = JSON.parse(plain.stdout).applications[0].findings.some((f: { severity: string }) => f.severity === 'warning');
    writeConfig(batch, 'strict: true\n');
    const strict = await runCli(['check', batch, '--now', INSIDE_WINDOW, '--format', 'json']);
    expect(strict.code).toBe(warned ? 1 : 0);
    expect(plain.code).toBe(0);
  });

  it('is read with --config from anywhere; a unit folder never needs one and its own is not read', { timeout: 120_000 }, async () => {
    const elsewhere = writeConfig(tempDir(), 'window: { opens: "2023-03-01T08:30", closes: "2023-03-31T16:30" }\n', 'round.yaml');
    const unit = path.join(root, '01-พระนคร');
    const r = await runCli(['check', unit, '--config', elsewhere, '--now', INSIDE_WINDOW, '--format', 'json']);
    const codes = JSON.parse(r.stdout).applications[0].findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('window.not-open-yet');
    // a config file inside a unit's folder is not the round's
    const unitOwn = tempDir();
    const dir = writeApplication(path.join(unitOwn, 'unit'), readyNewUnit());
    writeConfig(dir, 'edition: "9999"\n');
    const u = await runCli(['check', dir, '--now', INSIDE_WINDOW, '--format', 'json']);
    expect(u.code).toBe(0);
    expect(JSON.parse(u.stdout).applications[0].edition).toBe('2566');
  });

  it('gives way to the command line: --edition over the file’s', { timeout: 120_000 }, async () => {
    const file = writeConfig(tempDir(), 'edition: "2568"\n');
    const fromFile = await runCli(['check', root, '--config', file, '--now', INSIDE_WINDOW, '--format', 'json']);
    expect(JSON.parse(fromFile.stdout).applications[0].edition).toBe('2568');
    const given = await runCli(['check', root, '--config', file, '--edition', '2566', '--now', INSIDE_WINDOW, '--format', 'json']);
    expect(JSON.parse(given.stdout).applications[0].edition).toBe('2566');
  });
});

describe('a bad config file: exit 2, in Thai, naming the line', () => {
  const cases: [string, string, string][] = [
    [
      'an unknown setting',
      'edition: "2566"\nstrickt: true\n',
      'บรรทัด 2: ไม่รู้จัก "strickt" — ใช้ได้: edition, criteria, window, strict, reports',
    ],
    ['an unknown report format', 'reports:\n  csv: a.csv\n  pdf: a.pdf\n', 'บรรทัด 3: ไม่รู้จัก "pdf"'],
    ['an unknown window key', 'window:\n  opens: 2566-01-01\n  close: 2566-02-28\n', 'บรรทัด 3: ไม่รู้จัก "close" — ใช้ได้: opens, closes'],
    ['a window without its end', 'window:\n  opens: 2566-01-01\n', 'บรรทัด 1: ยังไม่ได้ระบุ "window.closes"'],
    [
      'a date that is not one',
      'window:\n  opens: 2566-02-30T08:30\n  closes: 2566-02-28T16:30\n',
      'บรรทัด 2: "window.opens" ไม่ใช่วันเวลาที่อ่านได้',
    ],
    [
      'a window that closes first',
      'window:\n  opens: 2566-02-28\n  closes: 2566-01-01\n',
      'บรรทัด 3: วันปิดรับ (closes) ต้องอยู่หลังวันเปิดรับ (opens)',
    ],
    ['strict that is not true or false', '\n\nstrict: ใช่\n', 'บรรทัด 3: "strict" ต้องเป็น true หรือ false'],
    ['an edition gecc does not ship', 'edition: "2599"\n', 'บรรทัด 1: ไม่มีเกณฑ์ปี "2599" — เกณฑ์ปีที่มี: 2566, 2568'],
    ['edition and criteria both', 'edition: "2566"\ncriteria: my.json\n', 'บรรทัด 2: ระบุได้อย่างใดอย่างหนึ่ง'],
    ['broken YAML', 'edition: "2566\nstrict: true\n', 'รูปแบบ YAML ไม่ถูกต้อง'],
    ['a duplicate key', 'strict: true\nstrict: false\n', 'บรรทัด 2: รูปแบบ YAML ไม่ถูกต้อง (DUPLICATE_KEY)'],
    ['a list instead of settings', '- edition\n', 'บรรทัด 1: ต้องเป็นรายการ ชื่อ: ค่า'],
    ['a report without a file', 'reports:\n  csv: ""\n', 'บรรทัด 2: รายงาน "csv" ต้องตามด้วยชื่อไฟล์'],
  ];
  for (const [what, text, message] of cases) {
    it(what, { timeout: 60_000 }, async () => {
      const file = writeConfig(tempDir(), text);
      const r = await runCli(['check', root, '--config', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`gecc: ไฟล์ตั้งค่า ${file} `);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('says so in English with --lang en, and refuses a file saved as UTF-16', () => {
    const file = writeConfig(tempDir(), 'edition: "2566"\nstrickt: true\n');
    expect(() => readRoundConfig(file, 'en')).toThrow(`config file ${file}, line 2: unknown setting "strickt"`);
    const utf16 = path.join(tempDir(), CONFIG_FILE);
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('strict: true\n', 'utf16le')]));
    expect(() => readRoundConfig(utf16, 'th')).toThrow('ไม่ได้บันทึกเป็น UTF-8');
    expect(() => readRoundConfig(path.join(tempDir(), 'none.yaml'), 'th')).toThrow('อ่านไฟล์ตั้งค่า');
  });

  it('reads an empty file as no settings', () => {
    const file = writeConfig(tempDir(), '# nothing yet\n');
    expect(readRoundConfig(file, 'th')).toEqual({ file, reports: [] });
  });
});
