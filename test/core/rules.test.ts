import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { type AppSpec, readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { checkSpec, codes, IN_WINDOW, only, problems } from '../helpers/check.js';
import { makeImageOnlyPdf } from '../helpers/pdf.js';
import { stringify } from 'yaml';
import { renderMessage } from '../../src/findings/render-message.js';

afterAll(removeTempDirs);

const pdfBytes = () => fs.readFileSync(path.join(import.meta.dirname, '../../examples/ready-new-unit/files/แบบประเมินความพร้อม.pdf'));

/**
 * Checks a spec with application.yaml as stringify writes it: the problems as a user reads them
 * (Thai text and fix, line and column), and the line of the first line of the file that starts so.
 */
async function checkAsWritten(spec: AppSpec) {
  const text = stringify(spec, { lineWidth: 0 });
  const result = await checkSpec(spec, { yamlText: text });
  const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const found = problems(result).map((f) => ({
    code: f.code,
    severity: f.severity,
    item: f.item,
    line: f.line,
    column: f.column,
    ...renderMessage(f, 'th'),
  }));
  return { result, found, lineOf };
}

describe('a complete application', () => {
  it('a new unit with every item is ready, with full scores', async () => {
    const result = await checkSpec(readyNewUnit());
    expect(problems(result)).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.disqualified).toBe(false);
    expect(result.scores).toMatchObject({
      physical: { met: 14, total: 14 },
      basic: { score: 16, max: 16, required: 16 },
      advanced: { score: 54, max: 54, required: 38 },
      outcome: { score: 18, max: 30, required: 16 },
    });
  });

  it('a returning unit answering มี to the basic items without files is ready', async () => {
    const result = await checkSpec(readyReturningUnit());
    expect(problems(result)).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.scores.basic.score).toBe(16);
  });
});

describe('physical criteria: all 14 must be มี', () => {
  it('one ไม่มี disqualifies the application', async () => {
    const spec = readyNewUnit();
    spec.physical.P07 = 'ไม่มี';
    const result = await checkSpec(spec);
    expect(result.disqualified).toBe(true);
    expect(result.ready).toBe(false);
    expect(only(result, 'physical.answered-no')).toMatchObject({ item: 'P07', severity: 'error' });
    expect(result.scores.physical).toEqual({ met: 13, total: 14 });
  });

  it('false counts as ไม่มี and true as มี', async () => {
    const spec = readyNewUnit();
    spec.physical.P01 = true;
    spec.physical.P02 = false;
    const result = await checkSpec(spec);
    expect(codes(result)).toEqual(['physical.answered-no']);
    expect(result.disqualified).toBe(true);
  });

  it('an unanswered item is listed as missing, and does not disqualify by itself', async () => {
    const spec = readyNewUnit();
    delete spec.physical.P14;
    const result = await checkSpec(spec);
    expect(only(result, 'physical.missing')).toMatchObject({ item: 'P14' });
    expect(result.disqualified).toBe(false);
    expect(result.ready).toBe(false);
  });

  it('an answer other than มี/ไม่มี is refused with the allowed answers', async () => {
    const spec = readyNewUnit();
    spec.physical.P03 = 'yes';
    const result = await checkSpec(spec);
    expect(only(result, 'answers.invalid-choice')).toMatchObject({ item: 'P03', args: { value: 'yes', allowed: 'มี, ไม่มี' } });
  });
});

