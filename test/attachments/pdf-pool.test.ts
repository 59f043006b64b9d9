import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readyNewUnit, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';
import { installMemoryMeter } from '../../src/attachments/pdf/memory-meter.js';
import { DEFAULT_PDF_MEMORY_MB, PdfPool, processBackstopMb, workerScript } from '../../src/attachments/pdf/pdf-pool.js';
import { compressionBombPdf, cyclicPageTreePdf } from '../helpers/hostile-pdf.js';
import { makeDenseTextPdf, makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';
import { runAround } from '../helpers/runs.js';

const open = poolsClosedAfterAll();

describe('pdf-parse is loaded only when there is a PDF to read', () => {
  it('starts no thread for an application without PDFs', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.file = 'files/form.jpg';
    for (const group of ['basic', 'advanced', 'outcome'])
      for (const item of Object.values(spec[group]) as { files: string[] }[])
        item.files = item.files.map((f) => f.replace(/\.pdf$/, '.jpg'));
    const dir = writeApplication(tempDir(), spec);
    const pool = open({ size: 2, timeoutMs: 5000 });
    const result = await checkApplication(dir, { now: new Date('2023-01-15T10:00:00+07:00') }, runAround(pool));
    expect(result.attachments.length).toBeGreaterThan(40);
    expect(pool.threads).toBe(0);
  });

  it('is imported by the reading thread alone, never by the main thread', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /import\(['"]pdf-parse['"]\)|from ['"]pdf-parse['"]/.test(
            fs.readFileSync(file, 'utf8').replace(/import type[^;]*;|typeof import\(['"]pdf-parse['"]\)/g, ''),
          )
        )
          importers.push(path.relative(PACKAGE_ROOT, file));
      }
    };
    walk(path.join(PACKAGE_ROOT, 'src'));
    expect(importers).toEqual([path.join('src', 'attachments', 'pdf', 'read-pdf.ts')]);
    const readers = fs
      .readdirSync(path.join(PACKAGE_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && fs.readFileSync(path.join(PACKAGE_ROOT, 'src', f), 'utf8').includes("from './read-pdf.js'"));
    expect(readers).toEqual([path.join('attachments', 'pdf', 'pdf-worker.ts')]);
  });
});

describe("the reading threads' engine tweaks stay in the threads", () => {
  it('leaves the main thread with its own Uint8Array, Array.prototype.push and flags after reading PDFs', async () => {
    const loader = Module as unknown as { _load: unknown };
    const engine = () => ({
      Uint8Array: globalThis.Uint8Array,
      push: Array.prototype.push,
      flags: process.execArgv.join(' '),
      load: loader._load,
      ImageDecoder: 'ImageDecoder' in globalThis,
    });
    const before = engine();
    const pool = open({ size: 1, timeoutMs: 20_000 });
    expect(await pool.read(makeDenseTextPdf(20_000))).toMatchObject({ kind: 'read' });
    expect(engine()).toEqual(before);
    expect(Function.prototype.toString.call(globalThis.Uint8Array)).toContain('[native code]');
    // the memory meter refuses to be installed anywhere but in a reading thread
    expect(() => installMemoryMeter(384, new Int32Array(new SharedArrayBuffer(4)))).toThrow(/reading threads only/);
    expect(globalThis.Uint8Array).toBe(before.Uint8Array);
  });

  it('the pool itself loads none of the modules that change an engine', () => {
    const imports = (file: string) =>
      [
        ...fs
          .readFileSync(path.join(PACKAGE_ROOT, 'src', 'attachments', 'pdf', file), 'utf8')
          .matchAll(/^import [^'"]*['"]\.\/([\w-]+)\.js['"]/gm),
      ].map((m) => m[1]);
    expect(imports('pdf-pool.ts').filter((m) => !/^(pdf-worker|pdf-verdict|thread-cpu)$/.test(m!))).toEqual([]);
    expect(fs.readFileSync(path.join(PACKAGE_ROOT, 'src', 'attachments', 'pdf', 'pdf-pool.ts'), 'utf8')).toMatch(
      /import type \{[^}]*\} from '\.\/pdf-worker\.js'/,
    );
    expect(imports('pdf-worker.ts')).toEqual(expect.arrayContaining(['heavy-garbage', 'memory-meter', 'read-pdf']));
  });
});

