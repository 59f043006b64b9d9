import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { parseFormDate } from '../../src/cli/commands/form.js';
import { formRefusal, readinessFormHtml } from '../../src/form/readiness-form-html.js';
import { formatOfficialDate, toThaiDigits } from '../../src/form/thai-numbers.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const NOW = new Date('2023-02-01T09:00:00+07:00');
const examples = path.resolve(import.meta.dirname, '../../examples');
const bodyOf = (page: string) => page.slice(page.indexOf('<body>'));

describe('Thai numbers and dates', () => {
  it('sets digits in Thai and leaves everything else', () => {
    expect(toThaiDigits('54/54 คะแนน, B01, 2566')).toBe('๕๔/๕๔ คะแนน, B๐๑, ๒๕๖๖');
  });

  it('dates a form in the Buddhist era in Thai and in the Common Era in English, in Bangkok', () => {
    expect(formatOfficialDate(NOW, 'th')).toBe('1 กุมภาพันธ์ พ.ศ. 2566');
    expect(formatOfficialDate(NOW, 'en')).toBe('1 February 2023');
    // 20:00 UTC on 31 Jan is already 1 Feb in Bangkok
    expect(formatOfficialDate(new Date('2023-01-31T20:00:00Z'), 'th')).toBe('1 กุมภาพันธ์ พ.ศ. 2566');
  });

  it('reads --date in either era and refuses what is not a date', () => {
    expect(formatOfficialDate(parseFormDate('2566-02-01')!, 'th')).toBe('1 กุมภาพันธ์ พ.ศ. 2566');
    expect(formatOfficialDate(parseFormDate('2023-02-01')!, 'th')).toBe('1 กุมภาพันธ์ พ.ศ. 2566');
    for (const bad of ['2023-02-30', '1/2/2566', '2566', '', 'tomorrow', '2023-13-01']) expect(parseFormDate(bad)).toBeUndefined();
  });
});