describe('basic criteria of a new unit: text and a valid file for each of 16', () => {
  it('a missing item scores 0, is listed, and brings the group under 16', async () => {
    const spec = readyNewUnit();
    delete spec.basic.B03;
    const result = await checkSpec(spec);
    expect(codes(result).sort()).toEqual(['group.below-required', 'item.missing']);
    expect(only(result, 'item.missing').item).toBe('B03');
    expect(result.scores.basic.score).toBe(15);
    expect(result.items.find((i) => i.id === 'B03')?.state).toBe('not-answered');
  });

  it('text without files, and files without text, are both incomplete', async () => {
    const spec = readyNewUnit();
    delete spec.basic.B05.files;
    delete spec.basic.B06.text;
    const result = await checkSpec(spec);
    expect(only(result, 'item.files-missing').item).toBe('B05');
    expect(only(result, 'item.text-missing').item).toBe('B06');
    expect(result.scores.basic.score).toBe(14);
  });

  it('blank text counts as no text', async () => {
    const spec = readyNewUnit();
    spec.basic.B02.text = '   ';
    expect(only(await checkSpec(spec), 'item.text-missing').item).toBe('B02');
  });

  it('answer ไม่มี is an error: every basic item must be done', async () => {
    const spec = readyNewUnit();
    spec.basic.B09.answer = 'ไม่มี';
    const result = await checkSpec(spec);
    expect(only(result, 'item.answered-no').item).toBe('B09');
    expect(result.scores.basic.score).toBe(15);
  });

  it('an item whose only file is broken is incomplete', async () => {
    const spec = readyNewUnit();
    const result = await checkSpec(spec, { files: { [spec.basic.B01.files[0]]: 'not a pdf at all' } });
    expect(only(result, 'file.wrong-type')).toMatchObject({ item: 'B01', file: spec.basic.B01.files[0], args: { detected: 'text' } });
    expect(result.scores.basic.score).toBe(15);
  });

  it('an item with one good and one broken file is complete but the broken file is still an error', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/B01.pdf', 'files/B01-extra.pdf'];
    const result = await checkSpec(spec, { omit: ['files/B01-extra.pdf'] });
    expect(only(result, 'file.not-found').item).toBe('B01');
    expect(result.scores.basic.score).toBe(16);
    expect(result.ready).toBe(false);
  });

  it('with several files none usable, the item says so', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/x1.pdf', 'files/x2.pdf'];
    const result = await checkSpec(spec, { omit: ['files/x1.pdf', 'files/x2.pdf'] });
    expect(result.findings.filter((f) => f.code === 'file.not-found')).toHaveLength(2);
    expect(only(result, 'item.no-valid-file').item).toBe('B01');
  });

  it('a single file name (not a list) is accepted', async () => {
    const spec = readyNewUnit();
    spec.basic.B04.files = spec.basic.B04.files[0];
    expect(problems(await checkSpec(spec))).toEqual([]);
  });
});

describe('basic criteria of a returning unit: มี/ไม่มี only', () => {
  it('ไม่มี is an error and scores 0', async () => {
    const spec = readyReturningUnit();
    spec.basic.B02.answer = 'ไม่มี';
    const result = await checkSpec(spec);
    expect(only(result, 'item.answered-no').item).toBe('B02');
    expect(result.scores.basic.score).toBe(15);
  });

  it('a missing answer is listed', async () => {
    const spec = readyReturningUnit();
    delete spec.basic.B16;
    expect(only(await checkSpec(spec), 'item.returning-missing').item).toBe('B16');
  });

  it('text or files given anyway are a warning, not an error', async () => {
    const spec = readyReturningUnit();
    spec.basic.B01.files = ['files/B01.pdf'];
    const result = await checkSpec(spec);
    expect(only(result, 'item.returning-extra')).toMatchObject({ severity: 'warning', item: 'B01', args: { fields: 'files' } });
    expect(result.ready).toBe(true);
  });

  it('a returning unit still needs text and files for advanced items', async () => {
    const spec = readyReturningUnit();
    delete spec.advanced.A03.files;
    expect(only(await checkSpec(spec), 'item.files-missing').item).toBe('A03');
  });
});

