/**
 * Whole results kept between runs: a folder whose listing and every file read are the same again
 * gets the result it got before (the calendar judged anew); any changed byte, name, link or option,
 * and any damaged or foreign entry, makes it checked again. A planted verdict on A03's bytes tells
 * the two apart: a recalled result does not show it, a check of the folder does.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PDF_TIMEOUT_MS, pdfPoolSize } from '../../src/attachments/pdf/pdf-pool.js';
import { readerIdentity } from '../../src/cache/reader-identity.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';
import { checkApplication } from '../../src/check-application.js';
import type { CheckOptions } from '../../src/run/check-settings.js';
import { checkTargets } from '../../src/check-targets.js';
import { readyNewUnit, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW, timeLimit } from '../helpers/check.js';
import { makeDenseTextPdf, makeImageOnlyPdf, makePdf } from '../helpers/pdf.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';
import { runAround } from '../helpers/runs.js';
import { until } from '../helpers/waiting.js';

// the file's checks share one set of reading threads (starting them is most of a small check's
// time); each check opens its caches as a check of its own does. The checks that are about a run
// of their own (a time limit, --no-cache, a batch) still open one.
const readers = poolsClosedAfterAll()({ size: pdfPoolSize({}), timeoutMs: DEFAULT_PDF_TIMEOUT_MS });
const checkShared = (dir: string, options: CheckOptions) => checkApplication(dir, options, runAround(readers, options));

const A03 = 'files/A03.pdf';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A folder checked once into a cache of its own. `checkedAgain` plants a verdict on A03's bytes no
 * reader would give (a page count of its own each time), checks, and says whether the check read
 * the folder (its result shows that verdict) or recalled a result kept before (it cannot).
 */
async function checkedOnce(options: CheckOptions = {}) {
  const dir = writeApplication(tempDir(), readyNewUnit());
  const root = tempDir();
  const check = (more: CheckOptions = {}) => checkShared(dir, { now: IN_WINDOW, cacheFolder: root, ...options, ...more });
  const first = await check();
  let planted = 100;
  const checkedAgain = async (more: CheckOptions = {}) => {
    const pages = ++planted;
    await new VerdictCache(root, readerIdentity()).set(sha(fs.readFileSync(path.join(dir, A03))), 'pdf', {
      usable: true,
      pages,
      findings: [],
    });
    return (await check(more)).attachments.find((a) => a.path === A03)?.pages === pages;
  };
  return { dir, root, first, check, checkedAgain };
}

