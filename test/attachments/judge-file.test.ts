/**
 * The judge of a file's bytes knows nothing of caches: with no cache, and through the verdict
 * cache, a file gets the same findings; through the cache, bytes judged once are not read again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AttachmentLimits, judgeBytes, type ResolvedFile } from '../../src/attachments/judge-file.js';
import { judgeThroughCache } from '../../src/attachments/judge-through-cache.js';
import { readerIdentity } from '../../src/cache/reader-identity.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';
import { tempDir } from '../helpers/application.js';
import { makeJpeg, makePhoto, makePng } from '../helpers/jpeg.js';
import { makePdf } from '../helpers/pdf.js';
import { poolsClosedAfterAll } from '../helpers/pools.js';

const open = poolsClosedAfterAll();
const LIMITS: AttachmentLimits = { maxBytes: 200_000, warnBytes: 150_000, types: ['pdf', 'jpeg'] };

function onDisk(dir: string, relative: string, bytes: Buffer): ResolvedFile {
  const absolute = path.join(dir, ...relative.split('/'));
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, bytes);
  const info = fs.statSync(absolute);
  return { relative, absolute, bytes: info.size, info };
}

/** A pool whose PDF reads are counted (the pool itself, unchanged, does the reading). */
function countedPool() {
  const pool = open({ size: 1, timeoutMs: 60_000 });
  const read = pool.read.bind(pool);
  const counted = { pool, reads: 0 };
  pool.read = (bytes) => {
    counted.reads++;
    return read(bytes);
  };
  return counted;
}

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('judging a file by its bytes alone', () => {
  it.each([
    ['a PDF', 'files/A03.pdf', async () => makePdf({ text: 'Report' }), [], 'pdf'],
    ['a photo', 'files/A05.jpg', () => makePhoto(), [], 'jpeg'],
    ['a JPEG named .pdf', 'files/A06.pdf', async () => makeJpeg(), ['file.extension-mismatch'], 'jpeg'],
    ['a PNG', 'files/A07.png', async () => makePng(), ['file.image-not-jpeg'], undefined],
    ['a PDF near the limit', 'files/A08.pdf', async () => makePdf({ padTo: 160_000 }), ['file.near-limit'], 'pdf'],
  ])('%s: the same findings with no cache, with an empty cache, and from the cache', async (_, relative, make, expected, type) => {
    const { pool } = countedPool();
    const file = onDisk(tempDir(), relative, await make());
    const judged = await judgeBytes(file, fs.readFileSync(file.absolute), LIMITS, pool);
    expect(codes(judged.findings)).toEqual(expected);
    expect(judged.type).toBe(type);
    expect(judged.findings.every((f) => f.file === relative)).toBe(true);

    const seen = (report: Awaited<ReturnType<typeof judgeThroughCache>>) => ({
      findings: report.findings,
      type: report.type,
      pages: report.pages,
      sha256: report.sha256,
    });
    const fromJudge = { findings: judged.findings, type: judged.type, pages: judged.pages, sha256: judged.sha256 };
    const cache = new VerdictCache(tempDir(), readerIdentity());
    expect(seen(await judgeThroughCache(file, { limits: LIMITS, pdfPool: pool }))).toEqual(fromJudge);
    expect(seen(await judgeThroughCache(file, { limits: LIMITS, pdfPool: pool, cache }))).toEqual(fromJudge);
    expect(seen(await judgeThroughCache(file, { limits: LIMITS, pdfPool: pool, cache }))).toEqual(fromJudge);
  });
});

describe('judging through the verdict cache', () => {
  it('reads the content of bytes it judged once no more: a copy under another name is only hashed', async () => {
    const counted = countedPool();
    const cache = new VerdictCache(tempDir(), readerIdentity());
    const dir = tempDir();
    const bytes = makePdf({ pages: 3, text: 'Evidence' });
    const first = await judgeThroughCache(onDisk(dir, 'files/A03.pdf', bytes), { limits: LIMITS, pdfPool: counted.pool, cache });
    expect(counted.reads).toBe(1);
    const copy = onDisk(dir, 'files/copy/A04.pdf', bytes);
    const second = await judgeThroughCache(copy, { limits: LIMITS, pdfPool: counted.pool, cache });
    expect(counted.reads).toBe(1);
    expect(second).toMatchObject({ path: 'files/copy/A04.pdf', usable: true, type: 'pdf', pages: 3, sha256: first.sha256 });
    expect(second.onDisk?.judged).toBe(first.sha256);
  });

  it('with no cache, reads the content every time', async () => {
    const counted = countedPool();
    const file = onDisk(tempDir(), 'files/A03.pdf', makePdf());
    await judgeThroughCache(file, { limits: LIMITS, pdfPool: counted.pool });
    await judgeThroughCache(file, { limits: LIMITS, pdfPool: counted.pool });
    expect(counted.reads).toBe(2);
  });
});
