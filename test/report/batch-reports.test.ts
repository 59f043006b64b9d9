import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { csvReport, neutralise } from '../../src/report/csv-report.js';
import { findingsCsvReport } from '../../src/report/findings-csv-report.js';
import { PACKAGE_VERSION } from '../../src/package-root.js';
import { FORMAT_NAMES, REPORT_FORMATS } from '../../src/report/formats.js';
import { junitReport } from '../../src/report/junit-report.js';
import type { CheckReport } from '../../src/result.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { namedUnit, writeBatch } from '../batch/batch-fixtures.js';

const NOW = new Date('2023-02-01T09:00:00+07:00');
const HOSTILE = [
  '=HYPERLINK("http://example.com","คลิก")',
  '+66 2 123 4567',
  '-1+1',
  '@SUM(A1:A9)',
  '\tแท็บ',
  'เขต <สาทร> & "ยานนาวา" \'๑\'\u0001\u001b[31m',
];
/** The last name as the reports show it: its control characters escaped. */
const HOSTILE_SHOWN = 'เขต <สาทร> & "ยานนาวา" \'๑\'\\x01\\x1b[31m';
let report: CheckReport;
let names: string[];

beforeAll(async () => {
  const root = tempDir('gecc-reports-');
  names = writeBatch(root).names;
  HOSTILE.forEach((name, i) =>
    writeApplication(
      path.join(root, `9${i}-hostile`),
      namedUnit(name, (spec) => (spec.unit.parent = name)),
    ),
  );
  report = await checkTargets([root], { now: NOW });
}, 120_000);
afterAll(() => removeTempDirs());

type Row = Record<string, string>;
const csvRows = (text: string): Row[] => parseCsv(text, { bom: true, columns: true, relax_column_count: false }) as Row[];

describe('CSV report', () => {
  it('starts with a byte order mark and ends its lines with CRLF', () => {
    const text = csvReport(report, { lang: 'th' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true);
  });

  it('parses back with a CSV parser: one row per application, Thai intact', () => {
    const rows = csvRows(csvReport(report, { lang: 'th' }));
    expect(rows).toHaveLength(report.applications.length);
    expect(rows.map((r) => r['โฟลเดอร์'])).toEqual(report.applications.map((a) => a.path));
    expect(rows[0]!['หน่วยงาน']).toBe(names[0]);
    expect(rows[0]!['ผลการตรวจ']).toBe('พร้อมส่ง');
    expect(rows[0]!['ชั้นสูง']).toBe('54');
    expect(rows[0]!['ชั้นสูง (ขั้นต่ำ)']).toBe('38');
    expect(rows[1]!['ผลการตรวจ']).toBe('ยังไม่พร้อม');
    expect(rows[1]!['พื้นฐาน']).toBe('');
    expect(rows[1]!['รายการที่ต้องแก้']).toMatch(/^✖ /);
    expect(rows[2]!['ข้อที่ตอบไม่ครบ']).toBe('B03');
    expect(rows[2]!['รายการที่ต้องแก้']).toContain('B03: ');
    expect(rows[3]!['ผู้สมัคร']).toBe('เคยได้รับรอง');
  });

  it('ends each row with whom to call, when the check was made, the gecc version and the criteria', () => {
    const text = csvReport(report, { lang: 'th', generatedAt: NOW });
    const header = (parseCsv(text, { bom: true }) as string[][])[0]!;
    // the columns scripts already read keep their place; the new ones come after them
    expect(header.slice(0, 22).at(-1)).toBe('รายการที่ต้องแก้');
    expect(header.slice(22)).toEqual(['ผู้ประสานงาน', 'โทรศัพท์', 'อีเมล', 'ตรวจเมื่อ', 'รุ่น gecc', 'เกณฑ์', 'ข้อที่ตอบ "ไม่มี"']);
    const rows = csvRows(text);
    expect(rows[0]!['ผู้ประสานงาน']).toBe('นางสาวตัวอย่าง ใจดี');
    expect(rows[0]!['โทรศัพท์']).toBe('02 123 4567');
    expect(rows[0]!['อีเมล']).toBe('gecc@example.go.th');
    expect(rows[0]!['ตรวจเมื่อ']).toBe('2023-02-01 09:00');
    expect(rows[0]!['รุ่น gecc']).toBe(PACKAGE_VERSION);
    expect(rows[0]!['เกณฑ์']).toBe(`2566 — ${report.applications[0]!.catalogue.title.th}`);
    // the broken application: no contact to show, the rest still there
    expect(rows[1]!['ผู้ประสานงาน']).toBe('');
    expect(rows[1]!['ตรวจเมื่อ']).toBe('2023-02-01 09:00');
    expect(csvRows(csvReport(report, { lang: 'en' }))[0]!['checked at']).toBe('');
  });

  it('lists an item answered ไม่มี as answered "no", not as incomplete', async () => {
    const spec = readyNewUnit();
    spec.physical.P07 = 'ไม่มี';
    const batch = await checkTargets([writeApplication(tempDir(), spec)], { now: NOW });
    const row = csvRows(csvReport(batch, { lang: 'th' }))[0]!;
    expect(row['ข้อที่ตอบ "ไม่มี"']).toBe('P07');
    expect(row['ข้อที่ตอบไม่ครบ']).toBe('');
  });

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    const rows = csvRows(csvReport(report, { lang: 'en' }));
    for (const name of HOSTILE.slice(0, 4)) {
      const row = rows.find((r) => r.unit === `'${name}`);
      expect(row, name).toBeDefined();
      expect(row!.parent).toBe(`'${name}`);
    }
    // a leading tab is shown escaped, as text no spreadsheet runs
    expect(rows.find((r) => r.unit === '\\tแท็บ')?.parent).toBe('\\tแท็บ');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralise leaves ordinary text alone', () => {
    expect(neutralise('สำนักงานเขตพระนคร')).toBe('สำนักงานเขตพระนคร');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('\r=1')).toBe("'\r=1");
  });

  it('keeps quotes, commas and new lines inside a cell', () => {
    const rows = csvRows(csvReport(report, { lang: 'th' }));
    const hostile = rows.find((r) => r['หน่วยงาน']!.startsWith('เขต <สาทร>'))!;
    expect(hostile['หน่วยงาน']).toBe(HOSTILE_SHOWN);
  });
});

