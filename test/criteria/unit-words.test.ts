import { afterAll, describe, expect, it } from 'vitest';
import { applicantOf, unitKindOf } from '../../src/answers/unit-kind-names.js';
import { jsonReport } from '../../src/report/json-report.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs } from '../helpers/application.js';
import { checkSpec, only, problems } from '../helpers/check.js';

afterAll(removeTempDirs);

describe('kind: and applicant: in Thai words', () => {
  it.each([
    ['สำนักงานเขต', 'district-office'],
    ['สำนักงาน เขต', 'district-office'],
    ['District-Office', 'district-office'],
    ['district office', 'district-office'],
    ['หน่วยงานสังกัดสำนัก', 'department-unit'],
    ['สังกัดสำนัก', 'department-unit'],
    ['อื่น ๆ', 'other'],
    ['หน่วยงานอื่น', 'other'],
  ])('kind %s is %s', (written, id) => {
    expect(unitKindOf(written)).toBe(id);
  });

  it.each([
    ['หน่วยงานใหม่', 'new'],
    ['ผู้สมัครใหม่', 'new'],
    ['ลูกค้าใหม่', 'new'],
    ['ลูกค้าเก่า', 'returning'],
    ['ลูกค้ำเก่า', 'returning'],
    ['เคยได้รับการรับรองแล้ว', 'returning'],
    ['Returning', 'returning'],
  ])('applicant %s is %s', (written, id) => {
    expect(applicantOf(written)).toBe(id);
  });

  it('leaves what is none of them for the shape check', () => {
    expect(unitKindOf('กระทรวง')).toBeUndefined();
    expect(unitKindOf('')).toBeUndefined();
    expect(applicantOf(2)).toBeUndefined();
  });

  it('a returning district office written in Thai is checked as one, and the JSON report says the ids', async () => {
    const spec = readyReturningUnit();
    spec.unit.kind = 'สำนักงานเขต';
    spec.unit.applicant = 'ลูกค้าเก่า';
    spec.readiness_form.signer_position = 'รองปลัด กทม.';
    const result = await checkSpec(spec);
    expect(problems(result)).toEqual([]);
    expect(result.unit).toMatchObject({ kind: 'district-office', applicant: 'returning' });
    const json = JSON.parse(jsonReport({ applications: [result], summary: { applications: 1, ready: 1, notReady: 0 } }, 'th'));
    expect(json.applications[0].unit).toMatchObject({ kind: 'district-office', applicant: 'returning' });
  });

  it('a kind gecc cannot read is still a finding that lists the ids', async () => {
    const spec = readyNewUnit();
    spec.unit.kind = 'กระทรวง';
    expect(only(await checkSpec(spec), 'answers.invalid-choice').args).toMatchObject({ value: 'กระทรวง' });
  });
});

describe('the signer of the readiness form, in the check', () => {
  it('a short form it cannot read asks to write the position in full, not to sign again', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'รองปลัดฯ';
    const finding = only(await checkSpec(spec), 'readiness.signer-short-form');
    expect(finding).toMatchObject({ item: 'readiness_form', args: { position: 'รองปลัดฯ', kind: 'district-office' } });
  });

  it('another position is a wrong signer', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'ผอ.เขตพระนคร';
    expect(only(await checkSpec(spec), 'readiness.wrong-signer').args).toEqual({ position: 'ผอ.เขตพระนคร', kind: 'district-office' });
  });
});
