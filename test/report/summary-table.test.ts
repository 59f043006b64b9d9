import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { displayWidth, truncateToWidth } from '../../src/report/display-width.js';
import { summaryTable } from '../../src/report/summary-table.js';
import type { CheckReport } from '../../src/result.js';
import { removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { namedUnit, writeBatch } from '../batch/batch-fixtures.js';

/**
 * Terminal width counted independently of the code under test, code point by code point as
 * terminals do (wcwidth): combining marks take no column, wide East Asian characters two.
 */
function terminalWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) continue;
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  }
  return width;
}

const NOW = new Date('2023-02-01T09:00:00+07:00');
let report: CheckReport;
let names: string[];
const LONG = 'สำนักงานเขตที่มีชื่อยาวมากเป็นพิเศษเพื่อทดสอบการตัดคำในตารางสรุปผลการตรวจ';

beforeAll(async () => {
  const root = tempDir('gecc-summary-');
  names = writeBatch(root).names;
  writeApplication(path.join(root, '05-long'), namedUnit(LONG));
  writeApplication(
    path.join(root, '06-น้ำ'),
    namedUnit('สำนักงานเขตลำลูกกาน้ำใส', (spec) => (spec.physical.P03 = 'ไม่มี')),
  );
  report = await checkTargets([root], { now: NOW });
});
afterAll(() => removeTempDirs());

describe('displayWidth', () => {
  it('gives Thai vowels and tone marks above and below no column, and SARA AM one', () => {
    for (const text of ['สำนักงานเขตพระนคร', 'ผู้อำนวยการ', 'น้ำ', 'กำลังตรวจ', 'ที่', 'abc', '漢字', '✔ พร้อมส่ง']) {
      expect(displayWidth(text), text).toBe(terminalWidth(text));
    }
  });

  it('cuts to a width without splitting a consonant from its marks', () => {
    const cut = truncateToWidth(LONG, 20);
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    expect(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(cut.slice(-2, -1) + '')).toBe(false);
    expect(truncateToWidth('ผู้', 5)).toBe('ผู้');
  });
});

describe('summaryTable', () => {
  const lines = (lang: 'th' | 'en') => summaryTable(report, { lang, color: false }).trimEnd().split('\n');

  it('lines up every column in terminal columns, Thai included', () => {
    for (const lang of ['th', 'en'] as const) {
      const table = lines(lang).slice(1);
      const widths = table.map(terminalWidth);
      expect(new Set(widths).size, table.join('\n')).toBe(1);
      // the verdict column starts at the same column on every application row
      const rows = table.slice(2, -2);
      const starts = rows.map((row) => terminalWidth(row.slice(0, row.search(/[✔✖]/))));
      expect(new Set(starts).size).toBe(1);
    }
  });

  it('has a row per application in order, with scores, verdict and counts, then totals', () => {
    const table = lines('th');
    expect(table[0]).toBe(`สรุปผลการตรวจ ${report.applications.length} ใบสมัคร`);
    expect(table[1]).toMatch(/^#\s+หน่วยงาน\s+ประเภท\s+ผู้สมัคร\s+กายภาพ\s+พื้นฐาน\s+ชั้นสูง\s+ผลลัพธ์\s+ผลการตรวจ\s+ข้อผิดพลาด\s+คำเตือน$/);
    const rows = table.slice(3, 3 + report.applications.length);
    expect(rows[0]).toMatch(new RegExp(`^1  ${names[0]}\\s+สำนักงานเขต\\s+ใหม่\\s+14/14\\s+16/16\\s+54/54\\s+18/30\\s+✔ พร้อมส่ง\\s+0\\s+0$`));
    expect(rows[1]).toMatch(/^2 {2}02-ไฟล์เสีย \(ไม่มีหรืออ่านไฟล์คำตอบไม่ได้\)\s+–\s+–\s+–\s+–\s+✖ ยังไม่พร้อม\s+1\s+0$/);
    expect(rows[2]).toMatch(/15\/16.*✖ ยังไม่พร้อม/);
    expect(rows[3]).toMatch(/เคยได้รับรอง/);
    expect(rows[4]).toContain('…');
    expect(rows[5]).toMatch(/13\/14.*✖ ถูกตัดสิทธิ์/);
    const errors = report.applications.reduce((n, a) => n + a.findings.filter((f) => f.severity === 'error').length, 0);
    expect(table.at(-1)).toMatch(new RegExp(`รวม 6 ใบสมัคร\\s+พร้อม 3 · ไม่พร้อม 3\\s+${errors}\\s+0$`));
  });

  it('writes plain ASCII marks and lines when asked, still aligned', () => {
    const table = summaryTable(report, { lang: 'th', color: false, ascii: true }).trimEnd().split('\n');
    expect(table.join('\n')).not.toMatch(/[✔✖─·–…]/u);
    expect(table.join('\n')).toContain('[OK] พร้อมส่ง');
    expect(new Set(table.slice(1).map(terminalWidth)).size).toBe(1);
  });

  it('colours only when asked', () => {
    expect(summaryTable(report, { lang: 'th', color: false })).not.toContain('\x1b[');
    expect(summaryTable(report, { lang: 'th', color: true })).toContain('\x1b[');
  });
});
