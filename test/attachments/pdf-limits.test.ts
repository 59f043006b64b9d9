import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectType } from '../../src/attachments/detect-type.js';
import { pdfFindings } from '../../src/attachments/pdf/pdf-findings.js';
import { DEFAULT_PDF_TIMEOUT_MS, workerScript } from '../../src/attachments/pdf/pdf-pool.js';
import type { PdfAnswer } from '../../src/attachments/pdf/pdf-verdict.js';
import { currentThreadId, threadCpuMs } from '../../src/attachments/pdf/thread-cpu.js';
import { MESSAGES } from '../../src/findings/messages.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { readyNewUnit, referencedFiles, tempDir } from '../helpers/application.js';
import { checkSpec, problems } from '../helpers/check.js';
import { compressionBombPdf, declaredImagePdf, leadingBytesPdf, sharedPageTreePdf } from '../helpers/hostile-pdf.js';
import { makeDenseTextPdf, makePdf } from '../helpers/pdf.js';
import { childEnv } from '../helpers/child-env.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';

const open = poolsClosedAfterAll();

const withoutHash = ({ sha256: _, ...verdict }: PdfAnswer) => verdict;

/** Runs `read` while two other processes keep both cores of a 2-core machine busy. */
async function underLoad<T>(read: () => Promise<T>): Promise<T> {
  const env = childEnv();
  const burners: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { env, stdio: 'ignore' }));
  try {
    return await read();
  } finally {
    for (const burner of burners) burner.kill('SIGKILL');
  }
}

/** A one-attachment check of the ready example with `bytes` as its first item's file. */
async function checkWith(bytes: Buffer) {
  const spec = readyNewUnit();
  const file = referencedFiles(spec).find((f) => f.item !== 'readiness_form')!.file;
  const result = await checkSpec(spec, { files: { [file]: bytes } });
  return { file, result, attachment: result.attachments.find((a) => a.path === file) };
}

describe('a PDF whose page tree declares far more pages than it holds', () => {
  // pdfinfo: "Syntax Error: Page count (1073741824) larger than number of objects (36)", no pages;
  // pdftoppm -r 20 -f 1 -l 1 exits 99 with the same; mutool draw shows page 1 in 0.2 s. pdf.js
  // opened it, then pdf-parse looked at all 2^30 page numbers: 35 s, or 4 s for a 2^27 tree.
  const shared = sharedPageTreePdf(30);

  it('is damaged, at once, with the same finding on an idle and on a busy machine', async () => {
    expect(shared.length).toBeLessThan(4000);
    const pool = open({ size: 1, timeoutMs: DEFAULT_PDF_TIMEOUT_MS });
    const idle = withoutHash(await pool.read(Buffer.from(shared)));
    expect(idle).toEqual({
      kind: 'damaged',
      detail: 'the page tree declares 1073741824 pages but the file holds only 35 objects: its pages are shared or missing',
    });
    // the decision counts objects and pages, not seconds: the same under load, and with a budget
    // far below the time limit the machine's load used to eat into
    expect(withoutHash(await underLoad(() => pool.read(Buffer.from(shared))))).toEqual(idle);
    const tight = open({ size: 1, timeoutMs: DEFAULT_PDF_TIMEOUT_MS / 4 });
    await tight.read(makePdf());
    expect(withoutHash(await underLoad(() => tight.read(Buffer.from(shared))))).toEqual(idle);
  }, 90_000);

  it('the nearest good case, a real 300-page tree, is read', async () => {
    const pool = open({ size: 1, timeoutMs: 20_000 });
    expect(await pool.read(makePdf({ pages: 300 }))).toMatchObject({ kind: 'read', pages: 300 });
  });
});