describe('readinessFormHtml', () => {
  it("fills the unit's details, the summary against thresholds and every item's self-assessed result", async () => {
    const app = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    const page = readinessFormHtml(app, { lang: 'th', date: NOW });
    const body = bodyOf(page);
    expect(page).toContain('@page');
    expect(page.match(/@font-face\{font-family:'Sarabun'/g)).toHaveLength(4);
    expect(page).not.toMatch(/<script/i);
    expect(body).toContain('แบบประเมินความพร้อมในการสมัครขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก');
    for (const text of ['สำนักงานเขตพระนคร', 'สำนักงานปลัดกรุงเทพมหานคร', 'สำนักงานเขต', 'หน่วยงานใหม่', 'นางสาวตัวอย่าง ใจดี', 'โทร. 02 123 4567'])
      expect(body).toContain(text);
    expect(body).toContain('ไม่น้อยกว่า 38 คะแนน');
    expect(body).toContain('มี 14 จาก 14 ข้อ');
    expect(body).toContain('<td class="result">54 / 54</td>');
    expect(body).toContain('<td class="result">18 / 30</td>');
    for (const item of app.items) expect(body).toContain(`<td class="id">${item.id}`);
    expect(body).not.toContain('ไม่ผ่าน');
  });

  it('gives the signature block to the signer the unit kind requires, dated in the Buddhist era', async () => {
    const district = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    const body = bodyOf(readinessFormHtml(district, { lang: 'th', date: NOW }));
    expect(body).toContain('(นายตัวอย่าง ผู้ลงนาม)');
    expect(body).toContain('ตำแหน่ง รองปลัดกรุงเทพมหานคร');
    expect(body).toContain('ผู้ลงนามตามเกณฑ์: รองปลัดกรุงเทพมหานครที่กำกับราชการ');
    expect(body).toContain('วันที่ 1 กุมภาพันธ์ พ.ศ. 2566');

    const department = await checkApplication(writeApplication(tempDir(), readyReturningUnit()), { now: NOW });
    const deptBody = bodyOf(readinessFormHtml(department, { lang: 'th', date: NOW }));
    expect(deptBody).toContain('ตำแหน่ง ผู้อำนวยการสำนักการแพทย์');
    expect(deptBody).toContain('ผู้ลงนามตามเกณฑ์: ผู้อำนวยการสำนักการแพทย์');
    expect(deptBody).toContain('มี · 1');
  });

  it("prints the required signer's title where the answers name a position that does not fit", async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'ผู้อำนวยการเขต';
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: NOW });
    const body = bodyOf(readinessFormHtml(app, { lang: 'th', date: NOW }));
    expect(body).toContain('ตำแหน่ง รองปลัดกรุงเทพมหานครที่กำกับราชการ');
    expect(body).not.toContain('ผู้อำนวยการเขต');
  });

  it("prints the director of the unit's own department where the answers name another department's", async () => {
    const spec = readyReturningUnit();
    spec.unit.parent = 'สำนักอนามัย';
    spec.readiness_form.signer_position = 'ผู้อำนวยการสำนักการแพทย์';
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: NOW });
    expect(app.findings.map((f) => f.code)).toContain('readiness.signer-other-parent');
    const body = bodyOf(readinessFormHtml(app, { lang: 'th', date: NOW, draft: true }));
    expect(body).toContain('ตำแหน่ง ผู้อำนวยการสำนักอนามัย');
    expect(body).toContain('ผู้ลงนามตามเกณฑ์: ผู้อำนวยการสำนักอนามัย');
    expect(body).not.toContain('สำนักการแพทย์');
    expect(bodyOf(readinessFormHtml(app, { lang: 'en', date: NOW, draft: true }))).toContain(
      'Signer required by the criteria: the director of the department (ผู้อำนวยการสำนักอนามัย)',
    );
  });

  it('prints a short form the check accepts as the unit wrote it: the form and the check judge the signer alike', async () => {
    for (const written of ['รองปลัด กทม.', 'รองปลัดกรุงเทพฯ', 'รอง ปลัด กรุงเทพมหานคร']) {
      const spec = readyNewUnit();
      spec.readiness_form.signer_position = written;
      const app = await checkApplication(writeApplication(tempDir(), spec), { now: NOW });
      expect(app.findings.filter((f) => f.code.startsWith('readiness.'))).toEqual([]);
      expect(bodyOf(readinessFormHtml(app, { lang: 'th', date: NOW }))).toContain(`ตำแหน่ง ${written}`);
    }
  }, 60_000);

  it('sets numbers and the date in Thai digits when asked', async () => {
    const app = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    const body = bodyOf(readinessFormHtml(app, { lang: 'th', date: NOW, thaiDigits: true }));
    expect(body).toContain('วันที่ ๑ กุมภาพันธ์ พ.ศ. ๒๕๖๖');
    expect(body).toContain('<td class="result">๕๔ / ๕๔</td>');
    expect(body).toContain('ไม่น้อยกว่า ๓๘ คะแนน');
    expect(body).toContain('มี ๑๔ จาก ๑๔ ข้อ');
    // text outside the markup: no Arabic digit is left but in item ids, the e-mail address and the version
    const text = body
      .replace(/<[^>]+>/g, ' ')
      .replace(/\b[PBAR]\d\d\b/g, '')
      .replace(/\S+@\S+/g, '')
      .replace(/gecc \S+/g, '');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('refuses a disqualified application and one whose answers cannot be read; a draft of the first is watermarked', async () => {
    const disqualified = await checkApplication(path.join(examples, 'not-ready-unit'), { now: NOW });
    expect(formRefusal(disqualified)).toBe('disqualified');
    expect(formRefusal(await checkApplication(tempDir(), { now: NOW }))).toBe('no-answers');
    expect(formRefusal(await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW }))).toBeUndefined();

    const draft = readinessFormHtml(disqualified, { lang: 'th', date: NOW, draft: true });
    expect(draft).toContain('<div class="watermark" aria-hidden="true"><span>ร่าง</span></div>');
    expect(draft).toContain('ร่าง — ใบสมัครนี้ยังไม่เป็นไปตามเกณฑ์');
    expect(bodyOf(draft)).toContain('ไม่มี');
    expect(readinessFormHtml(disqualified, { lang: 'en', date: NOW, draft: true })).toContain('<span>DRAFT</span>');
    expect(
      readinessFormHtml(await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW }), { lang: 'th', date: NOW }),
    ).not.toContain('class="watermark"');
  });

  it('is a draft whenever the application is not ready, asked for or not', async () => {
    const spec = readyNewUnit();
    delete spec.basic.B03;
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: NOW });
    expect(app.ready).toBe(false);
    expect(formRefusal(app)).toBeUndefined();
    const page = readinessFormHtml(app, { lang: 'th', date: NOW });
    expect(page).toContain('<div class="draft-banner">ร่าง — ใบสมัครนี้ยังไม่เป็นไปตามเกณฑ์ ใช้เพื่อตรวจทานเท่านั้น ห้ามลงนามหรือนำส่ง</div>');
    expect(page).toContain('<div class="watermark" aria-hidden="true"><span>ร่าง</span></div>');
    const ready = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    expect(readinessFormHtml(ready, { lang: 'th', date: NOW })).not.toContain('<div class="draft-banner">');
  });

  it('never prints a score above its maximum, for an item, a group or the total', async () => {
    const app = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    // a result whose points run over (as a score of 12 on a 10-point item would before capping)
    const over = structuredClone(app);
    over.items = over.items.map((i) => (i.id === 'R01' ? { ...i, points: 12, claimed: 12 } : i));
    over.scores.outcome = { ...over.scores.outcome, score: 34 };
    over.scores.advanced = { ...over.scores.advanced, score: 60 };
    over.scores.total = { ...over.scores.total, score: 16 + 60 + 34 };
    const body = bodyOf(readinessFormHtml(over, { lang: 'th', date: NOW }));
    expect(body).toContain('<td class="result">30 / 30</td>');
    expect(body).toContain('<td class="result">54 / 54</td>');
    expect(body).not.toMatch(/>\s*(34|60|110|12)\s*</);
    expect(body).toMatch(/<td class="id">R01[\s\S]*?<td class="result">10<\/td>/);
  });

  it("keeps gecc's own small print off the signed paper: shown on screen, hidden in print", async () => {
    const app = await checkApplication(path.join(examples, 'ready-new-unit'), { now: NOW });
    const page = readinessFormHtml(app, { lang: 'th', date: NOW });
    expect(page).toContain('@media print{.screen-only{display:none}}');
    expect(page).toMatch(/<p class="footer screen-only">จัดทำจากไฟล์คำตอบของหน่วยงานด้วย gecc /);
    expect(page).toContain('<div class="note screen-only">ผู้ลงนามตามเกณฑ์:');
  });

  it('shows text from the application literally', async () => {
    const spec = readyNewUnit();
    spec.unit.name = '<script>alert(1)</script>เขต';
    spec.readiness_form.signer = '<img src=x onerror=alert(1)>';
    spec.unit.contact.name = '"><b>x</b>';
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: NOW });
    const page = readinessFormHtml(app, { lang: 'th', date: NOW });
    expect(page).not.toMatch(/<script|<img|<b>/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;เขต');
    expect(page).toContain('(&lt;img src=x onerror=alert(1)&gt;)');
  });
});
