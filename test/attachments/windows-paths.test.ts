/**
 * Units write application.yaml on Windows: attachment paths come with backslashes, and
 * sometimes as a full path of their own PC (C:\..., \\server\share\...). Both flavours are
 * checked here through checkApplication on real folders, whatever machine runs the tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkApplication } from '../../src/check-application.js';
import type { ApplicationResult } from '../../src/result.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication, type AppSpec } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(() => removeTempDirs());

/** Inside the 2566 application window, so that a ready folder has no finding at all. */
const NOW = new Date('2023-02-01T09:00:00+07:00');

/** A ready new unit whose B01 references `reference`; `present` files are written as real PDFs. */
async function checkWithB01(reference: string, present: string[], yamlText?: (spec: AppSpec) => string): Promise<ApplicationResult> {
  const spec = readyNewUnit();
  spec.basic.B01.files = [reference];
  const dir = tempDir();
  const files = Object.fromEntries(present.map((file) => [file, makePdf({ text: 'B01 evidence' })]));
  writeApplication(dir, spec, { omit: [reference], files, ...(yamlText ? { yamlText: yamlText(spec) } : {}) });
  return checkApplication(dir, { now: NOW });
}

const b01 = (app: ApplicationResult) => app.items.find((item) => item.id === 'B01');
/** findings other than the window's "open, N days left" note */
const codesOf = (app: ApplicationResult) => app.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

describe('backslashes in application.yaml', () => {
  it.each([
    ['files\\B01.pdf', 'files/B01.pdf'],
    ['files\\sub\\B01 ใบสำรวจ.pdf', 'files/sub/B01 ใบสำรวจ.pdf'],
    ['files/sub\\B01.pdf', 'files/sub/B01.pdf'],
    ['.\\files\\B01.pdf', 'files/B01.pdf'],
  ])('accepts %s as the file %s', async (reference, onDisk) => {
    const app = await checkWithB01(reference, [onDisk]);
    expect(codesOf(app)).toEqual([]);
    expect(b01(app)?.state).toBe('complete');
    expect(app.ready).toBe(true);
    expect(app.attachments.map((a) => a.path)).toContain(onDisk);
  });

  it('reads a backslash path written in double quotes (YAML escapes) and in single quotes alike', async () => {
    for (const quoted of ['"files\\\\B01.pdf"', "'files\\B01.pdf'"]) {
      const app = await checkWithB01('files\\B01.pdf', ['files/B01.pdf'], (spec) => {
        const text = stringify(spec, { lineWidth: 0 }).replace(/^(\s*- )files\\B01\.pdf$/m, `$1${quoted}`);
        expect(text).toContain(`- ${quoted}\n`);
        return text;
      });
      expect(codesOf(app)).toEqual([]);
      expect(b01(app)?.state).toBe('complete');
    }
  });

  it('names a missing backslash path with forward slashes in the finding', async () => {
    const app = await checkWithB01('files\\B01-missing.pdf', []);
    const finding = app.findings.find((f) => f.code === 'file.not-found');
    expect(finding).toMatchObject({ item: 'B01', file: 'files/B01-missing.pdf' });
    expect(app.ready).toBe(false);
  });
});

describe('paths of a Windows PC are refused as absolute, and never read', () => {
  it.each([
    'C:\\Users\\gecc\\B01.pdf',
    'C:/Users/gecc/B01.pdf',
    'c:\\B01.pdf',
    'D:B01.pdf',
    '\\\\server\\share\\B01.pdf',
    '//server/share/B01.pdf',
    '/home/gecc/B01.pdf',
  ])('%s', async (reference) => {
    // the same path also exists inside the folder (a folder named "C:" is legal on Linux and
    // macOS): it must still be refused, not found by accident
    const insideTwin = reference.replace(/\\/g, '/').replace(/^\/+/, '');
    const app = await checkWithB01(reference, [insideTwin]);
    const finding = app.findings.find((f) => f.code === 'file.absolute-path');
    expect(finding, JSON.stringify(app.findings)).toMatchObject({ item: 'B01', severity: 'error' });
    expect(b01(app)?.state).not.toBe('complete');
    expect(app.ready).toBe(false);
    expect(app.attachments.find((a) => a.path.endsWith('B01.pdf'))?.sha256).toBeUndefined();
  });

  it.each(['..\\B01.pdf', 'files\\..\\..\\B01.pdf'])('%s leads outside the folder', async (reference) => {
    const app = await checkWithB01(reference, []);
    expect(app.findings.find((f) => f.code === 'file.outside-folder')).toMatchObject({ item: 'B01' });
    expect(app.ready).toBe(false);
  });
});