describe("a PDF's time limit counts its thread's work, not the clock", () => {
  it('a PDF that costs pdf.js a second or two is read, idle and with both cores busy', async () => {
    const pool = open({ size: 1, timeoutMs: DEFAULT_PDF_TIMEOUT_MS });
    const dense = makeDenseTextPdf(20_000);
    const idle = withoutHash(await pool.read(Buffer.from(dense)));
    expect(idle).toMatchObject({ kind: 'read', pages: 1 });
    expect(withoutHash(await underLoad(() => pool.read(Buffer.from(dense))))).toEqual(idle);
  }, 90_000);

  it.runIf(process.platform === 'linux')(
    'says a PDF the machine gave no time to was too slow to read, never that it timed out as a broken file would',
    async () => {
      // the process stops itself just after handing the PDF to its thread and is continued after
      // the clock's backstop (3 × 1 s): its thread did no work meanwhile, as on a PC too busy to run it
      const work = tempDir('gecc-slow-pc-');
      fs.writeFileSync(path.join(work, 'warm.pdf'), makePdf());
      fs.writeFileSync(path.join(work, 'bomb.pdf'), compressionBombPdf(512));
      const script = `
        import fs from 'node:fs';
        const { PdfPool } = await import(${JSON.stringify(workerScript().replace('pdf-worker.js', 'pdf-pool.js'))});
        const pool = new PdfPool({ size: 1, timeoutMs: 1000, memoryLimitMb: 1_000_000 });
        await pool.read(fs.readFileSync(${JSON.stringify(path.join(work, 'warm.pdf'))}));
        const reading = pool.read(fs.readFileSync(${JSON.stringify(path.join(work, 'bomb.pdf'))}));
        process.kill(process.pid, 'SIGSTOP');
        console.log(JSON.stringify(await reading));
        await pool.close();
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: childEnv(),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let printed = '';
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
      const stopped = () => / T /.test(fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\)/, ''));
      while (!stopped()) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 3500));
      child.kill('SIGCONT');
      expect(await ended).toBe(0);
      expect(JSON.parse(printed)).toEqual({ kind: 'too-slow', seconds: 3 });
    },
    180_000,
  );

  it('a PDF a slow PC could not read in time says so, and to check again: not that the file is damaged', () => {
    const [found] = pdfFindings({ kind: 'too-slow', seconds: 12 }, 'files/B01-survey.pdf');
    expect(found).toMatchObject({ code: 'pdf.too-slow', severity: 'error' });
    // said because of this machine at this moment: never kept in the caches
    expect(MESSAGES['pdf.too-slow']).toMatchObject({ transient: true });
    expect(renderMessage(found!, 'th')).toEqual({
      text: 'อ่านไฟล์ PDF files/B01-survey.pdf ไม่ทันเวลา: ผ่านไป 12 วินาทีแล้วเครื่องนี้ยังอ่านไม่เสร็จเพราะทำงานหนักอยู่ จึงยังไม่รู้ว่าไฟล์นี้ใช้ได้หรือไม่ (ไม่ได้แปลว่าไฟล์เสีย)',
      fix: 'ปิดโปรแกรมอื่นที่ไม่ได้ใช้ แล้วตรวจอีกครั้ง (ถ้าตรวจหลายหน่วยงานพร้อมกัน ใส่ -j 1 ด้วย)',
    });
    expect(renderMessage(found!, 'en')).toEqual({
      text: 'files/B01-survey.pdf was not read in time: after 12 s this computer, busy with other work, had not finished reading it, so whether it is usable is not known yet (it does not mean the file is damaged)',
      fix: 'Close programs you are not using and check again (with -j 1 when checking many units at once).',
    });
  });

  it('reads the CPU time of a thread where the system tells it (Linux)', () => {
    const tid = currentThreadId();
    if (process.platform !== 'linux') return expect(tid).toBe(0);
    const before = threadCpuMs(tid)!;
    const until = performance.now() + 300;
    while (performance.now() < until);
    expect(threadCpuMs(tid)!).toBeGreaterThanOrEqual(before);
    expect(threadCpuMs(0)).toBeUndefined();
  });
});

describe('a PDF whose image would take gigabytes to show', () => {
  it('is refused from what the image declares, before pdf.js reads it', async () => {
    // pdfinfo: 1 page. pdftoppm -r 20 takes 10.8 s (it streams and scales the image down), a
    // viewer drawing it whole needs 40,000 × 30,000 × 4 bytes = 4.8 GB; mutool draw subsamples: 0.09 s
    const { file, result, attachment } = await checkWith(declaredImagePdf({ width: 40_000, height: 30_000, colorSpace: 'DeviceRGB' }));
    expect(attachment?.usable).toBe(false);
    expect(problems(result).filter((f) => f.file === file || (f.args as { path?: string }).path === file)).toEqual([
      expect.objectContaining({
        code: 'pdf.image-too-large',
        severity: 'error',
        args: { path: file, width: 40_000, height: 30_000, megabytes: 4800 },
      }),
    ]);
  }, 60_000);

  it('refuses an A4 page scanned at 1200 dpi (139 Mpx) and passes one at 600 dpi on A3 (70 Mpx)', async () => {
    const pool = open({ size: 1, timeoutMs: 30_000 });
    // pdftoppm -r 20: 3.8 s; mutool draw: 1.2 s
    expect(await pool.read(declaredImagePdf({ width: 9921, height: 14031 }))).toMatchObject({
      kind: 'image-too-large',
      width: 9921,
      height: 14031,
      megabytes: 557,
    });
    // pdftoppm -r 20: 3.8 s; mutool draw: 2.1 s; 278 MB as RGBA
    expect(await pool.read(declaredImagePdf({ width: 7016, height: 9921, colorSpace: 'DeviceRGB', rows: 16 }))).toMatchObject({
      kind: 'read',
    });
  }, 60_000);

  it('the nearest good case, an A4 page scanned at 300 dpi (2480 × 3508), stays usable', async () => {
    // pdfinfo: 1 page; pdftoppm -r 20: 0.6 s; mutool draw: 0.2 s
    const { file, result, attachment } = await checkWith(declaredImagePdf({ width: 2480, height: 3508, rows: 3508 }));
    expect(attachment?.usable).toBe(true);
    expect(
      problems(result)
        .filter((f) => (f.args as { path?: string }).path === file)
        .map((f) => f.code),
    ).toEqual(['pdf.no-text']);
  }, 60_000);
});

describe('a PDF with bytes before "%PDF"', () => {
  // 600 bytes of a mail header, then a valid PDF: pdfinfo reads 1 page, pdftoppm -r 20 and mutool
  // draw show it without a word (offsets count from the header, as in pdf.js); `file` says
  // "RFC 822 mail", not PDF, and so would an upload system that checks a file's first bytes
  const mailHeader = Buffer.from('Received: from mail.example.go.th by gw\r\n'.repeat(15).slice(0, 600), 'latin1');

  it('is a PDF, read as one, with a warning', async () => {
    expect(await detectType(leadingBytesPdf(mailHeader).subarray(0, 4100))).toEqual({ accepted: true, type: 'pdf', leadingBytes: 600 });
    const { file, result, attachment } = await checkWith(leadingBytesPdf(mailHeader));
    expect(attachment).toMatchObject({ usable: true, type: 'pdf', pages: 1 });
    expect(problems(result).filter((f) => (f.args as { path?: string }).path === file)).toEqual([
      expect.objectContaining({ code: 'pdf.leading-bytes', severity: 'warning', args: { path: file, bytes: 600 } }),
    ]);
  }, 60_000);

  it('the header must start within the first 1024 bytes, where pdf.js, poppler and Acrobat look for it', async () => {
    // "%PDF-" at 1019 still ends within 1024 bytes; at 1100 poppler only gets there by repairing
    // ("Command token too long") and Acrobat refuses it
    expect(await detectType(leadingBytesPdf(Buffer.alloc(1019, 0x41)).subarray(0, 4100))).toMatchObject({
      accepted: true,
      leadingBytes: 1019,
    });
    expect(await detectType(leadingBytesPdf(Buffer.alloc(1100, 0x41)).subarray(0, 4100))).toEqual({ accepted: false, detected: 'unknown' });
    // and an ordinary PDF has none
    expect(await detectType(makePdf().subarray(0, 4100))).toEqual({ accepted: true, type: 'pdf' });
  });
});