describe('findings CSV', () => {
  it('has one row per finding of every application, with the unit and its contact on each, and parses back', () => {
    const text = findingsCsvReport(report, { lang: 'th' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const header = (parseCsv(text, { bom: true }) as string[][])[0]!;
    expect(header).toEqual([
      'โฟลเดอร์',
      'หน่วยงาน',
      'ข้อ',
      'ไฟล์',
      'บรรทัด (ไฟล์คำตอบ)',
      'ระดับ',
      'รหัส',
      'ข้อความ',
      'วิธีแก้',
      'ผู้ประสานงาน',
      'โทรศัพท์',
      'อีเมล',
    ]);
    const rows = csvRows(text);
    expect(rows).toHaveLength(report.applications.reduce((n, a) => n + a.findings.length, 0));
    expect(rows.map((r) => r['โฟลเดอร์'])).toEqual(report.applications.flatMap((a) => a.findings.map(() => a.path)));
    // the chase list: a filter on the errors gives the units to call and what to ask
    const errors = rows.filter((r) => r['ระดับ'] === 'ข้อผิดพลาด');
    const b03 = errors.find((r) => r['ข้อ'] === 'B03')!;
    expect(b03['หน่วยงาน']).toBe(names[2]);
    expect(b03['รหัส']).toBe('item.missing');
    expect(b03['ข้อความ']).toBe('ยังไม่ได้ตอบข้อนี้');
    expect(b03['วิธีแก้']).not.toBe('');
    expect(b03['ผู้ประสานงาน']).toBe('นางสาวตัวอย่าง ใจดี');
    expect(b03['อีเมล']).toBe('gecc@example.go.th');
    const broken = rows.filter((r) => r['โฟลเดอร์'] === report.applications[1]!.path);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.find((r) => r['บรรทัด (ไฟล์คำตอบ)'] !== '')?.['ไฟล์']).toBe('application.yaml');
    expect(new Set(errors.map((r) => r['โฟลเดอร์']))).toEqual(
      new Set(report.applications.filter((a) => a.findings.some((f) => f.severity === 'error')).map((a) => a.path)),
    );
  });

  it('neutralises formulas and keeps quotes and new lines, as the summary CSV does', () => {
    const rows = csvRows(findingsCsvReport(report, { lang: 'en' }));
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r.unit === HOSTILE_SHOWN)).toBe(true);
    expect(rows.every((r) => ['error', 'warning', 'note'].includes(r.severity!))).toBe(true);
  });
});

