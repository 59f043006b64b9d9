/** Self-assessed scores as units write them, and how every report shows a group's points and mark. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { parseWholeNumber } from '../../src/criteria/points.js';
import { readinessFormHtml } from '../../src/form/readiness-form-html.js';
import { htmlReport } from '../../src/report/html-report.js';
import { humanApplication } from '../../src/report/human-report.js';
import { summaryTable } from '../../src/report/summary-table.js';
import type { ApplicationResult } from '../../src/result.js';
import { groupPasses } from '../../src/rules/group-scores.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makeDenseTextPdf } from '../helpers/pdf.js';
import { checkSpec, codes, IN_WINDOW, only } from '../helpers/check.js';

afterAll(removeTempDirs);

const item = (app: ApplicationResult, id: string) => app.items.find((i) => i.id === id)!;
const advancedLine = (app: ApplicationResult) =>
  humanApplication(app, { lang: 'th', color: false })
    .split('\n')
    .find((l) => l.includes('ระดับชั้นสูง'))!;
const report = (app: ApplicationResult) => ({ applications: [app], summary: { applications: 1, ready: 0, notReady: 1 } });

describe('a score must be a whole number in range; otherwise the item counts 0', () => {
  it.each([
    ['"2 คะแนน"', '2 คะแนน'],
    ['2.5', 2.5],
    ['-1', -1],
  ])('score %s: the item is incomplete with 0 points and an error at the score', async (_, score) => {
    const spec = readyNewUnit();
    spec.advanced.A03.score = score;
    const app = await checkSpec(spec);
    expect(item(app, 'A03')).toMatchObject({ state: 'incomplete', points: 0 });
    expect(app.scores.advanced.score).toBe(52);
    expect(app.ready).toBe(false);
    expect(app.findings.filter((f) => f.item === 'A03' && f.severity === 'error')).toHaveLength(1);
  });

  it('an outcome score written wrong counts 0 too', async () => {
    const spec = readyNewUnit();
    spec.outcome.R01.score = '7 คะแนน';
    const app = await checkSpec(spec);
    expect(item(app, 'R01')).toMatchObject({ state: 'incomplete', points: 0 });
    expect(app.scores.outcome.score).toBe(11);
  });

  it('Thai digits are numbers: ๒ is 2, ๖ is 6, ๗ is 7, and "2" in quotes is 2 (the nearest passing cases)', async () => {
    const spec = readyNewUnit();
    spec.advanced.A01.score = '๖';
    spec.advanced.A03.score = '๒';
    spec.advanced.A04.score = '2';
    spec.outcome.R01.score = ' ๗ ';
    const app = await checkSpec(spec);
    expect(codes(app)).toEqual([]);
    expect(item(app, 'A01')).toMatchObject({ state: 'complete', points: 6, claimed: 6 });
    expect(item(app, 'A03')).toMatchObject({ state: 'complete', points: 2, claimed: 2 });
    expect(item(app, 'R01')).toMatchObject({ state: 'complete', points: 7 });
    expect(app.scores.advanced.score).toBe(54);
    expect(app.ready).toBe(true);
  });

  it('a Thai-digit score above the item maximum is still too high', async () => {
    const spec = readyNewUnit();
    spec.advanced.A03.score = '๘';
    const app = await checkSpec(spec);
    expect(only(app, 'item.score-too-high').args).toEqual({ score: 8, max: 6 });
    expect(item(app, 'A03').points).toBe(0);
  });

  it('an edition written in Thai digits is the edition', async () => {
    const spec = readyNewUnit();
    spec.edition = '๒๕๖๖';
    expect(codes(await checkSpec(spec))).toEqual([]);
  });

  it('parseWholeNumber: numbers, Arabic and Thai digit text; nothing else', () => {
    expect([0, 2, '2', '๐', '๑๒', ' ๓ '].map(parseWholeNumber)).toEqual([0, 2, 2, 0, 12, 3]);
    expect([2.5, -1, '2 คะแนน', '', '๒.๕', 'สอง', null, true, Number.NaN, Infinity].map(parseWholeNumber)).toEqual(
      Array(10).fill(undefined),
    );
  });
});

describe('a group never shows more than its maximum, and never ✔ with an error', () => {
  it('three advanced items at 6: an error, the group stays within 54, and it is ✖ in every report', async () => {
    const spec = readyNewUnit();
    spec.advanced.A03.score = 6;
    const app = await checkSpec(spec);
    expect(only(app, 'group.too-many-high-scores').args).toMatchObject({ items: 'A01, A02, A03', allowed: 2, base: 2 });
    expect(app.scores.advanced.score).toBe(54);
    expect(app.scores.advanced.score).toBeLessThanOrEqual(app.scores.advanced.max);
    expect(groupPasses(app, 'advanced')).toBe(false);
    const line = advancedLine(app);
    expect(line).toContain('✖');
    expect(line).not.toContain('✔');
    expect(line).toContain('54/54');
    const page = htmlReport(report(app), { lang: 'th' });
    expect(page).not.toContain('58/54');
    expect(page.split('<tr>').find((row) => row.includes('54/54'))).toContain('class="fail"');
    const form = readinessFormHtml(app, { lang: 'th', date: new Date('2023-02-01T09:00:00+07:00') });
    expect(form).not.toMatch(/>58</);
  });

  it('the two highest claims are kept when several claim above 2; a third counts 2', async () => {
    const spec = readyNewUnit();
    spec.advanced.A01.score = 4;
    spec.advanced.A07.score = 6;
    const app = await checkSpec(spec);
    expect(item(app, 'A01').points).toBe(2);
    expect(item(app, 'A02').points).toBe(6);
    expect(item(app, 'A07').points).toBe(6);
  });

  it('enough points but an item wrong: the group is ✖ in the human report, the HTML report and the summary table', async () => {
    const spec = readyNewUnit();
    spec.advanced.A04.text = '';
    const app = await checkSpec(spec);
    expect(app.scores.advanced).toMatchObject({ score: 52, required: 38 });
    expect(groupPasses(app, 'advanced')).toBe(false);
    expect(advancedLine(app)).toContain('✖');
    const rows = htmlReport(report(app), { lang: 'th' }).split('<tr>');
    expect(rows.find((r) => r.includes('52/54'))).toContain('class="fail"');
    const table = summaryTable(report(app), { lang: 'th', color: true });
    expect(table).toContain('\u001b[31m52/54');
    // the nearest passing case: the ready application's groups are ✔ and not red
    const ready = await checkSpec(readyNewUnit());
    expect(groupPasses(ready, 'advanced')).toBe(true);
    expect(advancedLine(ready)).toContain('✔');
    expect(summaryTable(report(ready), { lang: 'th', color: true })).not.toContain('\u001b[31m54/54');
  });
});

describe('a group short only because a file was not read this time says to check again', () => {
  const shortOf = async (spec: ReturnType<typeof readyNewUnit>, slowB01: boolean) => {
    const dir = writeApplication(tempDir(), spec);
    // tens of thousands of text runs: far more than 50 ms of a reading thread's work
    if (slowB01) fs.writeFileSync(path.join(dir, 'files/B01.pdf'), makeDenseTextPdf(60_000));
    return checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 50, cache: false });
  };

  it('B01 not read in time: the basic group names B01 and asks for another check, not for completing items', async () => {
    const app = await shortOf(readyNewUnit(), true);
    const short = only(app, 'group.below-required');
    expect(short.args).toEqual({ group: 'basic', score: 15, required: 16, unread: 'B01' });
    const printed = humanApplication(app, { lang: 'th', color: false }).replace(/\n\s+/g, ' ');
    expect(printed).toContain('ข้อ B01 ได้ 0 คะแนนไว้ก่อน เพราะครั้งนี้ยังอ่านไฟล์ของข้อนั้นไม่เสร็จ');
    expect(renderMessage(short, 'th').fix).toMatch(/^ปิดโปรแกรมอื่นที่ไม่ได้ใช้ แล้วตรวจอีกครั้ง/);
    expect(app.ready).toBe(false);
  });

  it('B01 answered ไม่มี: the shortfall names no item and asks to complete the items', async () => {
    const spec = readyNewUnit();
    spec.basic.B01 = { ...spec.basic.B01, answer: 'ไม่มี' };
    const short = only(await shortOf(spec, false), 'group.below-required');
    expect(short.args).toEqual({ group: 'basic', score: 15, required: 16 });
    expect(renderMessage(short, 'th').fix).toMatch(/^ทำข้อที่ยังไม่ครบ/);
  });
});
