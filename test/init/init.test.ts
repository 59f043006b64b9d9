import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkApplication } from '../../src/check-application.js';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { starterAnswers } from '../../src/init/starter-answers.js';
import { humanReport } from '../../src/report/human-report.js';
import { schemaFileOf, schemaReferenceFrom } from '../../src/schema/schema-files.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { makePdf } from '../helpers/pdf.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(() => removeTempDirs());

const NOW = new Date('2023-02-01T09:00:00+07:00');
const catalogue = loadEdition('2566')!;
const ALL_IDS = Object.values(catalogue.groups).flatMap((g) => g.items.map((i) => i.id));

describe('starterAnswers', () => {
  const text = starterAnswers(catalogue, { kind: 'district-office', applicant: 'new', schemaReference: 'schema.json', lang: 'th' });
  const data = parse(text) as Record<string, any>;

  it('lists every item of the edition, in order, with blank values', () => {
    const keys = [...Object.keys(data.physical), ...Object.keys(data.basic), ...Object.keys(data.advanced), ...Object.keys(data.outcome)];
    expect(keys).toEqual(ALL_IDS);
    expect(data.physical.P01).toBeNull();
    expect(data.basic.B01).toEqual({ text: null, files: null });
    expect(data.advanced.A01).toEqual({ text: null, files: null, score: null });
    expect(data.outcome.R03).toEqual({ text: null, files: null, score: null });
    expect(data.unit).toMatchObject({ name: null, kind: 'district-office', applicant: 'new' });
    expect(data.edition).toBe('2566');
  });

  it('starts with the $schema line and writes titles, placeholders and evidence as comments', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=schema.json');
    expect(text).toContain('P01:                    # [1] เวลาให้บริการ — มี / ไม่มี');
    expect(text).toContain('# B01 เกณฑ์พื้นฐาน ข้อ 1 — ชื่อข้อจริงไม่ได้เผยแพร่');
    expect(text).toContain('# หลักฐานที่ขอ: วิธีเก็บข้อมูล (หน่วยงานเก็บเอง)');
    expect(text).toContain('ผู้ลงนาม: รองปลัดกรุงเทพมหานครที่กำกับราชการ');
  });

  it('asks a department unit for its department, whose director signs the form (the check compares them)', () => {
    const department = starterAnswers(catalogue, { kind: 'department-unit', applicant: 'new', lang: 'th' });
    expect(department).toContain('  parent:                 # สังกัด: ชื่อสำนัก เช่น สำนักการแพทย์ (ผู้อำนวยการของสำนักนี้ลงนามในแบบประเมินความพร้อม)');
    expect(text).toContain('  parent:                 # สังกัด (ไม่บังคับ)');
  });

  it('asks a returning unit only มี/ไม่มี for the basic items', () => {
    const returning = parse(starterAnswers(catalogue, { applicant: 'returning', schemaReference: 's', lang: 'th' })) as Record<string, any>;
    expect(returning.basic.B01).toEqual({ answer: null });
    expect(returning.advanced.A01).toEqual({ text: null, files: null, score: null });
    expect(returning.unit.kind).toBeNull();
  });

  it('writes English comments on request, keeping the Thai titles beside them', () => {
    const en = starterAnswers(catalogue, { applicant: 'new', schemaReference: 's', lang: 'en' });
    expect(en).toContain('# R01 [1] Citizen satisfaction with the service (ความพึงพอใจของประชาชนในการรับบริการ)');
    expect(en).toContain('evidence asked:');
  });

  it('follows the edition: 2568 has its own items', () => {
    const data2568 = parse(starterAnswers(loadEdition('2568')!, { applicant: 'new', schemaReference: 's', lang: 'th' })) as Record<
      string,
      any
    >;
    expect(Object.keys(data2568.basic)).toHaveLength(8);
    expect(Object.keys(data2568.advanced)).toHaveLength(25);
    expect(data2568.edition).toBe('2568');
  });

  it('fits the shipped JSON Schema: a fresh file opens without warnings (blanks are findings of gecc check)', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    ajv.addKeyword('markdownDescription');
    ajv.addKeyword('errorMessage');
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFileOf('2566'), 'utf8')));
    for (const applicant of ['new', 'returning'] as const) {
      const starter = parse(starterAnswers(catalogue, { kind: 'other', applicant, schemaReference: 's', lang: 'th' })) as Record<
        string,
        any
      >;
      expect(validate(starter), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('gecc init', () => {
  it('creates application.yaml and files/, and the fresh folder checks as every item missing', async () => {
    const dir = path.join(tempDir(), 'my-app');
    const { code, stdout, stderr } = await runCli(['init', dir, '--kind', 'district-office']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('สร้างใบสมัครเริ่มต้นแล้ว');
    expect(fs.statSync(path.join(dir, 'files')).isDirectory()).toBe(true);

    const result = await checkApplication(dir, { now: NOW });
    expect(result.ready).toBe(false);
    expect(result.findings.some((f) => f.code === 'internal.error')).toBe(false);
    const missing = result.findings.filter((f) => f.code === 'physical.missing' || f.code === 'item.missing').map((f) => f.item);
    expect(missing).toEqual(ALL_IDS);
    // one finding per blank item, not one per blank field
    expect(result.findings.filter((f) => f.code === 'item.text-missing' || f.code === 'answers.wrong-type')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'answers.missing-field').map((f) => f.args.field)).toEqual([
      'unit.name',
      'readiness_form.file',
      'readiness_form.signer',
      'readiness_form.signer_position',
    ]);
    expect(result.items.every((i) => i.state === 'not-answered')).toBe(true);
  });

  it("a returning unit's starter lists its basic items as missing too", async () => {
    const dir = tempDir();
    expect((await runCli(['init', dir, '--applicant', 'returning'])).code).toBe(0);
    const result = await checkApplication(dir, { now: NOW });
    expect(result.findings.filter((f) => f.code === 'item.returning-missing')).toHaveLength(16);
    expect(result.findings.filter((f) => f.code === 'item.returning-extra')).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'answers.missing-field').map((f) => f.args.field)).toContain('unit.kind');
  });

  it('shows progress once an item is filled in', async () => {
    const dir = tempDir();
    await runCli(['init', dir, '--kind', 'district-office']);
    const file = path.join(dir, 'application.yaml');
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(
        / {2}B01:\n {4}text: [^\n]*\n {4}files: [^\n]*\n/,
        '  B01:\n    text: สำรวจความต้องการของประชาชน\n    files: [files/B01.pdf]\n',
      );
    fs.writeFileSync(file, text);
    fs.writeFileSync(path.join(dir, 'files', 'B01.pdf'), makePdf());
    const result = await checkApplication(dir, { now: NOW });
    expect(result.items.find((i) => i.id === 'B01')!.state).toBe('complete');
    expect(result.scores.basic.score).toBe(1);
    const report = humanReport(
      { applications: [result], summary: { applications: 1, ready: 0, notReady: 1 } },
      { lang: 'th', color: false },
    );
    expect(report).toContain('เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน: ครบ 1/16 ข้อ · 1/16 คะแนน (ต้องได้อย่างน้อย 16 · ขาดอีก 15)');
  });

  it('works in an existing folder that has attachments but no application.yaml', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'files'));
    fs.writeFileSync(path.join(dir, 'files', 'keep.pdf'), 'x');
    expect((await runCli(['init', dir])).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'files', 'keep.pdf'), 'utf8')).toBe('x');
  });

  for (const name of ['application.yaml', 'application.yml']) {
    it(`never overwrites an existing ${name}: a clear Thai message, exit 2, the file untouched`, async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, name), 'edition: "2566"\n# my work\n');
      const { code, stdout, stderr } = await runCli(['init', dir]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`มีไฟล์ "${path.join(dir, name)}" อยู่แล้ว`);
      expect(stderr).toContain('ไม่เขียนทับ');
      expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe('edition: "2566"\n# my work\n');
      expect(fs.existsSync(path.join(dir, 'files'))).toBe(false);
    });
  }

  it('says so in English with --lang en', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'application.yaml'), 'x: 1\n');
    const { code, stderr } = await runCli(['init', dir, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('exists already: gecc init never overwrites');
  });

  it('refuses a path that is a file, an unknown edition and an unknown kind (exit 2)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    expect((await runCli(['init', file])).code).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
    const edition = await runCli(['init', path.join(dir, 'x'), '--edition', '2599']);
    expect(edition.code).toBe(2);
    expect(edition.stderr).toContain('ไม่รู้จักเกณฑ์ปี "2599"');
    expect((await runCli(['init', path.join(dir, 'y'), '--kind', 'school'])).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });

  it('points the $schema line at the shipped schema, relative to the folder', async () => {
    const dir = path.join(tempDir(), 'deep', 'app');
    await runCli(['init', dir]);
    const first = fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8').split('\n')[0]!;
    const reference = /\$schema=(\S+)$/.exec(first)![1]!;
    expect(reference).toBe(schemaReferenceFrom(dir, '2566'));
    expect(path.isAbsolute(reference)).toBe(false);
    expect(path.resolve(dir, reference)).toBe(path.resolve(schemaFileOf('2566')));
  });
});

describe('gecc init then gecc check, as a user runs them', () => {
  it('works through the real process', () => {
    const cwd = tempDir();
    const bin = path.resolve('bin/gecc.js');
    const init = spawnSync(process.execPath, [bin, 'init', 'my-app'], { cwd, encoding: 'utf8', env: childEnv() });
    expect(init.status).toBe(0);
    const check = spawnSync(process.execPath, [bin, 'check', 'my-app', '--now', '2023-02-01T09:00:00+07:00'], {
      cwd,
      encoding: 'utf8',
      env: childEnv(),
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('ตอบคำถามไม่ครบ (56 ข้อ)');
    expect(check.stdout).toContain('ยังไม่ได้ตอบข้อนี้');
    expect(check.stderr).toBe('');
    const again = spawnSync(process.execPath, [bin, 'init', 'my-app'], { cwd, encoding: 'utf8', env: childEnv() });
    expect(again.status).toBe(2);
    expect(
      execFileSync('ls', [path.join(cwd, 'my-app')], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    ).toEqual(['application.yaml', 'files']);
  });
});