describe('JUnit report', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const parsed = (lang: 'th' | 'en'): any => {
    const xml = junitReport(report, { lang });
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml).testsuites;
  };

  it('is valid XML with one test suite per application, in order', () => {
    const suites = parsed('th');
    expect(suites.testsuite.map((s: { name: string }) => s.name)).toEqual(report.applications.map((a) => a.path));
    expect(Number(suites.tests)).toBe(suites.testsuite.reduce((n: number, s: { tests: string }) => n + Number(s.tests), 0));
  });

  it('has a test case for the verdict, the unit, the readiness form and every catalogue item', () => {
    const suite = parsed('en').testsuite[0];
    const itemCount = 14 + 16 + 23 + 3;
    expect(suite.testcase).toHaveLength(3 + itemCount);
    expect(Number(suite.tests)).toBe(3 + itemCount);
    const caseNames: string[] = suite.testcase.map((c: { name: string }) => c.name);
    expect(caseNames[1]).toContain('(unit)');
    expect(caseNames[2]).toContain('(readiness_form)');
    expect(caseNames.slice(3).map((n) => n.split(' ')[0])).toEqual(report.applications[0]!.items.map((i) => i.id));
    expect(Number(suite.failures)).toBe(0);
  });

  it('fails the items with findings, carrying their messages in Thai', () => {
    const suite = parsed('th').testsuite[2];
    expect(suite.properties.property.find((p: { name: string }) => p.name === 'unit').value).toBe(names[2]);
    const b03 = suite.testcase.find((c: { name: string }) => c.name.startsWith('B03'));
    expect(b03.failure.message).toBe('ยังไม่ได้ตอบข้อนี้');
    expect(b03.failure['#text']).toContain('วิธีแก้');
    const verdict = suite.testcase[0];
    expect(verdict.name).toBe('ผลการตรวจใบสมัคร');
    expect(verdict.failure.message).toContain('ยังไม่พร้อมส่ง');
    expect(Number(suite.failures)).toBeGreaterThanOrEqual(2);
  });

  it('skips the items of an application whose answers could not be read, and fails its verdict', () => {
    const suite = parsed('th').testsuite[1];
    expect(suite.testcase[0].failure['#text']).toContain('application.yaml');
    expect(suite.testcase.slice(1).every((c: { skipped?: unknown }) => c.skipped !== undefined)).toBe(true);
    expect(Number(suite.skipped)).toBe(suite.testcase.length - 1);
  });

  it('escapes markup and shows control characters escaped', () => {
    const suites = parsed('th');
    const hostile = suites.testsuite.find((s: { properties: { property: { name: string; value: string }[] } }) =>
      s.properties.property.some((p) => p.name === 'unit' && p.value.startsWith('เขต <สาทร>')),
    );
    expect(hostile.properties.property.find((p: { name: string }) => p.name === 'unit').value).toBe(HOSTILE_SHOWN);
  });
});

describe('every format', () => {
  it('is in the registry and keeps Thai text', async () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['human', 'json', 'csv', 'junit']));
    for (const name of FORMAT_NAMES) {
      const text = (await REPORT_FORMATS[name]())(report, { lang: 'th', color: false });
      expect(text, name).toContain(names[0]);
      expect(text, name).toContain(names[3]);
      expect(text, name).not.toContain('\uFFFD'.repeat(3));
    }
  });

  it('json parses back with the applications in order', async () => {
    const json = JSON.parse((await REPORT_FORMATS.json())(report, { lang: 'th', color: false }));
    expect(json.applications.map((a: { path: string }) => a.path)).toEqual(report.applications.map((a) => a.path));
    expect(json.applications[0].unit.name).toBe(names[0]);
    expect(json.summary.applications).toBe(report.applications.length);
  });
});
