/** Every entry of a batch folder is accounted for: checked, found one level deeper, or reported as not checked with what to do. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets, resolveTargets } from '../../src/check-targets.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makeJpeg } from '../helpers/jpeg.js';
import { namedUnit } from './batch-fixtures.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(removeTempDirs);

const NOW = new Date('2023-02-01T09:00:00+07:00');
const isRoot = process.getuid?.() === 0;

/** A batch root with one ready unit, then whatever `add` puts beside it. */
function batchWith(add: (root: string) => void): string {
  const root = tempDir('gecc-batch-');
  writeApplication(path.join(root, '01-ready'), namedUnit('สำนักงานเขตพระนคร'));
  add(root);
  return root;
}

async function entries(root: string) {
  const report = await checkTargets([root], { now: NOW, concurrency: 2 });
  return report.applications.map((a) => ({
    path: path.relative(root, a.path),
    ready: a.ready,
    codes: a.findings.filter((f) => f.code.startsWith('batch.') || f.code.startsWith('application.')).map((f) => f.code),
    findings: a.findings,
  }));
}

describe('sub-folders without application.yaml are reported, not dropped', () => {
  it.each([
    ['only a Word document', (dir: string) => fs.writeFileSync(path.join(dir, 'ใบสมัคร.docx'), 'PK\u0003\u0004'), 'documents'],
    ['only pictures', (dir: string) => fs.writeFileSync(path.join(dir, 'photo.jpg'), makeJpeg()), 'documents'],
    [
      'attachments in a folder of another name',
      (dir: string) => {
        fs.mkdirSync(path.join(dir, 'เอกสาร'));
        fs.writeFileSync(path.join(dir, 'เอกสาร', 'B01.pdf'), '%PDF-1.4');
      },
      'documents',
    ],
    ['nothing', () => {}, 'empty'],
    ['only OS clutter', (dir: string) => fs.writeFileSync(path.join(dir, 'Thumbs.db'), 'x'), 'empty'],
    ['a ZIP not extracted', (dir: string) => fs.writeFileSync(path.join(dir, 'unit.zip'), 'PK\u0003\u0004'), 'zip'],
    ['answers under another name', (dir: string) => fs.writeFileSync(path.join(dir, 'application.yaml.txt'), 'unit: {}'), 'other-yaml'],
    ['answers two levels down', (dir: string) => writeApplication(path.join(dir, 'a', 'b'), readyNewUnit()), 'deeper'],
  ])('a sub-folder with %s: not ready, with what to do; exit 1', async (_, fill, found) => {
    const root = batchWith((r) => {
      fs.mkdirSync(path.join(r, '02-unit'));
      fill(path.join(r, '02-unit'));
    });
    const [ready, unit] = await entries(root);
    expect(ready).toMatchObject({ path: '01-ready', ready: true });
    expect(unit).toMatchObject({ path: '02-unit', ready: false, codes: ['batch.no-answers-file'] });
    expect(unit!.findings[0]!.args).toMatchObject({ found });
  });

  it('the finding says where an answers file deeper down is, in Thai and English', async () => {
    const root = batchWith((r) => writeApplication(path.join(r, '02-unit', 'a', 'b'), readyNewUnit()));
    const [, unit] = await entries(root);
    const finding = unit!.findings[0]!;
    expect(finding.args).toMatchObject({ name: `${root}/02-unit/a/b` });
    expect(renderMessage(finding, 'th').text).toContain('พบ application.yaml อยู่ลึกลงไปที่');
    expect(renderMessage(finding, 'en').fix).toContain('Move application.yaml');
  });

  it('a unit one level deeper (Windows "Extract All"): checked, with a note that says so', async () => {
    const root = batchWith((r) => writeApplication(path.join(r, '02-unitA', '02-unitA'), namedUnit('สำนักงานเขตบางรัก')));
    const [, unit] = await entries(root);
    expect(unit).toMatchObject({ path: '02-unitA/02-unitA', ready: true, codes: ['batch.found-one-level-deeper'] });
    expect(unit!.findings[0]).toMatchObject({ severity: 'info', args: { folder: `${root}/02-unitA`, found: `${root}/02-unitA/02-unitA` } });
  });

  it('a batch whose every unit is one level deeper is still a batch', async () => {
    const root = tempDir('gecc-batch-');
    writeApplication(path.join(root, 'a', 'a'), readyNewUnit());
    writeApplication(path.join(root, 'b', 'b'), readyNewUnit());
    expect(resolveTargets([root]).map((t) => path.relative(root, t.dir))).toEqual([path.join('a', 'a'), path.join('b', 'b')]);
  });

  it('a ZIP at the root: not ready, "extract it"; a ZIP beside its extracted folder is that folder', async () => {
    const root = batchWith((r) => {
      fs.writeFileSync(path.join(r, '02-unit.zip'), 'PK\u0003\u0004');
      fs.writeFileSync(path.join(r, '01-ready.zip'), 'PK\u0003\u0004');
    });
    const list = await entries(root);
    expect(list.map((e) => [e.path, e.ready, e.codes])).toEqual([
      ['01-ready', true, []],
      ['02-unit.zip', false, ['batch.zip-not-extracted']],
    ]);
    expect(renderMessage(list[1]!.findings[0]!, 'th').fix).toContain('Extract All');
  });

  it('only ZIPs at the root: each one is reported', async () => {
    const root = tempDir('gecc-batch-');
    fs.writeFileSync(path.join(root, 'a.zip'), 'PK');
    fs.writeFileSync(path.join(root, 'b.zip'), 'PK');
    expect((await entries(root)).map((e) => e.codes)).toEqual([['batch.zip-not-extracted'], ['batch.zip-not-extracted']]);
  });

  it('an answers file loose at the root is reported; OS clutter and hidden folders are ignored', async () => {
    const root = batchWith((r) => {
      fs.writeFileSync(path.join(r, 'เขตบางรัก.yaml'), 'unit: {}');
      fs.writeFileSync(path.join(r, 'Thumbs.db'), 'x');
      fs.writeFileSync(path.join(r, '.DS_Store'), 'x');
      fs.writeFileSync(path.join(r, 'desktop.ini'), 'x');
      fs.writeFileSync(path.join(r, '~$รายชื่อ.xlsx'), 'x');
      fs.writeFileSync(path.join(r, 'รายชื่อหน่วยงาน.xlsx'), 'x');
      fs.mkdirSync(path.join(r, '.git'));
    });
    expect((await entries(root)).map((e) => [e.path, e.codes])).toEqual([
      ['01-ready', []],
      ['เขตบางรัก.yaml', ['batch.loose-answers-file']],
    ]);
  });

  it('the round’s own files are not units: gecc.config.yaml, and a folder of gecc’s reports; a folder of PDFs is', async () => {
    const root = batchWith((r) => {
      fs.writeFileSync(path.join(r, 'gecc.config.yaml'), 'strict: true\n');
      fs.mkdirSync(path.join(r, 'ผลการตรวจ'));
      fs.writeFileSync(path.join(r, 'ผลการตรวจ', 'สรุป.csv'), 'x');
      fs.writeFileSync(path.join(r, 'ผลการตรวจ', 'รายงาน.html'), 'x');
      fs.mkdirSync(path.join(r, '02-pdfs'));
      fs.writeFileSync(path.join(r, '02-pdfs', 'B01.pdf'), 'x');
    });
    expect((await entries(root)).map((e) => [e.path, e.codes])).toEqual([
      ['01-ready', []],
      ['02-pdfs', ['batch.no-answers-file']],
    ]);
  });

  it.runIf(process.platform !== 'win32')('a broken link is reported', async () => {
    const root = batchWith((r) => fs.symlinkSync(path.join(r, 'gone'), path.join(r, '02-link')));
    expect((await entries(root)).map((e) => [e.path, e.codes])).toEqual([
      ['01-ready', []],
      ['02-link', ['batch.broken-link']],
    ]);
  });

  it.runIf(process.platform !== 'win32' && !isRoot)('an unreadable folder is reported', async () => {
    const root = batchWith((r) => fs.mkdirSync(path.join(r, '02-locked'), { mode: 0o000 }));
    try {
      expect((await entries(root)).map((e) => [e.path, e.codes])).toEqual([
        ['01-ready', []],
        ['02-locked', ['batch.unreadable']],
      ]);
    } finally {
      fs.chmodSync(path.join(root, '02-locked'), 0o755);
    }
  });

  it('a single folder with the answers three levels down says where they are', async () => {
    const root = tempDir('gecc-batch-');
    writeApplication(path.join(root, 'x', 'y', 'z'), readyNewUnit());
    const [only] = await entries(root);
    expect(only!.codes).toEqual(['batch.no-answers-file']);
    expect(only!.findings[0]!.args).toMatchObject({ found: 'deeper', name: `${root}/x/y/z` });
  });

  it('an empty folder is still "no application.yaml here" (the nearest passing case of the old rule)', async () => {
    const root = tempDir('gecc-batch-');
    expect((await entries(root)).map((e) => e.codes)).toEqual([['application.no-answers-file']]);
  });
});

describe('gecc check on such a batch (real process)', () => {
  it('exits 1 and names the folder that was not checked', () => {
    const root = batchWith((r) => {
      fs.mkdirSync(path.join(r, '02-word-only'));
      fs.writeFileSync(path.join(r, '02-word-only', 'ใบสมัคร.docx'), 'PK');
    });
    const run = spawnSync(
      process.execPath,
      [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), 'check', '--format', 'json', '--now', '2023-02-01T09:00:00+07:00', root],
      { encoding: 'utf8', timeout: 60_000, env: childEnv() },
    );
    const report = JSON.parse(run.stdout) as { applications: { path: string; ready: boolean }[]; summary: unknown };
    expect(report.applications.map((a) => [path.basename(a.path), a.ready])).toEqual([
      ['01-ready', true],
      ['02-word-only', false],
    ]);
    expect(report.summary).toEqual({ applications: 2, ready: 1, notReady: 1 });
    expect(run.status).toBe(1);
  }, 60_000);
});
