import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import type { ApplicationResult, CheckReport } from '../../src/result.js';
import { csvReport } from '../../src/report/csv-report.js';
import { humanReport } from '../../src/report/human-report.js';
import { junitReport } from '../../src/report/junit-report.js';

const examples = path.resolve(import.meta.dirname, '../../examples');
const AFTER = new Date('2026-12-01T09:00:00+07:00');
const reportOf = (applications: ApplicationResult[]): CheckReport => ({
  applications,
  summary: {
    applications: applications.length,
    ready: applications.filter((a) => a.ready).length,
    notReady: applications.filter((a) => !a.ready).length,
  },
});

describe('the application window', () => {
  it('a closed round is a note once near the top, not a problem: no warning, no CSV cell, no JUnit case', async () => {
    const ready = await checkApplication(path.join(examples, 'ready-new-unit'), { now: AFTER, strict: true });
    expect(ready.ready).toBe(true);
    expect(ready.findings.map((f) => [f.code, f.severity])).toEqual([['window.closed', 'info']]);

    const human = humanReport(reportOf([ready]), { lang: 'th', color: false });
    const lines = human.split('\n');
    const note = lines.findIndex((l) => l.includes('รอบรับสมัครตามเกณฑ์ปีนี้ปิดไปแล้ว'));
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(lines.findIndex((l) => l === 'คะแนน' || l.startsWith('คะแนน')));
    expect(human.match(/รอบรับสมัครตามเกณฑ์ปีนี้ปิดไปแล้ว/g)).toHaveLength(1);
    expect(human).not.toContain('รายการที่ต้องแก้');

    const notReady = await checkApplication(path.join(examples, 'not-ready-unit'), { now: AFTER });
    const batch = reportOf([ready, notReady]);
    const both = humanReport(batch, { lang: 'en', color: false });
    expect(both.match(/The round of this edition closed on 28 February 2023/g)).toHaveLength(1);
    expect(both.indexOf('The round of this edition closed')).toBeLessThan(both.indexOf('examples'));
    expect(csvReport(batch, { lang: 'th' })).not.toContain('ปิดไปแล้ว');
    expect(junitReport(batch, { lang: 'en' })).not.toContain('closed on');
  }, 60_000);

  it('a division sets the coming round: open, not yet open, and judged in Bangkok time', async () => {
    const window = { opens: '2027-01-04T08:30:00+07:00', closes: '2027-02-26T16:30:00+07:00' };
    const before = await checkApplication(path.join(examples, 'ready-new-unit'), { now: AFTER, window });
    expect(before.findings).toEqual([{ code: 'window.not-open-yet', severity: 'info', args: { opens: window.opens, daysUntil: 34 } }]);
    const during = await checkApplication(path.join(examples, 'ready-new-unit'), { now: new Date('2027-02-25T16:30:00+07:00'), window });
    expect(during.findings).toEqual([{ code: 'window.open', severity: 'info', args: { closes: window.closes, daysLeft: 1 } }]);
    const human = humanReport(reportOf([during]), { lang: 'th', color: false });
    expect(human).toMatch(/ระบบรับสมัครเปิดอยู่ ปิดรับ 26 กุมภาพันธ์ 2570 (เวลา )?16:30 น\. \(เหลืออีก 1 วัน\)/);
  }, 60_000);
});