describe('advanced criteria: 23 items, 21 × 2 + 2 × 6, at least 38', () => {
  it('an item without score counts 2 when complete', async () => {
    const spec = readyNewUnit();
    for (const id of Object.keys(spec.advanced)) delete spec.advanced[id].score;
    const result = await checkSpec(spec);
    expect(result.scores.advanced.score).toBe(46);
    expect(problems(result)).toEqual([]);
  });

  it('a score above 6 is refused and the item scores 0', async () => {
    const spec = readyNewUnit();
    spec.advanced.A12.score = 8;
    const result = await checkSpec(spec);
    expect(only(result, 'item.score-too-high')).toMatchObject({ item: 'A12', args: { score: 8, max: 6 } });
    expect(result.scores.advanced.score).toBe(52);
  });

  it('more than two items above 2 do not fit the distribution', async () => {
    const spec = readyNewUnit();
    spec.advanced.A03.score = 4;
    const result = await checkSpec(spec);
    expect(only(result, 'group.too-many-high-scores').args).toEqual({ items: 'A01, A02, A03', base: 2, allowed: 2 });
  });

  it('below 38 is an error naming the score and the threshold', async () => {
    const spec = readyNewUnit();
    for (const id of ['A01', 'A02']) spec.advanced[id].score = 2;
    for (const id of ['A03', 'A04', 'A05', 'A06', 'A07']) delete spec.advanced[id];
    const result = await checkSpec(spec);
    expect(only(result, 'group.below-required').args).toMatchObject({ score: 36, required: 38 });
  });

  it('exactly 38 passes', async () => {
    const spec = readyNewUnit();
    for (const id of ['A01', 'A02']) spec.advanced[id].score = 2;
    for (const id of ['A03', 'A04', 'A05', 'A06']) spec.advanced[id].score = 0;
    const result = await checkSpec(spec);
    expect(result.scores.advanced.score).toBe(38);
    expect(problems(result)).toEqual([]);
  });

  it('a negative score is refused', async () => {
    const spec = readyNewUnit();
    spec.advanced.A08.score = -2;
    expect(only(await checkSpec(spec), 'answers.negative-number').item).toBe('A08');
  });
});

describe('outcome criteria: text, file and score each, at least 16', () => {
  it('a missing score is an error and the item scores 0', async () => {
    const spec = readyNewUnit();
    delete spec.outcome.R02.score;
    const result = await checkSpec(spec);
    expect(only(result, 'item.score-missing')).toMatchObject({ item: 'R02', args: { max: 10 } });
    expect(result.scores.outcome.score).toBe(12);
  });

  it('a score above 10 is refused', async () => {
    const spec = readyNewUnit();
    spec.outcome.R01.score = 11;
    expect(only(await checkSpec(spec), 'item.score-too-high').args).toEqual({ score: 11, max: 10 });
  });

  it('15 points is below the threshold, 16 passes', async () => {
    const spec = readyNewUnit();
    spec.outcome.R03.score = 2;
    const low = await checkSpec(spec);
    expect(only(low, 'group.below-required').args).toMatchObject({ score: 15, required: 16 });
    spec.outcome.R03.score = 3;
    expect(problems(await checkSpec(spec))).toEqual([]);
  });

  it('a score written as text is a type error, not a crash', async () => {
    const spec = readyNewUnit();
    spec.outcome.R01.score = 'เจ็ด';
    expect(only(await checkSpec(spec), 'answers.wrong-type').args).toEqual({ field: 'outcome.R01.score', expected: 'number' });
  });
});

describe('the signed readiness form', () => {
  it('missing entirely is an error', async () => {
    const spec = readyNewUnit();
    delete spec.readiness_form;
    expect(only(await checkSpec(spec), 'readiness.missing').item).toBe('readiness_form');
  });

  it('a district office needs the deputy permanent secretary', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'ผู้อำนวยการเขตพระนคร';
    const finding = only(await checkSpec(spec), 'readiness.wrong-signer');
    expect(finding).toMatchObject({ item: 'readiness_form', args: { position: 'ผู้อำนวยการเขตพระนคร', kind: 'district-office' } });
  });

  it('a department unit needs the director of its department, not of a district office', async () => {
    const spec = readyReturningUnit();
    spec.readiness_form.signer_position = 'ผู้อำนวยการสำนักงานเขตบางรัก';
    expect(only(await checkSpec(spec), 'readiness.wrong-signer').args.kind).toBe('department-unit');
    spec.readiness_form.signer_position = 'ผู้อำนวยการสำนักการแพทย์';
    expect(problems(await checkSpec(spec))).toEqual([]);
  });

  it('a unit of kind other gets a note that the signer is not checked', async () => {
    const spec = readyNewUnit();
    spec.unit.kind = 'other';
    const result = await checkSpec(spec);
    expect(only(result, 'readiness.signer-not-checked').severity).toBe('info');
    expect(result.ready).toBe(true);
  });

  it('its file is checked like any attachment', async () => {
    const spec = readyNewUnit();
    const result = await checkSpec(spec, { omit: [spec.readiness_form.file] });
    expect(only(result, 'file.not-found')).toMatchObject({ item: 'readiness_form', file: spec.readiness_form.file });
  });

  it('a missing signer is a missing field with its position', async () => {
    const spec = readyNewUnit();
    delete spec.readiness_form.signer;
    const finding = only(await checkSpec(spec), 'answers.missing-field');
    expect(finding).toMatchObject({ item: 'readiness_form', args: { field: 'readiness_form.signer' } });
    expect(finding.line).toBeGreaterThan(0);
  });
});

