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
}, 120_000);
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
  const lines = (lang: 'th' | 'en', extra: { wide?: boolean; width?: number; ascii?: boolean } = {}) =>
    summaryTable(report, { lang, color: false, ...extra })
      .trimEnd()
      .split('\n');
  /** where each column starts, read off the header line: the columns of every line must start there */
  const starts = (header: string) => [...header.matchAll(/(?<=^|\s{2})\S/g)].map((m) => terminalWidth(header.slice(0, m.index)));

  it('fits 100 terminal columns by default, in both languages, with a long Thai name wrapped onto more lines', () => {
    for (const lang of ['th', 'en'] as const) {
      const table = lines(lang);
      for (const line of table) expect(terminalWidth(line), line).toBeLessThanOrEqual(100);
      // the rules are as wide as the table
      expect(terminalWidth(table[2]!)).toBe(100);
      // the long name is whole, over several lines, cut only between words
      const first = table.findIndex((line) => line.startsWith('5  '));
      const unitStart = starts(table[1]!)[1]!;
      const unitWidth = starts(table[1]!)[2]! - 2 - unitStart;
      const pieces = [
        table[first]!,
        ...table.slice(first + 1).filter((_line, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('   ') && !/^\s+─/.test(x))),
      ]
        .map((line) => line.slice(line.indexOf(line.trimStart().split(/\s{2,}/)[lineIsFirst(line) ? 1 : 0]!)))
        .map((rest) => rest.split(/\s{2,}/)[0]!);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(LONG);
      for (const piece of pieces) expect(terminalWidth(piece)).toBeLessThanOrEqual(unitWidth);
      const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(LONG)].map((s) => s.index);
      let at = 0;
      for (const piece of pieces.slice(0, -1)) {
        at += piece.length;
        expect(words, piece).toContain(at);
      }
    }
  });

  it('lines up every column in terminal columns, Thai included, in the default and the full table', () => {
    for (const lang of ['th', 'en'] as const) {
      for (const wide of [false, true]) {
        const table = lines(lang, { wide }).slice(1);
        // the header, each row's first line and the totals end at the same column (the last is right-aligned)
        const full = [table[0]!, ...table.filter((line) => lineIsFirst(line)), table.at(-1)!];
        expect(new Set(full.map(terminalWidth)).size, full.join('\n')).toBe(1);
        // the verdict column starts at the same column on every application row
        const rows = table.filter((line) => lineIsFirst(line));
        const verdicts = rows.map((row) => terminalWidth(row.slice(0, row.search(/[✔✖]/))));
        expect(new Set(verdicts).size).toBe(1);
        // a continued name starts where the unit column starts
        const unitStart = terminalWidth(table[0]!.slice(0, table[0]!.indexOf(lang === 'th' ? 'หน่วยงาน' : 'unit')));
        for (const line of table.filter((l) => /^\s+\S/.test(l) && !/^\s*─/.test(l) && l !== table.at(-1)))
          expect(line.length - line.trimStart().length).toBe(unitStart);
      }
    }
  });

  it('has a row per application in order, with scores, verdict and counts, then totals', () => {
    const table = lines('th');
    expect(table[0]).toBe(`สรุปผลการตรวจ ${report.applications.length} ใบสมัคร`);
    expect(table[1]).toMatch(/^#\s+หน่วยงาน\s+ประเภท\s+ผู้สมัคร\s+กายภาพ\s+พื้นฐาน\s+ชั้นสูง\s+ผลลัพธ์\s+ผล\s+ผิด\s+เตือน$/);
    const rows = table.filter((line) => /^\d+ {2}/.test(line));
    expect(rows).toHaveLength(report.applications.length);
    expect(rows[0]).toMatch(new RegExp(`^1  ${names[0]}\\s+เขต\\s+ใหม่\\s+14/14\\s+16/16\\s+54/54\\s+18/30\\s+✔ พร้อมส่ง\\s+0\\s+0$`));
    // the reason in brackets is one phrase: it goes whole onto the next line of the cell
    expect(rows[1]).toMatch(/^2 {2}02-ไฟล์เสีย\s/);
    expect(table[table.indexOf(rows[1]!) + 1]).toMatch(/^\s+\(ไม่มีหรืออ่าน/);
    expect(rows[1]).toMatch(/\s+–\s+–\s+–\s+–\s+✖ ยังไม่พร้อม\s+1\s+0$/);
    expect(rows[2]).toMatch(/15\/16.*✖ ยังไม่พร้อม/);
    expect(rows[3]).toMatch(/ศูนย์บริการสาธารณสุข ๑\s+สำนัก\s+เก่า/);
    expect(rows[4]).not.toContain('…');
    expect(rows[5]).toMatch(/13\/14.*✖ ถูกตัดสิทธิ์/);
    const errors = report.applications.reduce((n, a) => n + a.findings.filter((f) => f.severity === 'error').length, 0);
    expect(table.at(-1)).toMatch(new RegExp(`รวม 6 ใบสมัคร\\s+✔ 3 · ✖ 3\\s+${errors}\\s+0$`));
  });

  it('--wide: the full table, with long headings and words, a name on one line', () => {
    const table = lines('th', { wide: true });
    expect(table[1]).toMatch(/^#\s+หน่วยงาน\s+ประเภท\s+ผู้สมัคร\s+กายภาพ\s+พื้นฐาน\s+ชั้นสูง\s+ผลลัพธ์\s+ผลการตรวจ\s+ข้อผิดพลาด\s+คำเตือน$/);
    expect(table).toHaveLength(3 + report.applications.length + 2);
    expect(table[3]).toMatch(/สำนักงานเขต\s+ใหม่/);
    expect(table[6]).toMatch(/สังกัดสำนัก\s+เคยได้รับรอง/);
    expect(table[7]).toContain(truncateToWidth(LONG, 48));
    expect(table.at(-1)).toMatch(/พร้อม 3 · ไม่พร้อม 3/);
    expect(terminalWidth(table[1]!)).toBeGreaterThan(100);
  });

  it('drops the kind, then new/returning, where even a narrow name would not fit', () => {
    const at80 = lines('th', { width: 80 });
    for (const line of at80) expect(terminalWidth(line)).toBeLessThanOrEqual(80);
    const at78 = lines('th', { width: 78 });
    expect(at78[1]).not.toMatch(/ประเภท/);
    expect(at78[1]).toMatch(/ผู้สมัคร/);
    const at70 = lines('th', { width: 70 });
    expect(at70[1]).not.toMatch(/ประเภท|ผู้สมัคร/);
    const at60 = lines('en', { width: 60 });
    expect(at60[1]).toMatch(/^#\s+unit\s+phys\s+basic\s+adv\s+outc\s+verdict\s+err\s+warn$/);
    // nothing else is dropped: past that the table is as narrow as it gets
    expect(lines('en', { width: 20 })[1]).toBe(at60[1]);
  });

  it('writes plain ASCII marks and lines when asked, still aligned', () => {
    const table = lines('th', { ascii: true, wide: true });
    expect(table.join('\n')).not.toMatch(/[✔✖─·–…]/u);
    expect(table.join('\n')).toContain('[OK] พร้อมส่ง');
    expect(new Set(table.slice(1).map(terminalWidth)).size).toBe(1);
    const narrow = lines('th', { ascii: true });
    expect(narrow.join('\n')).not.toMatch(/[✔✖─·–…]/u);
    for (const line of narrow) expect(terminalWidth(line)).toBeLessThanOrEqual(100);
  });

  it('colours only when asked', () => {
    expect(summaryTable(report, { lang: 'th', color: false })).not.toContain('\x1b[');
    expect(summaryTable(report, { lang: 'th', color: true })).toContain('\x1b[');
  });
});

/** The first line of an application's row begins with its number. */
function lineIsFirst(line: string): boolean {
  return /^\d+ {2}/.test(line);
}
