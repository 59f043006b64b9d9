import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { humanApplication } from '../../src/report/human-report.js';
import type { ApplicationResult } from '../../src/result.js';
import { readyNewUnit, removeTempDirs } from '../helpers/application.js';
import { checkSpec } from '../helpers/check.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(removeTempDirs);

const text = (app: ApplicationResult, lang: 'th' | 'en' = 'th') => humanApplication(app, { lang, color: false });

describe('the score block of the human report', () => {
  it('while the answers file cannot be read, says scores are not computed yet instead of showing zeros', async () => {
    const yamlText = stringify(readyNewUnit(), { lineWidth: 0 }).replace('  P03: มี', '\tP03: มี');
    const app = await checkSpec(readyNewUnit(), { yamlText });
    const th = text(app);
    expect(th).toContain('ยังไม่ได้คิดคะแนน เพราะ gecc ยังอ่านไฟล์คำตอบไม่ได้ ให้แก้ตาม "รายการที่ต้องแก้" ด้านล่าง แล้วสั่งตรวจอีกครั้ง จึงจะเห็นคะแนนของแต่ละกลุ่ม');
    expect(th).not.toMatch(/0\/16|0\/14|ขาดอีก/);
    expect(th).not.toContain('ตอบคำถามไม่ครบ');
    expect(text(app, 'en')).toContain('Scores are not computed yet: the answers could not be checked.');
  });

  it('shows the scores once the file can be read', async () => {
    const th = text(await checkSpec(readyNewUnit()));
    expect(th).toContain('ครบ 16/16 ข้อ · 16/16 คะแนน');
    expect(th).not.toContain('ยังไม่ได้คิดคะแนน');
  });
});

describe('answers ไม่มี', () => {
  it('are listed as answered ไม่มี (disqualifying in the physical group), not as unanswered', async () => {
    const spec = readyNewUnit();
    spec.physical.P07 = 'ไม่มี';
    spec.basic.B03 = { answer: 'ไม่มี' };
    const th = text(await checkSpec(spec, { omit: ['files/B03.pdf'] }));
    expect(th).not.toContain('ตอบคำถามไม่ครบ');
    expect(th).toContain(
      ['ตอบ "ไม่มี" (2 ข้อ)', '  เกณฑ์ด้านกายภาพ: P07 (ตอบ "ไม่มี" ในกลุ่มนี้ = ถูกตัดสิทธิ์)', '  เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน: B03'].join('\n'),
    );
  });

  it('beside items not answered, each list holds its own', async () => {
    const spec = readyNewUnit();
    spec.physical.P07 = 'ไม่มี';
    delete spec.physical.P08;
    const th = text(await checkSpec(spec));
    expect(th).toContain('ตอบคำถามไม่ครบ (1 ข้อ)\n  เกณฑ์ด้านกายภาพ: P08\n');
    expect(th).toContain('ตอบ "ไม่มี" (1 ข้อ)\n  เกณฑ์ด้านกายภาพ: P07 (ตอบ "ไม่มี" ในกลุ่มนี้ = ถูกตัดสิทธิ์)\n');
  });
});

describe('the English report', () => {
  it('says the answer words in English, with the word to type beside them, and counts one as one', async () => {
    const spec = readyNewUnit();
    spec.physical.P07 = 'ไม่มี';
    delete spec.physical.P08;
    const en = text(await checkSpec(spec), 'en');
    expect(en).toContain('  ✖ Physical criteria: 12/14 answered "yes" (มี) (all must be "yes")\n');
    expect(en).toContain('Answers incomplete: 1 item\n  Physical criteria: P08\n');
    expect(en).toContain('Answered "no" (ไม่มี): 1 item\n  Physical criteria: P07 (a "no" in this group disqualifies)\n');
    expect(en).toMatch(/Verdict: ✖ not ready to send — disqualified \(a physical item answered "no"\) \(\d+ errors · 0 warnings\)/);
    expect(en).toContain(`✖ Answered "no" (ไม่มี): a single "no" disqualifies the application`);
    expect(en).not.toMatch(/Answered ไม่มี|\b1 items\b/);
  });

  it('counts one error and one warning as one', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'หัวหน้าฝ่ายบริการ';
    const en = text(await checkSpec(spec, { files: { 'files/B04.pdf': makePdf({ padTo: 5_100_000 }) } }), 'en');
    expect(en).toContain('Verdict: ✖ not ready to send (1 error · 1 warning)');
  });

  it('counts one day as one', async () => {
    const app = await checkSpec(readyNewUnit(), {}, { now: new Date('2023-02-27T17:00:00+07:00') });
    expect(text(app, 'en')).toContain('Applications are open until 28 February 2023 at 16:30 (Bangkok time) (1 day left)');
  });
});