describe("a department unit's form is signed by the director of its own department (unit.parent)", () => {
  /** A returning department unit with this parent and signer position; application.yaml as written. */
  async function signed(parent: string | undefined, position: string) {
    const spec = readyReturningUnit();
    if (parent === undefined) delete spec.unit.parent;
    else spec.unit.parent = parent;
    spec.readiness_form.signer_position = position;
    return checkAsWritten(spec);
  }

  it('signed by the director of another department: an error at the position, naming the one who must sign', async () => {
    const { result, found, lineOf } = await signed('สำนักอนามัย', 'ผู้อำนวยการสำนักการแพทย์');
    expect(found).toEqual([
      {
        code: 'readiness.signer-other-parent',
        severity: 'error',
        item: 'readiness_form',
        line: lineOf('  signer_position:'),
        column: 20,
        text: 'ผู้ลงนามในแบบประเมินความพร้อมเป็น "ผู้อำนวยการสำนักการแพทย์" แต่หน่วยงานนี้สังกัด สำนักอนามัย จึงต้องให้ผู้อำนวยการสำนักอนามัยลงนาม (ผู้อำนวยการของสำนักที่หน่วยงานสังกัด)',
        fix: 'ถ้าหน่วยงานสังกัด สำนักอนามัย จริง ให้เสนอแบบประเมินให้ผู้อำนวยการสำนักอนามัยลงนาม แล้วแก้ signer และ signer_position ให้ตรงกัน ถ้าสังกัดเขียนผิด ให้แก้ parent: ใต้ unit: เป็นชื่อสำนักที่หน่วยงานสังกัด',
      },
    ]);
    expect(result.ready).toBe(false);
    expect(renderMessage(result.findings.find((f) => f.code === 'readiness.signer-other-parent')!, 'en').text).toBe(
      'The readiness form is signed by "ผู้อำนวยการสำนักการแพทย์", but the unit belongs to สำนักอนามัย: it must be signed by ผู้อำนวยการสำนักอนามัย, the director of its own department',
    );
  });

  it.each([
    ['สำนักอนามัย', 'ผู้อำนวยการสำนักอนามัย'],
    ['สำนักอนามัย', 'ผอ.สำนักอนามัย'],
    ['สำนักอนามัย', 'ผู้อำนวยการ สำนักอนามัย กรุงเทพมหานคร'],
    ['สำนักอนามัย กรุงเทพมหานคร', 'ผอ. สำนักอนามัย'],
    ['สำนักอนามัย', 'ผู้อำนวยการสำนัก'],
    ['ศูนย์บริการสาธารณสุข 1 สำนักอนามัย', 'ผู้อำนวยการสำนักอนามัย'],
    ['สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', 'ผอ.สำนักวัฒนธรรมฯ'],
    ['สำนักวัฒนธรรมฯ', 'ผู้อำนวยการสำนักวัฒนธรรม กีฬาและการท่องเที่ยว'],
    [undefined, 'ผู้อำนวยการสำนัก'],
  ])('parent %s, signed by %s: fits', async (parent, position) => {
    const { result, found } = await signed(parent, position);
    expect(found).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it.each([
    ['ศูนย์บริการสาธารณสุข 1 สำนักอนามัย', 'ผู้อำนวยการสำนักการแพทย์'],
    ['สำนักการศึกษา', 'ผู้อำนวยการสำนักการแพทย์'],
    ['สำนักการแพทย์', 'ผอ.สำนักการโยธา'],
  ])('parent %s, signed by %s: another department', async (parent, position) => {
    const { result, found } = await signed(parent, position);
    expect(found.map((f) => f.code)).toEqual(['readiness.signer-other-parent']);
    expect(result.ready).toBe(false);
  });

  it('no parent, signed by the director of a named department: a warning at unit: asking for parent', async () => {
    const { result, found, lineOf } = await signed(undefined, 'ผู้อำนวยการสำนักการแพทย์');
    expect(found).toEqual([
      {
        code: 'readiness.signer-parent-unknown',
        severity: 'warning',
        item: 'readiness_form',
        line: lineOf('unit:'),
        column: 1,
        text: 'ตรวจไม่ได้ว่าผู้ลงนาม "ผู้อำนวยการสำนักการแพทย์" เป็นผู้อำนวยการของสำนักที่หน่วยงานสังกัดหรือไม่ เพราะยังไม่ได้กรอกสังกัด (parent)',
        fix: 'กรอก parent: ใต้ unit: เป็นชื่อสำนักที่หน่วยงานสังกัด เช่น parent: สำนักการแพทย์ (แบบประเมินต้องให้ผู้อำนวยการของสำนักที่หน่วยงานสังกัดลงนาม)',
      },
    ]);
    expect(result.ready).toBe(true);
  });

  it('a parent that names no department: the same warning, at parent:', async () => {
    const { found, lineOf } = await signed('สำนักงานปลัดกรุงเทพมหานคร', 'ผู้อำนวยการสำนักการแพทย์');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'readiness.signer-parent-unknown',
        line: lineOf('  parent:'),
        column: 11,
        text: 'ตรวจไม่ได้ว่าผู้ลงนาม "ผู้อำนวยการสำนักการแพทย์" เป็นผู้อำนวยการของสำนักที่หน่วยงานสังกัดหรือไม่ เพราะสังกัด (parent) "สำนักงานปลัดกรุงเทพมหานคร" ไม่มีชื่อสำนัก',
      }),
    ]);
  });

  it('a district office is not asked for its parent', async () => {
    const spec = readyNewUnit();
    delete spec.unit.parent;
    expect(problems(await checkSpec(spec))).toEqual([]);
  });
});

