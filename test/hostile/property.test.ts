/** Random answers, random bytes and random references never crash the checker or lead it outside the folder. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { checkApplication } from '../../src/check-application.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';
import { runAround } from '../helpers/runs.js';
import { expectNoStackTrace } from './no-stack-trace.js';

const NOW = new Date('2023-01-15T10:00:00+07:00');
const pool = new PdfPool({ size: 2, timeoutMs: 3000 });
const run = runAround(pool);
afterAll(async () => {
  await pool.close();
  removeTempDirs();
});

const asReport = (result: Awaited<ReturnType<typeof checkApplication>>) => ({
  applications: [result],
  summary: { applications: 1, ready: 0, notReady: 0 },
});

/** YAML-looking text: keys of the contract, Thai, indentation, anchors, tags, quotes, junk. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'edition: ',
        'unit:',
        '  name: ',
        'advanced:',
        '  A01:',
        '    files: ',
        '    - ',
        'readiness_form:',
        '  file: ',
        'score: ',
        '&a ',
        '*a',
        '!!binary ',
        '<<: ',
        '? ',
        '- ',
        '|',
        '>',
        '"',
        "'",
        '#',
        '\t',
        '\n',
        '  ',
        ': ',
        '{',
        '}',
        '[',
        ']',
        ',',
        '---\n',
        '...\n',
        '%YAML 1.2\n',
      ),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'มี',
        'ไม่มี',
        'files/A01.pdf',
        '../x.pdf',
        '/etc/passwd',
        'C:\\x.pdf',
        '2566',
        '0812345678',
        '1e400',
        '-5',
        'null',
        '~',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('property: the checker never crashes', () => {
  it('on random YAML', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'files'));
    fs.writeFileSync(path.join(dir, 'files', 'A01.pdf'), makePdf());
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        fs.writeFileSync(path.join(dir, 'application.yaml'), text);
        const result = await checkApplication(dir, { now: NOW }, run);
        expectNoStackTrace(asReport(result));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('on random structured answers (any JSON value under any key)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const keys = fc.constantFrom('edition', 'unit', 'readiness_form', 'physical', 'basic', 'advanced', 'outcome', 'files', 'score', 'text');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), async (patch) => {
        fs.writeFileSync(path.join(dir, 'application.yaml'), stringify({ ...readyNewUnit(), ...patch }));
        const result = await checkApplication(dir, { now: NOW }, run);
        expectNoStackTrace(asReport(result));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('on random bytes as attachments', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const starts = fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from('%PDF-1.7\n'),
      Buffer.from([0xff, 0xd8, 0xff]),
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    );
    await fc.assert(
      fc.asyncProperty(starts, fc.uint8Array({ maxLength: 3000 }), starts, fc.uint8Array({ maxLength: 3000 }), async (s1, b1, s2, b2) => {
        fs.writeFileSync(path.join(dir, 'files', 'A03.pdf'), Buffer.concat([s1, b1]));
        fs.writeFileSync(path.join(dir, 'files', 'A05-photo.jpg'), Buffer.concat([s2, b2]));
        const result = await checkApplication(dir, { now: NOW }, run);
        expectNoStackTrace(asReport(result));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('property: references never lead outside the folder', () => {
  it('whatever is written as a file name', async () => {
    const root = tempDir();
    const secret = Buffer.from(`secret ${Math.random()}`);
    const secretHash = createHash('sha256').update(secret).digest('hex');
    fs.writeFileSync(path.join(root, 'secret.pdf'), secret);
    const dir = writeApplication(path.join(root, 'app'), readyNewUnit());
    fs.symlinkSync(path.join(root, 'secret.pdf'), path.join(dir, 'files', 'link.pdf'));
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        'files',
        'secret.pdf',
        'link.pdf',
        'A01.pdf',
        '~',
        '%2e%2e',
        '..\\..',
        'C:',
        '\\\\server',
        '\u0000',
        ' ',
      ),
      fc.string({ maxLength: 6 }),
    );
    const reference = fc
      .tuple(fc.constantFrom('', '/', '\\', 'C:\\', 'file:'), fc.array(segment, { minLength: 1, maxLength: 6 }))
      .map(([lead, parts]) => lead + parts.join(fc.sample(fc.constantFrom('/', '\\'), 1)[0]!));
    await fc.assert(
      fc.asyncProperty(fc.array(reference, { minLength: 1, maxLength: 4 }), async (files) => {
        const spec = readyNewUnit();
        spec.advanced.A03.files = files;
        fs.writeFileSync(path.join(dir, 'application.yaml'), stringify(spec));
        const result = await checkApplication(dir, { now: NOW }, run);
        expectNoStackTrace(asReport(result));
        for (const report of result.attachments) {
          expect(report.sha256).not.toBe(secretHash);
          if (report.bytes !== undefined) {
            expect(report.path.startsWith('../') || report.path === '..' || path.isAbsolute(report.path)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('a file that vanishes mid-run', () => {
  it('is reported as missing or read whole, never a crash', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, 'files', 'A03.pdf');
    const away = path.join(dir, 'A03.moved');
    let here = true;
    let toggling = true;
    // moves the file away and back as fast as the event loop allows, while checks run
    const toggle = () => {
      if (!toggling) return;
      fs.renameSync(here ? file : away, here ? away : file);
      here = !here;
      setImmediate(toggle);
    };
    setImmediate(toggle);
    const seen = new Set<string>();
    try {
      for (let round = 0; round < 25; round++) {
        const result = await checkApplication(dir, { now: NOW }, run);
        expectNoStackTrace(asReport(result));
        const about = result.findings.filter((f) => f.file === 'files/A03.pdf' && f.severity === 'error');
        for (const f of about) seen.add(f.code);
        expect(about.map((f) => f.code).filter((c) => c !== 'file.not-found' && c !== 'file.unreadable')).toEqual([]);
      }
    } finally {
      toggling = false;
    }
    expect([...seen].every((code) => ['file.not-found', 'file.unreadable'].includes(code))).toBe(true);
  }, 60_000);
});
