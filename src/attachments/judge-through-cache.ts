import { isSettled } from '../cache/settled.js';
import type { VerdictCache } from '../cache/verdict-cache.js';
import type { AttachmentReport } from './attachment-report.js';
import { withVerdict } from './attachment-report.js';
import { hashAtMost } from './hash-file.js';
import {
  type AttachmentLimits,
  bytesToJudge,
  HEAD_BYTES,
  type Judgement,
  judgeBytes,
  judgeOutside,
  type ResolvedFile,
  sizeFindings,
} from './judge-file.js';
import type { PdfPool } from './pdf/pdf-pool.js';
import { readAtMost, readFailure } from './read-attachment.js';

export interface JudgingResources {
  limits: AttachmentLimits;
  /** reads PDFs in worker threads; shared by the applications of one run */
  pdfPool: PdfPool;
  /** verdicts on content kept between runs; without it every file is read and judged */
  cache?: VerdictCache;
}

/**
 * A resolved file's report, its content's verdict taken from the cache when these very bytes were
 * judged before. With a cache, a file is first only hashed (through a reused buffer, keeping none
 * of its bytes) and read whole only when the cache knows nothing of them.
 */
export async function judgeThroughCache(file: ResolvedFile, { limits, pdfPool, cache }: JudgingResources): Promise<AttachmentReport> {
  // nothing to ask the cache of: an empty file, or one over the limit, whose content is never judged
  if (!cache || file.bytes === 0 || file.bytes > limits.maxBytes) {
    const judgement = await readAndJudge(file, limits, pdfPool);
    return report(file, judgement, judgement.sha256);
  }
  let hashed;
  try {
    hashed = await hashAtMost(file.absolute, file.bytes, HEAD_BYTES);
  } catch (error) {
    return report(file, { findings: [...sizeFindings(file, limits), readFailure(error, file.relative)] });
  }
  const outside = await judgeOutside(file, hashed.head, limits);
  // no kind gecc reads: its first bytes said all, and they are part of the bytes hashed
  if (!outside.type) return report(file, outside, hashed.sha256);
  const known = await cache.get(hashed.sha256, outside.type, file.relative);
  if (known) {
    const findings = [...outside.findings, ...known.findings.map((f) => ({ ...f, file: file.relative }))];
    return report(
      file,
      { findings, type: outside.type, ...(known.pages !== undefined ? { pages: known.pages } : {}), sha256: hashed.sha256 },
      hashed.sha256,
    );
  }
  // Nothing known of these bytes: read them whole and judge them. The cache is not asked again:
  // it just missed them, and hashing the whole read once more on the main thread (600 MB of a
  // batch's PDFs: a sixth of its main thread's time) would mostly find the same miss. The verdict
  // is kept under the hash of the bytes it was made from (a PDF's from its reading thread), even
  // if the file changed since it was hashed.
  const judgement = await readAndJudge(file, limits, pdfPool);
  // a PDF whose thread gave up has no hash: its verdict is one of this moment, kept under none
  if (judgement.content && judgement.sha256 && isSettled(judgement.content.findings)) {
    await cache.set(judgement.sha256, judgement.type!, judgement.content);
  }
  return report(file, judgement, judgement.sha256);
}

/** Reads what judging a file needs (nothing of an empty one) and judges it. */
async function readAndJudge(file: ResolvedFile, limits: AttachmentLimits, pdfPool: PdfPool): Promise<Judgement> {
  if (file.bytes === 0) return { findings: sizeFindings(file, limits) };
  let content;
  try {
    content = await readAtMost(file.absolute, bytesToJudge(file, limits));
  } catch (error) {
    return { findings: [...sizeFindings(file, limits), readFailure(error, file.relative)] };
  }
  return judgeBytes(file, content, limits, pdfPool);
}

/**
 * A judged file's report. `judged` is the SHA-256 of the bytes all its findings were made from,
 * where one is known: what the result cache checks the file against next time.
 */
function report(file: ResolvedFile, { findings, type, sha256, pages }: Judgement, judged?: string): AttachmentReport {
  return withVerdict({
    path: file.relative,
    findings,
    bytes: file.bytes,
    onDisk: { realPath: file.absolute, device: file.info.dev, inode: file.info.ino, ...(judged ? { judged } : {}) },
    ...(type ? { type } : {}),
    ...(sha256 ? { sha256 } : {}),
    ...(pages !== undefined ? { pages } : {}),
  });
}