describe('the application window (1 Jan 2566 08:30 – 28 Feb 2566 16:30, Bangkok)', () => {
  const at = (iso: string) => checkSpec(readyNewUnit(), {}, { now: new Date(iso) });

  it('inside: a note with the days left', async () => {
    const result = await at('2023-02-27T16:30:00+07:00');
    expect(only(result, 'window.open')).toMatchObject({ severity: 'info', args: { daysLeft: 1 } });
    expect(result.ready).toBe(true);
  });

  it('before: a note with the days until it opens, never an error', async () => {
    const result = await at('2022-12-25T08:30:00+07:00');
    expect(only(result, 'window.not-open-yet')).toMatchObject({ severity: 'info', args: { daysUntil: 7 } });
    expect(result.ready).toBe(true);
  });

  it('after: a note that it is closed, which even --strict does not count against the application', async () => {
    const result = await at('2023-02-28T16:31:00+07:00');
    expect(only(result, 'window.closed').severity).toBe('info');
    expect(result.ready).toBe(true);
    const strict = await checkSpec(readyNewUnit(), {}, { now: new Date('2023-03-01T00:00:00+07:00'), strict: true });
    expect(strict.ready).toBe(true);
  });

  it('08:29 on 1 Jan is still before the opening (Bangkok time)', async () => {
    expect(only(await at('2023-01-01T08:29:00+07:00'), 'window.not-open-yet').args.daysUntil).toBe(1);
    expect(only(await at('2023-01-01T01:30:00Z'), 'window.open').severity).toBe('info');
  });
});

