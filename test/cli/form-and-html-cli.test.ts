import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/capture-io.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

// each test runs the whole CLI, some as a process: on a machine shared by many runs that takes seconds
vi.setConfig({ testTimeout: 60_000 });

afterAll(() => removeTempDirs());

const root = path.resolve(import.meta.dirname, '../..');
const examples = path.join(root, 'examples');
const ready = path.join(examples, 'ready-new-unit');
const disqualified = path.join(examples, 'not-ready-unit');

const gecc = (...argv: string[]) => runCli(argv);

/** Every file under a folder with its bytes: to prove a command wrote nothing into it. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full).toString('base64'));
    }
  }
  return files;
}

describe('gecc form', () => {
  it('writes the form of a ready application to standard output, exit 0', async () => {
    const r = await gecc('form', ready, '--date', '2566-02-01');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain('วันที่ 1 กุมภาพันธ์ พ.ศ. 2566');
    expect(r.stderr).toBe('');
  });

  it('writes it to --output outside the folder and says where', async () => {
    const out = path.join(tempDir(), 'แบบประเมิน.html');
    const r = await gecc('form', ready, '--output', out, '--thai-digits');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`บันทึกไว้ที่ ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toContain('มี ๑๔ จาก ๑๔ ข้อ');
  });

  it('refuses a disqualified application with a plain Thai message, exit 1, and nothing written', async () => {
    const out = path.join(tempDir(), 'form.html');
    const r = await gecc('form', disqualified, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ถูกตัดสิทธิ์');
    expect(r.stderr).toContain('--draft');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
    const en = await gecc('form', disqualified, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('disqualified');
  });

  it('makes a watermarked draft of it with --draft, exit 0', async () => {
    const r = await gecc('form', disqualified, '--draft');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<span>ร่าง</span>');
  });

  it('makes the form of an application that is not ready but not disqualified, with a note on stderr', async () => {
    const spec = readyNewUnit();
    delete spec.advanced.A01;
    const r = await gecc('form', writeApplication(tempDir(), spec));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<!DOCTYPE html>');
    expect(r.stderr).toContain('ยังไม่พร้อมส่ง');
  });

  describe('an application whose only errors are that the signed form is not attached yet: its form is to be signed', () => {
    const awaiting: [string, (spec: ReturnType<typeof readyNewUnit>) => void, string[]][] = [
      ['no readiness_form: at all', (spec) => delete spec.readiness_form, []],
      [
        'readiness_form: as gecc init writes it, blank',
        (spec) => {
          spec.readiness_form = { file: null, signer: null, signer_position: null };
        },
        [],
      ],
      ['the scan named but not in the folder yet', () => {}, ['files/readiness-form.pdf']],
    ];

    it.each(awaiting)('%s: the form, not a draft, and a note on what comes after signing', async (_, edit, omit) => {
      const spec = readyNewUnit();
      edit(spec);
      const r = await gecc('form', writeApplication(tempDir(), spec, { omit }), '--date', '2566-02-01');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('<!DOCTYPE html>');
      expect(r.stdout).not.toContain('<div class="draft-banner">');
      expect(r.stdout).not.toContain('ห้ามลงนามหรือนำส่ง');
      expect(r.stdout).not.toContain('class="watermark"');
      expect(r.stdout).toContain('ตำแหน่ง รองปลัดกรุงเทพมหานคร');
      expect(r.stderr).toBe(
        'หมายเหตุ: แบบประเมินนี้พิมพ์ไปลงนามได้ — เมื่อลงนามแล้ว สแกนเป็น PDF วางไว้ในโฟลเดอร์ใบสมัคร แล้วกรอก readiness_form: (file, signer, signer_position) จากนั้นตรวจอีกครั้งด้วย gecc check\n',
      );
    });

    it('any other error still makes a draft: a missing item, or a signer who does not fit', async () => {
      const missingItem = readyNewUnit();
      delete missingItem.readiness_form;
      delete missingItem.basic.B03;
      const wrongSigner = readyNewUnit();
      wrongSigner.readiness_form.signer_position = 'ผู้อำนวยการเขตพระนคร';
      for (const [spec, omit] of [
        [missingItem, []],
        [wrongSigner, ['files/readiness-form.pdf']],
      ] as const) {
        const r = await gecc('form', writeApplication(tempDir(), spec, { omit: [...omit] }));
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('ห้ามลงนามหรือนำส่ง');
        expect(r.stderr).toContain('ยังไม่พร้อมส่ง');
      }
    });

    it('a batch writes its form instead of skipping it', { timeout: 120_000 }, async () => {
      const root = tempDir('gecc-forms-');
      writeApplication(path.join(root, '01-พระนคร'), readyNewUnit());
      const awaitingForm = readyNewUnit();
      awaitingForm.unit.name = 'สำนักงานเขตบางรัก';
      delete awaitingForm.readiness_form;
      writeApplication(path.join(root, '02-บางรัก'), awaitingForm);
      const out = path.join(tempDir(), 'แบบประเมิน');
      const r = await gecc('form', root, '--output', out);
      expect(r.code).toBe(0);
      expect(fs.readdirSync(out).sort()).toEqual(['สำนักงานเขตพระนคร.html', 'สำนักงานเขตบางรัก.html'].sort());
      expect(fs.readFileSync(path.join(out, 'สำนักงานเขตบางรัก.html'), 'utf8')).not.toContain('<div class="draft-banner">');
    });
  });

  it('refuses a folder whose answers cannot be read, exit 1, even with --draft', async () => {
    const dir = writeApplication(tempDir(), {}, { yamlText: 'unit: [unclosed\n' });
    for (const extra of [[], ['--draft']]) {
      const r = await gecc('form', dir, ...extra);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('อ่านไฟล์คำตอบ');
    }
  });

  it('never writes into the application folder: --output inside it exits 2 and leaves it as it was', async () => {
    const dir = writeApplication(tempDir(), readyReturningUnit());
    const before = snapshot(dir);
    for (const out of [
      path.join(dir, 'form.html'),
      path.join(dir, 'files', 'form.html'),
      path.join(dir, 'new-sub', 'form.html'),
      dir,
      path.join(dir, '.', 'files', '..', 'x.html'),
    ]) {
      const r = await gecc('form', dir, '--output', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('gecc ไม่เขียนอะไรลงในโฟลเดอร์ใบสมัคร');
    }
    // a symbolic link that leads into the folder is inside it too
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(dir, link);
    expect((await gecc('form', dir, '--output', path.join(link, 'form.html'))).code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('exits 2 with a Thai message for a bad date, a missing folder, a batch of several, an output it cannot write', async () => {
    const bad = await gecc('form', ready, '--date', '2566-02-30');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('ไม่ใช่วันที่ที่อ่านได้')]);
    const missing = await gecc('form', path.join(tempDir(), 'nope'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('ไม่พบโฟลเดอร์')]);
    const batch = tempDir();
    writeApplication(path.join(batch, 'a'), readyNewUnit());
    writeApplication(path.join(batch, 'b'), readyReturningUnit());
    const many = await gecc('form', batch);
    expect([many.code, many.stderr]).toEqual([2, expect.stringContaining('ระบุโฟลเดอร์ที่จะเก็บแบบประเมินด้วย --output')]);
    const aFile = path.join(tempDir(), 'a-file');
    fs.writeFileSync(aFile, '');
    const unwritable = await gecc('form', ready, '-o', path.join(aFile, 'form.html'));
    expect([unwritable.code, unwritable.stderr]).toEqual([2, expect.stringContaining('เขียนไฟล์')]);
    expect((await gecc('form', ready, '--lang', 'fr')).code).toBe(2);
  });
});

describe('gecc check --format html', () => {
  it('writes the report to standard output, with the exit code of the check', async () => {
    const ok = await gecc('check', ready, '--format', 'html');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('<!DOCTYPE html>');
    const notReady = await gecc('check', disqualified, '--format', 'html');
    expect(notReady.code).toBe(1);
    expect(notReady.stdout).toContain('ถูกตัดสิทธิ์');
  });

  it('writes it to --output, and refuses an --output inside a checked folder (exit 2)', async () => {
    const out = path.join(tempDir(), 'report.html');
    const r = await gecc('check', ready, examples + '/ready-returning-unit', '-f', 'html', '--output', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`บันทึกไว้ที่ ${out}\n`);
    expect(fs.readFileSync(out, 'utf8').match(/<section class="application" id="app-\d">/g)).toHaveLength(2);

    const dir = writeApplication(tempDir(), readyNewUnit());
    const inside = await gecc('check', dir, '-f', 'html', '-o', path.join(dir, 'report.html'));
    expect(inside.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'report.html'))).toBe(false);
  });

  it('--output works for the other formats too', async () => {
    const out = path.join(tempDir(), 'report.json');
    const r = await gecc('check', ready, '-f', 'json', '-o', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });
});

describe('through the real process', () => {
  const bin = path.join(root, 'bin', 'gecc.js');

  it('gecc form and gecc check --format html run from the built command', { timeout: 60_000 }, () => {
    const dir = tempDir();
    execFileSync(process.execPath, [bin, 'form', ready, '-o', path.join(dir, 'form.html')], { stdio: 'pipe', env: childEnv() });
    expect(fs.readFileSync(path.join(dir, 'form.html'), 'utf8')).toContain('แบบประเมินความพร้อม');
    const html = execFileSync(process.execPath, [bin, 'check', ready, '--format', 'html'], { encoding: 'utf8', env: childEnv() });
    expect(html).toContain('</html>');
    const refused = spawnSync(process.execPath, [bin, 'form', disqualified], { encoding: 'utf8', env: childEnv() });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('ถูกตัดสิทธิ์');
  });
});