describe('PdfPool', () => {
  it('reads pages, text and flags of a PDF in a worker thread', async () => {
    const pool = open({ size: 1, timeoutMs: 5000 });
    expect(await pool.read(makePdf({ pages: 3, text: 'Service statistics' }))).toMatchObject({
      kind: 'read',
      pages: 3,
      refused: [],
      // the first page has text: the second is not read for more
      textChars: 'Servicestatistics'.length,
      pagesRead: 1,
      portfolio: false,
      attachments: 0,
      formFields: 0,
    });
    const scan = makeImageOnlyPdf();
    const hash = createHash('sha256').update(scan).digest('hex');
    // hashed in the thread, before the bytes are handed over to pdf.js
    expect(await pool.read(scan)).toMatchObject({ kind: 'read', textChars: 0, sha256: hash });
  });

  it('reads the second page for text only when the first has none, and further pages only while none read shows anything', async () => {
    const pool = open({ size: 1, timeoutMs: 5000 });
    // a blank cover page does not make a document a scan
    expect(await pool.read(makePdf({ text: ['', 'Meeting minutes', 'Annex'] }))).toMatchObject({
      kind: 'read',
      pages: 3,
      textChars: 'Meetingminutes'.length,
      pagesRead: 2,
      blankFirst: 1,
    });
    // two blank pages: the third is read (a blank document is told from one whose content comes later)
    expect(await pool.read(makePdf({ text: ['', '', 'Annex'] }))).toMatchObject({
      kind: 'read',
      pages: 3,
      textChars: 5,
      pagesRead: 3,
      blankFirst: 2,
    });
    // a page of shapes shows something, though it has no text
    expect(await pool.read(makeImageOnlyPdf())).toMatchObject({ kind: 'read', pages: 1, textChars: 0, pagesRead: 1, blankFirst: 0 });
    expect(await pool.read(makePdf({ text: [''] }))).toMatchObject({ kind: 'blank', pages: 1, blank: 1 });
  });

  it('reads many PDFs at once, each answered with its own result', async () => {
    const pool = open({ size: 2, timeoutMs: 5000 });
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => pool.read(i % 3 === 0 ? cyclicPageTreePdf() : makePdf({ pages: i + 1 }))),
    );
    verdicts.forEach((verdict, i) => {
      if (i % 3 === 0) expect(verdict.kind).toBe('no-pages');
      else expect(verdict).toMatchObject({ kind: 'read', pages: i + 1 });
    });
  });

  it('gives up a compression bomb at its time limit (on a machine too busy to tell, at the clock backstop) and reads the next PDF in a fresh thread', async () => {
    const pool = open({ size: 1, timeoutMs: 1000, memoryLimitMb: 1_000_000 });
    await pool.read(makePdf());
    const bomb = compressionBombPdf(512);
    const started = performance.now();
    // a machine too busy to give its thread a second of work within 3 s of the clock: too slow
    expect([
      { kind: 'timeout', seconds: 1 },
      { kind: 'too-slow', seconds: 3 },
    ]).toContainEqual(await pool.read(bomb));
    // 1 s of the thread's CPU time, and by the clock 3 s at most
    expect(performance.now() - started).toBeLessThan(3 * 1000 + 3000);
    expect(await pool.read(makePdf({ pages: 2 }))).toMatchObject({ kind: 'read', pages: 2 });
  });

  it('gives up a compression bomb when its thread would need more than its memory limit', async () => {
    const pool = open({ size: 1, timeoutMs: 60_000 });
    const bomb = compressionBombPdf(1024);
    const started = performance.now();
    expect(await pool.read(bomb)).toMatchObject({ kind: 'too-much-memory', megabytes: DEFAULT_PDF_MEMORY_MB });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await pool.read(makePdf())).toMatchObject({ kind: 'read', pages: 1 });
  }, 60_000);

  it('judges each PDF by what its thread holds, never by what the rest of the process holds', async () => {
    // the threads start first thing in a run (startPdfThreadsEarly), before the answers are read
    const pool = open({ size: 2, timeoutMs: 60_000 });
    pool.warm();
    // then a large answers file, or the program gecc runs in: 600 MB held by the main thread, more
    // than the whole-process limit used to leave (256 MB + 160 MB a thread)
    const held = Buffer.alloc(600 * 1_048_576, 1);
    expect(process.memoryUsage.rss()).toBeGreaterThan(600 * 1_048_576);
    const ordinary = await Promise.all([
      // long enough to read for the memory guard to look at the process meanwhile
      pool.read(makeDenseTextPdf(20_000)),
      pool.read(makePdf({ pages: 20 })),
      pool.read(makeImageOnlyPdf()),
    ]);
    expect(ordinary.map((v) => v.kind)).toEqual(['read', 'read', 'read']);
    // and a bomb is still stopped, by the thread's own limit
    expect(await pool.read(compressionBombPdf(1024))).toMatchObject({ kind: 'too-much-memory' });
    expect(held[held.length - 1]).toBe(1);
    // the whole-process bound stays only as a backstop, far above what the threads may hold
    expect(processBackstopMb(2, DEFAULT_PDF_MEMORY_MB)).toBeGreaterThan(4 * DEFAULT_PDF_MEMORY_MB);
  }, 90_000);

  it('answers every waiting PDF when closed, and refuses new ones', async () => {
    const pool = new PdfPool({ size: 1, timeoutMs: 5000 });
    const waiting = [pool.read(makePdf()), pool.read(makePdf()), pool.read(makePdf())];
    await pool.close();
    for (const verdict of await Promise.all(waiting)) expect(['read', 'reader-failed']).toContain(verdict.kind);
    expect(await pool.read(makePdf())).toEqual({ kind: 'reader-failed', detail: 'closed' });
  });

  it('never keeps the process alive: a pool left open does not stop Node from exiting', () => {
    const script = `
      const { PdfPool } = await import(${JSON.stringify(workerScript().replace('pdf-worker.js', 'pdf-pool.js'))});
      const pool = new PdfPool({ size: 2, timeoutMs: 5000 });
      const verdict = await pool.read(Buffer.from(${JSON.stringify(makePdf().toString('base64'))}, 'base64'));
      console.log(verdict.kind);
    `;
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 50_000, env: childEnv() });
    expect(run.stdout.trim()).toBe('read');
    expect(run.status).toBe(0);
    // a process kept alive would run until spawnSync ends it: the status above is then null
    expect(performance.now() - started).toBeLessThan(50_000);
  });

  it('warmed before any PDF, keeps the process alive for a PDF that waits for a thread still starting, and lets it end when idle', () => {
    const script = `
      const { PdfPool } = await import(${JSON.stringify(workerScript().replace('pdf-worker.js', 'pdf-pool.js'))});
      const pool = new PdfPool({ size: 2, timeoutMs: 5000 });
      pool.warm();
      const verdict = await pool.read(Buffer.from(${JSON.stringify(makePdf().toString('base64'))}, 'base64'));
      await pool.close();
      console.log(verdict.kind, pool.threads);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 50_000, env: childEnv() });
    expect(run.stdout.trim()).toBe('read 0');
    expect(run.status).toBe(0);
    const idle = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      const { PdfPool } = await import(${JSON.stringify(workerScript().replace('pdf-worker.js', 'pdf-pool.js'))});
      new PdfPool({ size: 2, timeoutMs: 5000 }).warm();
      console.log('left open');
    `,
      ],
      { encoding: 'utf8', timeout: 50_000, env: childEnv() },
    );
    expect([idle.stdout.trim(), idle.status]).toEqual(['left open', 0]);
  }, 120_000);

  it('finishes closing when a thread said it was ready just before it was stopped', () => {
    // the main thread is held while both threads load the reader and say so: their messages
    // arrive after close() has stopped them, and must not let the process end mid-close
    const script = `
      const { PdfPool } = await import(${JSON.stringify(workerScript().replace('pdf-worker.js', 'pdf-pool.js'))});
      const pool = new PdfPool({ size: 2, timeoutMs: 5000 });
      pool.warm();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
      await pool.close();
      console.log('closed', pool.threads);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 50_000, env: childEnv() });
    expect([run.stdout.trim(), run.status]).toEqual(['closed 0', 0]);
  });
});