const entries = (root: string) =>
  fs.existsSync(path.join(root, 'results-1'))
    ? fs.readdirSync(path.join(root, 'results-1'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    : [];

describe('a whole result kept between runs', () => {
  it('is recalled for a folder where nothing changed: the same result, not a new check', async () => {
    const { first, check, checkedAgain } = await checkedOnce();
    expect(first.ready).toBe(true);
    expect(await checkedAgain()).toBe(false);
    expect(await check()).toEqual(first);
  });

  it('is not recalled once one byte of an attachment changed', async () => {
    const { dir, checkedAgain } = await checkedOnce();
    const file = path.join(dir, 'files/B01.pdf');
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('Tj');
    bytes[at - 3] = bytes[at - 3]! ^ 0x01;
    fs.writeFileSync(file, bytes);
    expect(await checkedAgain()).toBe(true);
  });

  it('is not recalled once the answers changed, even by a comment', async () => {
    const { dir, checkedAgain } = await checkedOnce();
    fs.appendFileSync(path.join(dir, 'application.yaml'), '# checked again\n');
    expect(await checkedAgain()).toBe(true);
  });

  it('is not recalled when a file was saved again with other bytes of the same size', async () => {
    const { dir, checkedAgain } = await checkedOnce();
    const file = path.join(dir, 'files/B02.pdf');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x20 ? 0x0a : 0x20;
    fs.rmSync(file);
    fs.writeFileSync(file, bytes);
    expect(await checkedAgain()).toBe(true);
  });

  it('is not recalled once a file was added, removed or renamed in the folder, attached or not', async () => {
    const added = await checkedOnce();
    fs.writeFileSync(path.join(added.dir, 'files', 'new.pdf'), makePdf());
    expect(await added.checkedAgain()).toBe(true);

    const removed = await checkedOnce();
    fs.rmSync(path.join(removed.dir, 'files/R01.pdf'));
    expect(await removed.checkedAgain()).toBe(true);

    const renamed = await checkedOnce();
    fs.renameSync(path.join(renamed.dir, 'files/R01.pdf'), path.join(renamed.dir, 'files/R01 (1).pdf'));
    expect(await renamed.checkedAgain()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('is not recalled once a link points elsewhere, or where a file now is', async () => {
    const { dir, checkedAgain, check } = await checkedOnce();
    const copy = path.join(dir, 'files', 'copy.pdf');
    fs.copyFileSync(path.join(dir, A03), copy);
    fs.symlinkSync('missing.pdf', path.join(dir, 'files', 'link.pdf'));
    await check();
    expect(await checkedAgain()).toBe(false);
    // the link's target appears: the folder reads differently, its text unchanged
    fs.copyFileSync(copy, path.join(dir, 'files', 'missing.pdf'));
    expect(await checkedAgain()).toBe(true);
    await check();
    fs.rmSync(path.join(dir, 'files', 'link.pdf'));
    fs.symlinkSync('copy.pdf', path.join(dir, 'files', 'link.pdf'));
    expect(await checkedAgain()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')(
    'is not recalled once the folder is a link moved to another folder of the same names',
    async () => {
      const base = tempDir();
      const first = writeApplication(path.join(base, 'first'), readyNewUnit());
      const second = path.join(base, 'second');
      fs.cpSync(first, second, { recursive: true });
      fs.writeFileSync(path.join(second, A03), 'not a PDF at all');
      const unit = path.join(base, 'unit');
      fs.symlinkSync(first, unit);
      const root = tempDir();
      const check = () => checkShared(unit, { now: IN_WINDOW, cacheFolder: root });
      expect((await check()).ready).toBe(true);
      fs.unlinkSync(unit);
      fs.symlinkSync(second, unit);
      const again = await check();
      expect(again.ready).toBe(false);
      expect(again.attachments.find((a) => a.path === A03)?.onDisk?.realPath).toBe(fs.realpathSync(path.join(second, A03)));
    },
  );

  it.skipIf(process.platform === 'win32')(
    'is never kept for a folder with a link out of it: where it lands depends on what lies outside',
    async () => {
      const base = tempDir();
      const app = writeApplication(path.join(base, 'app'), readyNewUnit());
      fs.mkdirSync(path.join(app, 'store'));
      fs.renameSync(path.join(app, A03), path.join(app, 'store', 'A03.pdf'));
      // files/A03.pdf → ../../hop/A03.pdf, and hop (outside) → app/store: inside, through outside
      fs.symlinkSync(path.join(app, 'store'), path.join(base, 'hop'));
      fs.symlinkSync(path.join('..', '..', 'hop', 'A03.pdf'), path.join(app, A03));
      const root = tempDir();
      const check = () => checkShared(app, { now: IN_WINDOW, cacheFolder: root });
      await check();
      expect(entries(root)).toEqual([]);
      fs.unlinkSync(path.join(base, 'hop'));
      fs.mkdirSync(path.join(base, 'hop'));
      fs.copyFileSync(path.join(app, 'store', 'A03.pdf'), path.join(base, 'hop', 'A03.pdf'));
      expect((await check()).findings.map((f) => f.code)).toContain('file.link-outside');
    },
  );

  it('is not kept when the folder changed while it was checked', async () => {
    // a PDF that keeps its reading thread busy for a while, and a time limit it never reaches
    const slow = { files: { [A03]: makeDenseTextPdf(30_000) } };
    const check = (dir: string, root: string) => checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 120_000, cacheFolder: root });
    const quiet = tempDir();
    await check(writeApplication(tempDir(), readyNewUnit(), slow), quiet);
    expect(entries(quiet)).toHaveLength(1);

    const dir = writeApplication(tempDir(), readyNewUnit(), slow);
    const root = tempDir();
    const checking = check(dir, root);
    // once verdicts are being kept, the folder was listed: a file appears while A03 is read
    await until(() => fs.existsSync(path.join(root, 'verdicts-1')), 'the first verdicts');
    fs.writeFileSync(path.join(dir, 'files', 'added meanwhile.pdf'), makePdf());
    const result = await checking;
    expect(result.findings.map((f) => f.code)).not.toContain('pdf.timeout');
    expect(entries(root)).toEqual([]);
  });

  it('judges the calendar anew: the window is judged against the moment of each check', async () => {
    const { check } = await checkedOnce();
    const later = await check({ now: new Date('2030-01-01T00:00:00+07:00') });
    expect(later.findings.filter((f) => f.code.startsWith('window.')).map((f) => f.code)).toEqual(['window.closed']);
    const within = await check();
    expect(within.findings.filter((f) => f.code.startsWith('window.')).map((f) => f.code)).toEqual(['window.open']);
  });

  it('is kept apart for each option that changes findings: --strict', async () => {
    // a warning of the unit's own: ready, unless warnings count
    const dir = writeApplication(tempDir(), readyNewUnit(), { files: { 'files/B03.pdf': makeImageOnlyPdf() } });
    const root = tempDir();
    const check = (strict: boolean) => checkShared(dir, { now: IN_WINDOW, strict, cacheFolder: root });
    expect((await check(false)).ready).toBe(true);
    expect((await check(true)).ready).toBe(false);
    expect(entries(root)).toHaveLength(2);
    expect((await check(false)).ready).toBe(true);
    expect((await check(true)).ready).toBe(false);
  });

  it('is kept apart for each option that changes findings: --edition', async () => {
    const { checkedAgain } = await checkedOnce();
    expect(await checkedAgain({ edition: '2566' })).toBe(true);
    expect(await checkedAgain({ edition: '2566' })).toBe(false);
    expect(await checkedAgain()).toBe(false);
  });

  it('ignores an entry that is damaged or not written by this code', async () => {
    const damaged = await checkedOnce();
    const [entry] = entries(damaged.root);
    const file = path.join(entry!.parentPath, entry!.name);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('ready');
    fs.writeFileSync(file, text.replace('ready', 'reade'));
    expect(await damaged.checkedAgain()).toBe(true);

    const foreign = await checkedOnce();
    const [other] = entries(foreign.root);
    const otherFile = path.join(other!.parentPath, other!.name);
    fs.writeFileSync(
      otherFile,
      JSON.stringify({ format: 1, name: other!.name.replace('.json', ''), digest: sha(Buffer.from('{}')), body: '{}' }),
    );
    expect(await foreign.checkedAgain()).toBe(true);
    fs.writeFileSync(otherFile, 'not json');
    expect(await foreign.checkedAgain()).toBe(true);
  });

  it('is not kept when a finding belongs to this moment (a time limit)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit(), { files: { [A03]: makeDenseTextPdf(60_000) } });
    const root = tempDir();
    const timed = await checkApplication(dir, { now: IN_WINDOW, pdfTimeoutMs: 50, cacheFolder: root });
    expect(timed.findings.map((f) => timeLimit(f.code))).toContain('pdf.timeout');
    expect(entries(root)).toEqual([]);
    const again = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(again.findings.map((f) => f.code)).not.toContain('pdf.timeout');
  });

  it('is neither kept nor asked for with --no-cache', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const previous = process.env.GECC_CACHE_DIR;
    process.env.GECC_CACHE_DIR = tempDir();
    try {
      await checkApplication(dir, { now: IN_WINDOW, cache: false });
      expect(entries(process.env.GECC_CACHE_DIR)).toEqual([]);
    } finally {
      process.env.GECC_CACHE_DIR = previous;
    }
  });

  it('serves a batch: each unit recalled or checked on its own', async () => {
    const batch = tempDir();
    for (const unit of ['unit-a', 'unit-b']) writeApplication(path.join(batch, unit), readyNewUnit());
    const previous = process.env.GECC_CACHE_DIR;
    process.env.GECC_CACHE_DIR = tempDir();
    try {
      const first = await checkTargets([batch], { now: IN_WINDOW });
      expect(entries(process.env.GECC_CACHE_DIR)).toHaveLength(2);
      fs.writeFileSync(path.join(batch, 'unit-b', 'files/B03.pdf'), 'not a PDF');
      const again = await checkTargets([batch], { now: IN_WINDOW });
      expect(again.applications[0]).toEqual(first.applications[0]);
      expect(again.applications.map((a) => a.ready)).toEqual([true, false]);
    } finally {
      process.env.GECC_CACHE_DIR = previous;
    }
  });
});
