/** gecc form over a batch folder: one form per unit, named for Windows, the unsignable skipped with a reason. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFileNames, safeFileStem } from '../../src/form/form-file-name.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { BROKEN_YAML } from '../batch/batch-fixtures.js';

afterAll(() => removeTempDirs());

describe('file names of forms', () => {
  it('keeps Thai, drops what Windows refuses, and never names a device', () => {
    expect(safeFileStem('สำนักงานเขตพระนคร')).toBe('สำนักงานเขตพระนคร');
    expect(safeFileStem('เขต: บางรัก/สาทร? <ใหม่> "๑" *|\\')).toBe('เขต บางรัก สาทร ใหม่ ๑');
    expect(safeFileStem('ศูนย์บริการ...  ')).toBe('ศูนย์บริการ');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('nul.txt')).toBe('_nul.txt');
    expect(safeFileStem('a\u0000b\u001b[31mc')).toBe('a b [31mc');
    expect([...safeFileStem('ก'.repeat(300))]).toHaveLength(80);
    // decomposed and composed sara am are one name
    expect(safeFileStem('น\u0E4D\u0E32')).toBe(safeFileStem('น\u0E4D\u0E32'.normalize('NFC')));
  });

  it('gives every application its own name: the folder name where the unit has none or shares it', () => {
    expect(
      formFileNames([
        { unitName: 'สำนักงานเขตพระนคร', folder: 'batch/01-พระนคร' },
        { unitName: 'สำนักงานเขตพระนคร', folder: 'batch/02-พระนคร' },
        { folder: 'batch/03-ไม่มีชื่อ' },
        { unitName: '???', folder: 'batch/04' },
        { unitName: 'สำนักงานเขตพระนคร', folder: 'batch/02-พระนคร/' },
      ]),
    ).toEqual([
      'สำนักงานเขตพระนคร.html',
      'สำนักงานเขตพระนคร (02-พระนคร).html',
      '03-ไม่มีชื่อ.html',
      '04.html',
      'สำนักงานเขตพระนคร (02-พระนคร) 2.html',
    ]);
  });
});

describe('gecc form <batch folder> --output <folder>', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('gecc-forms-');
    writeApplication(path.join(root, '01-พระนคร'), readyNewUnit());
    const returning = readyReturningUnit();
    returning.unit.name = 'ศูนย์บริการ: สาธารณสุข/๑?';
    writeApplication(path.join(root, '02-ศูนย์'), returning);
    const notReady = readyNewUnit();
    notReady.unit.name = 'สำนักงานเขตบางรัก';
    delete notReady.basic.B03;
    writeApplication(path.join(root, '03-บางรัก'), notReady);
    const disqualified = readyNewUnit();
    disqualified.unit.name = 'สำนักงานเขตสาทร';
    disqualified.physical.P07 = 'ไม่มี';
    writeApplication(path.join(root, '04-สาทร'), disqualified);
    writeApplication(path.join(root, '05-ไฟล์เสีย'), {}, { yamlText: BROKEN_YAML });
  });

  it('writes the signable forms, skips the rest with the reason, exit 1', { timeout: 120_000 }, async () => {
    const out = path.join(tempDir(), 'แบบประเมิน');
    const r = await runCli(['form', root, '--output', out, '--date', '2566-02-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(out).sort()).toEqual(['ศูนย์บริการ สาธารณสุข ๑.html', 'สำนักงานเขตพระนคร.html'].sort());
    const form = fs.readFileSync(path.join(out, 'สำนักงานเขตพระนคร.html'), 'utf8');
    expect(form).toContain('วันที่ 1 กุมภาพันธ์ พ.ศ. 2566');
    expect(form).not.toContain('<div class="draft-banner">');
    expect(r.stderr).toContain(`บันทึกไว้ที่ ${path.join(out, 'สำนักงานเขตพระนคร.html')}\n`);
    expect(r.stderr).toContain(`ข้าม "${root}/03-บางรัก": ยังไม่พร้อมส่ง (ข้อผิดพลาด`);
    expect(r.stderr).toContain(`ข้าม "${root}/04-สาทร": ถูกตัดสิทธิ์ (ตอบ "ไม่มี" ในเกณฑ์ด้านกายภาพ) จึงยังลงนามไม่ได้`);
    expect(r.stderr).toContain(`ข้าม "${root}/05-ไฟล์เสีย": อ่านไฟล์คำตอบ (application.yaml) ไม่ได้`);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `ทำแบบประเมิน 2 ฉบับ ไว้ที่ ${out} · ข้าม 3 ใบสมัครที่ยังลงนามไม่ได้ (เพิ่ม --draft เพื่อทำฉบับร่างไว้ตรวจทาน)`,
    );
  });

  it('with --draft, makes watermarked drafts of those not ready, never of unreadable answers', { timeout: 120_000 }, async () => {
    const out = path.join(tempDir(), 'drafts');
    const r = await runCli(['form', root, '--output', out, '--draft', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out)).toHaveLength(4);
    expect(fs.readFileSync(path.join(out, 'สำนักงานเขตบางรัก.html'), 'utf8')).toContain('<span>DRAFT</span>');
    expect(r.stderr).toContain(`Skipped "${root}/05-ไฟล์เสีย": its answers file (application.yaml) cannot be read`);
  });

  it("uses the round's edition from gecc.config.yaml at the batch root, and refuses a bad one", { timeout: 120_000 }, async () => {
    fs.writeFileSync(path.join(root, 'gecc.config.yaml'), 'edition: "2568"\n');
    try {
      const out = path.join(tempDir(), 'forms-2568');
      const r = await runCli(['form', root, '--output', out, '--draft']);
      expect(r.stderr).not.toContain('gecc:');
      expect(fs.readFileSync(path.join(out, 'สำนักงานเขตพระนคร.html'), 'utf8')).toContain('2568');
      fs.writeFileSync(path.join(root, 'gecc.config.yaml'), 'editon: "2568"\n');
      const bad = await runCli(['form', root, '--output', out]);
      expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('บรรทัด 1: ไม่รู้จัก "editon"')]);
    } finally {
      fs.rmSync(path.join(root, 'gecc.config.yaml'));
    }
  });

  it('refuses, exit 2, without --output, with a file as --output, or with --output inside an application', {
    timeout: 120_000,
  }, async () => {
    const none = await runCli(['form', root]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('โฟลเดอร์นี้มี 5 ใบสมัคร')]);
    const file = path.join(tempDir(), 'form.html');
    fs.writeFileSync(file, '');
    const asFile = await runCli(['form', root, '--output', file]);
    expect([asFile.code, asFile.stderr]).toEqual([2, expect.stringContaining('ต้องเป็นโฟลเดอร์')]);
    const inside = await runCli(['form', root, '--output', path.join(root, '01-พระนคร', 'forms')]);
    expect(inside.code).toBe(2);
    expect(fs.existsSync(path.join(root, '01-พระนคร', 'forms'))).toBe(false);
  });
});