describe('unit details', () => {
  /** The findings of a ready new unit whose contact is edited, with the lines of application.yaml as written. */
  async function withContact(edit: (contact: Record<string, unknown>, unit: Record<string, unknown>) => void) {
    const spec = readyNewUnit();
    edit(spec.unit.contact, spec.unit);
    return checkAsWritten(spec);
  }

  it('a contact without a name, a phone or an e-mail is an error at the line of each', async () => {
    const { result, found, lineOf } = await withContact((contact) => {
      contact.name = null;
      contact.phone = '';
      contact.email = '   ';
    });
    expect(found).toEqual([
      {
        code: 'unit.contact-field-missing',
        severity: 'error',
        item: 'unit',
        line: lineOf('    name:'),
        column: 5,
        text: 'ยังไม่ได้กรอกชื่อผู้ประสานงาน (contact: name) ซึ่ง GECC Online ถามตอนลงทะเบียน และหน่วยงานผู้ประสานงานใช้ติดต่อกลับ',
        fix: 'พิมพ์ชื่อผู้ประสานงานต่อจาก name: ใต้ contact: เช่น name: นางสาวตัวอย่าง ใจดี',
      },
      {
        code: 'unit.contact-field-missing',
        severity: 'error',
        item: 'unit',
        line: lineOf('    phone:'),
        column: 5,
        text: 'ยังไม่ได้กรอกเบอร์โทรศัพท์ผู้ประสานงาน (contact: phone) ซึ่ง GECC Online ถามตอนลงทะเบียน และหน่วยงานผู้ประสานงานใช้ติดต่อกลับ',
        fix: 'พิมพ์เบอร์โทรศัพท์ต่อจาก phone: ใต้ contact: ในเครื่องหมายคำพูด เช่น phone: "02 123 4567"',
      },
      {
        code: 'unit.contact-field-missing',
        severity: 'error',
        item: 'unit',
        line: lineOf('    email:'),
        column: 5,
        text: 'ยังไม่ได้กรอกอีเมลผู้ประสานงาน (contact: email) ซึ่ง GECC Online ถามตอนลงทะเบียน และหน่วยงานผู้ประสานงานใช้ติดต่อกลับ',
        fix: 'พิมพ์อีเมลต่อจาก email: ใต้ contact: เช่น email: gecc@example.go.th',
      },
    ]);
    expect(result.ready).toBe(false);
  });

  it('a contact field left out is told at contact:, in English too', async () => {
    const { result, found, lineOf } = await withContact((contact) => delete contact.email);
    expect(found).toEqual([expect.objectContaining({ code: 'unit.contact-field-missing', line: lineOf('  contact:'), column: 3 })]);
    expect(renderMessage(result.findings.find((f) => f.code === 'unit.contact-field-missing')!, 'en')).toEqual({
      text: 'The contact e-mail is missing (contact: email): GECC Online asks for it at registration, and the coordinating division reaches the unit by it',
      fix: 'Write the e-mail after email: under contact:, e.g. email: gecc@example.go.th',
    });
  });

  it('no contact at all is an error at unit:, as its fields left blank are', async () => {
    const { result, found, lineOf } = await withContact((_, unit) => delete unit.contact);
    expect(found).toEqual([
      {
        code: 'unit.contact-missing',
        severity: 'error',
        item: 'unit',
        line: lineOf('unit:'),
        column: 1,
        text: 'ยังไม่ได้กรอกผู้ประสานงาน (contact: ชื่อ เบอร์โทร อีเมล)',
        fix: 'เพิ่มหัวข้อ contact: ใต้ unit: พร้อม name, phone และ email ตามที่ต้องกรอกตอนลงทะเบียนใน GECC Online',
      },
    ]);
    expect(result.ready).toBe(false);
  });

  it('an e-mail without @ is a warning', async () => {
    const spec = readyNewUnit();
    spec.unit.contact.email = 'gecc.example.go.th';
    expect(only(await checkSpec(spec), 'unit.email-invalid').args.value).toBe('gecc.example.go.th');
  });

  it('an unknown unit kind lists the allowed kinds', async () => {
    const spec = readyNewUnit();
    spec.unit.kind = 'district';
    expect(only(await checkSpec(spec), 'answers.invalid-choice').args.allowed).toBe('district-office, department-unit, other');
  });

  it('missing applicant is asked for, and the checker assumes a new unit (the stricter)', async () => {
    const spec = readyReturningUnit();
    delete spec.unit.applicant;
    const result = await checkSpec(spec);
    expect(codes(result)).toContain('answers.missing-field');
    expect(codes(result)).toContain('item.text-missing');
  });
});

