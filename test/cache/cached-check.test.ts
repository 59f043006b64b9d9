/**
 * The verdict cache in real checks: a verdict is reused only for the very same bytes, a changed
 * byte is always read again, --no-cache reads everything, and the cache never lands in a checked
 * folder.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerIdentity } from '../../src/cache/reader-identity.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';
import { checkApplication } from '../../src/check-application.js';
import { checkTargets } from '../../src/check-targets.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW, timeLimit } from '../helpers/check.js';
import { makeDenseTextPdf } from '../helpers/pdf.js';

afterAll(removeTempDirs);

const A03 = 'files/A03.pdf';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const about = (findings: { file?: string; code: string }[], file: string) => findings.filter((f) => f.file === file).map((f) => f.code);

function application(): string {
  return writeApplication(tempDir(), readyNewUnit());
}

/** A verdict no reader would give this PDF: seeing it proves the cache was asked. */
async function plantVerdict(root: string, bytes: Buffer): Promise<void> {
  await new VerdictCache(root, readerIdentity()).set(sha(bytes), 'pdf', {
    usable: true,
    pages: 7,
    findings: [{ code: 'pdf.no-text', severity: 'warning', args: { path: 'anything.pdf', pages: 7, scan: true } }],
  });
}

describe('the verdict cache in a check', () => {
  it('reuses the verdict of the same bytes, under the name the file has now', async () => {
    const dir = application();
    const root = tempDir();
    await plantVerdict(root, fs.readFileSync(path.join(dir, A03)));
    const result = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(result.findings.filter((f) => f.file === A03)).toEqual([
      expect.objectContaining({
        code: 'pdf.no-text',
        severity: 'warning',
        args: { path: A03, pages: 7, scan: true },
        file: A03,
        item: 'A03',
      }),
    ]);
  });

  it('reads a file again when one byte of it changed', async () => {
    const dir = application();
    const root = tempDir();
    const original = fs.readFileSync(path.join(dir, A03));
    await plantVerdict(root, original);
    const changed = Buffer.from(original);
    // inside the page's text: still a PDF, other bytes
    const at = changed.indexOf('Tj');
    changed[at - 3] = changed[at - 3]! ^ 0x01;
    fs.writeFileSync(path.join(dir, A03), changed);
    const result = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(about(result.findings, A03)).toEqual([]);
  });

  it('--no-cache (cache: false) reads every file', async () => {
    const dir = application();
    const previous = process.env.GECC_CACHE_DIR;
    // a cache of this test's own: the run's shared one must not hold a planted verdict
    process.env.GECC_CACHE_DIR = tempDir();
    try {
      await plantVerdict(process.env.GECC_CACHE_DIR, fs.readFileSync(path.join(dir, A03)));
      expect(about((await checkApplication(dir, { now: IN_WINDOW })).findings, A03)).toEqual(['pdf.no-text']);
      expect(about((await checkApplication(dir, { now: IN_WINDOW, cache: false })).findings, A03)).toEqual([]);
    } finally {
      process.env.GECC_CACHE_DIR = previous;
    }
  });

  it('a verdict of this moment (a time limit) is never kept', async () => {
    const dir = application();
    const root = tempDir();
    // tens of thousands of text runs: far more than 50 ms of a reading thread's work
    fs.writeFileSync(path.join(dir, A03), makeDenseTextPdf(60_000));
    const timed = await checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 50, cacheFolder: root });
    expect(about(timed.findings, A03).map(timeLimit)).toContain('pdf.timeout');
    const again = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(about(again.findings, A03)).toEqual([]);
  });

  it('a PDF whose reading thread gave up is named by no hash, cached or not (the same findings either way)', async () => {
    const dir = application();
    // the same bytes under two items: were they named by a hash, the two would be "the same content"
    const dense = makeDenseTextPdf(60_000);
    fs.writeFileSync(path.join(dir, A03), dense);
    fs.writeFileSync(path.join(dir, 'files/A04.pdf'), dense);
    const seen = (result: Awaited<ReturnType<typeof checkApplication>>) => ({
      codes: result.findings.map((f) => timeLimit(f.code)).sort(),
      hashes: result.attachments.filter((a) => a.path === A03 || a.path === 'files/A04.pdf').map((a) => a.sha256),
    });
    const cached = seen(await checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 50, cacheFolder: tempDir() }));
    const uncached = seen(await checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 50, cache: false }));
    expect(cached.codes).toContain('pdf.timeout');
    expect(cached.codes).not.toContain('file.same-content');
    expect(cached).toEqual(uncached);
    expect(uncached.hashes).toEqual([undefined, undefined]);
  });

  it('is never kept inside a folder being checked', async () => {
    const dir = application();
    const previous = process.env.GECC_CACHE_DIR;
    process.env.GECC_CACHE_DIR = path.join(dir, 'cache');
    try {
      const report = await checkTargets([dir], { now: IN_WINDOW });
      expect(report.applications[0]!.ready).toBe(true);
      expect(fs.existsSync(path.join(dir, 'cache'))).toBe(false);
    } finally {
      process.env.GECC_CACHE_DIR = previous;
    }
  });
});