describe('attachments: where they are', () => {
  it('a Windows-style path with backslashes is accepted', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files\\B01.pdf'];
    expect(problems(await checkSpec(spec, { omit: ['files\\B01.pdf'], files: { 'files/B01.pdf': pdfBytes() } }))).toEqual([]);
  });

  it('an absolute path is refused and not read', async () => {
    const spec = readyNewUnit();
    const outside = path.join(tempDir(), 'evidence.pdf');
    fs.writeFileSync(
      outside,
      fs.readFileSync(
        path.join(
          import.meta.dirname,
          '../../examples/ready-new-unit',
          readyNewUnit().readiness_form.file.replace(/^files\/.*$/, 'files/แบบประเมินความพร้อม.pdf'),
        ),
      ),
    );
    spec.basic.B01.files = [outside];
    expect(only(await checkSpec(spec), 'file.absolute-path').item).toBe('B01');
  });

  it.each(['C:\\Users\\gecc\\B01.pdf', 'c:/B01.pdf', '\\\\server\\share\\B01.pdf'])(
    'a Windows absolute path %s is refused',
    async (reference) => {
      const spec = readyNewUnit();
      spec.basic.B01.files = [reference];
      expect(only(await checkSpec(spec), 'file.absolute-path').item).toBe('B01');
    },
  );

  it('a path with .. leading out of the folder is refused', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/../../secret.pdf'];
    expect(only(await checkSpec(spec), 'file.outside-folder').args.path).toBe('files/../../secret.pdf');
  });

  it('a .. that stays inside the folder is fine', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/sub/../B01.pdf'];
    expect(problems(await checkSpec(spec))).toEqual([]);
  });

  it('a symbolic link leading outside is refused; one inside is fine', async () => {
    const spec = readyNewUnit();
    const outsideDir = tempDir();
    fs.writeFileSync(path.join(outsideDir, 'real.pdf'), 'x');
    const dir = writeApplication(tempDir(), spec);
    fs.rmSync(path.join(dir, 'files/B01.pdf'));
    fs.symlinkSync(path.join(outsideDir, 'real.pdf'), path.join(dir, 'files/B01.pdf'));
    fs.rmSync(path.join(dir, 'files/B02.pdf'));
    fs.symlinkSync(path.join(dir, 'files/B03.pdf'), path.join(dir, 'files/B02.pdf'));
    const result = await checkApplication(dir, { now: IN_WINDOW });
    expect(only(result, 'file.link-outside')).toMatchObject({ item: 'B01', file: 'files/B01.pdf' });
    // the link inside is read: its content is B03's, which is worth a warning of its own
    expect(problems(result).map((f) => [f.code, f.item])).toEqual([
      ['file.link-outside', 'B01'],
      ['file.same-content', 'B03'],
      ['group.below-required', undefined],
    ]);
  });

  it('a missing file suggests a similar name in the folder', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/b01.PDF'];
    expect(only(await checkSpec(spec, { omit: ['files/b01.PDF'], files: { 'files/B01.pdf': pdfBytes() } }), 'file.not-found').args).toEqual(
      { path: 'files/b01.PDF', suggestion: 'files/B01.pdf' },
    );
  });

  it('a Thai name written decomposed (as macOS does) still resolves', async () => {
    const spec = readyNewUnit();
    const composed = 'files/แบบประเมินความพร้อม.pdf';
    spec.readiness_form.file = composed.normalize('NFD');
    const result = await checkSpec(spec, {
      files: { [composed.normalize('NFC')]: fs.readFileSync(path.join(import.meta.dirname, '../../examples/ready-new-unit', composed)) },
    });
    expect(codes(result)).not.toContain('file.not-found');
  });

  it('a folder named as a file is refused', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files'];
    expect(only(await checkSpec(spec, { omit: ['files'] }), 'file.not-a-file').item).toBe('B01');
  });
});

describe('attachments: what they are', () => {
  const withFile = async (name: string, bytes: Buffer | string) => {
    const spec = readyNewUnit();
    spec.basic.B01.files = [name];
    return checkSpec(spec, { files: { [name]: bytes } });
  };
  const pdf = () => fs.readFileSync(path.join(import.meta.dirname, '../../examples/ready-new-unit/files/แบบประเมินความพร้อม.pdf'));

  it('an empty file is refused', async () => {
    expect(only(await withFile('files/empty.pdf', ''), 'file.empty').item).toBe('B01');
  });

  it('a PNG renamed .jpg is refused, saying it is a PNG', async () => {
    const png = fs.readFileSync(path.join(import.meta.dirname, '../../examples/not-ready-unit/files/advanced/A09-waiting-area.jpg'));
    expect(only(await withFile('files/photo.jpg', png), 'file.image-not-jpeg').args.detected).toBe('PNG');
  });

  it('an executable renamed .pdf is refused', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
    expect(only(await withFile('files/B01.pdf', elf), 'file.wrong-type').args.detected).toBe('ELF');
  });

  it('a PDF named .jpg is an extension mismatch', async () => {
    expect(only(await withFile('files/B01.jpg', pdf()), 'file.extension-mismatch').args).toMatchObject({ actual: 'pdf', expected: '.pdf' });
  });

  it('upper-case extensions are fine', async () => {
    expect(problems(await withFile('files/B01.PDF', pdf()))).toEqual([]);
  });

  it('over 5,242,880 bytes is an error; 5,242,880 itself is a warning; 5,000,000 is fine', async () => {
    const padded = (size: number) => Buffer.concat([pdf(), Buffer.alloc(size - pdf().length, 0x20)]);
    expect(only(await withFile('files/big.pdf', padded(5_242_881)), 'file.too-large').args).toMatchObject({
      bytes: 5_242_881,
      maxBytes: 5_242_880,
    });
    const edge = await withFile('files/big.pdf', padded(5_242_880));
    expect(only(edge, 'file.near-limit').severity).toBe('warning');
    expect(edge.ready).toBe(true);
    expect(problems(await withFile('files/big.pdf', padded(5_000_000)))).toEqual([]);
  });
});

describe('strict mode', () => {
  it('turns a warning into a reason not to be ready', async () => {
    const spec = readyNewUnit();
    spec.unit.contact.email = 'gecc.example.go.th';
    expect((await checkSpec(spec)).ready).toBe(true);
    expect((await checkSpec(spec, {}, { strict: true })).ready).toBe(false);
  });
});

describe('what must not pass for an answer', () => {
  it.each([
    ['readiness_form.file', (spec: ReturnType<typeof readyNewUnit>) => (spec.readiness_form.file = '   ')],
    ['readiness_form.signer', (spec: ReturnType<typeof readyNewUnit>) => (spec.readiness_form.signer = '')],
    ['unit.name', (spec: ReturnType<typeof readyNewUnit>) => (spec.unit.name = ' ')],
  ])('a blank %s is missing, not ready', async (field, blank) => {
    const spec = readyNewUnit();
    blank(spec);
    const result = await checkSpec(spec);
    expect(only(result, 'answers.missing-field').args.field).toBe(field);
    expect(result.ready).toBe(false);
  });

  it('a score with a fraction is refused: points are whole numbers', async () => {
    const spec = readyNewUnit();
    spec.advanced.A03.score = 1.5;
    const result = await checkSpec(spec);
    expect(only(result, 'answers.wrong-type').args).toEqual({ field: 'advanced.A03.score', expected: 'whole-number' });
    expect(result.ready).toBe(false);
  });

  it('a signed readiness form scanned without a text layer is what it should be: no warning', async () => {
    const spec = readyNewUnit();
    const result = await checkSpec(spec, { files: { [spec.readiness_form.file]: makeImageOnlyPdf() } });
    expect(problems(result)).toEqual([]);
  });
});
