import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import { NotRegularFileError, openRegularFile, readUpTo } from '../read-regular-file.js';
import { ANSWERS_FILES } from '../answers/answers-files.js';
import { refusedPicture } from '../attachment-kinds.js';
import type { AttachmentReport } from './attachment-report.js';
import { detectType, extensionFits, preferredExtension } from './detect-type.js';
import { type ContentReport, inspectContent } from './inspect-content.js';
import { startsLikeJpeg } from './jpeg/starts-like-jpeg.js';
import { Limiter } from './limiter.js';
import { listFiles } from './list-folder.js';
import type { PdfPool } from './pdf/pdf-pool.js';
import { normaliseReference, resolveReference, sameLookingName } from './resolve-reference.js';
import { isIgnoredFile } from './ignored-files.js';
import { similarFiles } from './similar-files.js';
import { isSettled } from '../cache/settled.js';
import type { VerdictCache } from '../cache/verdict-cache.js';
import { AttachmentMemo } from './attachment-memo.js';
import { type HashedFile, hashAtMost } from './hash-file.js';
import { finding } from '../findings/make-finding.js';
import { isUsable } from '../findings/verdict.js';

const HEAD_BYTES = 4100;

export interface InspectorOptions {
  /** reads PDFs in worker threads; shared by the applications of one run */
  pdfPool: PdfPool;
  /** files read at once (each is held in memory while it is read): bounds memory, keeps threads busy */
  filesAtOnce: number;
  /** verdicts on content kept between runs; without it every file is read */
  cache?: VerdictCache;
  /** reports of files unchanged on disk since a watching process last read them */
  memo?: AttachmentMemo;
}

/**
 * Inspects the attachments of one application. Each file is read once, however many items
 * reference it.
 */
export class AttachmentInspector {
  private readonly reports = new Map<string, Promise<AttachmentReport>>();
  private rootReal?: Promise<string>;
  private fileList?: Promise<string[]>;
  /** how many references name each file (see referencesAre) */
  private referenced?: Map<string, Set<string>>;
  private readonly limiter: Limiter;

  constructor(
    private readonly root: string,
    private readonly catalogue: Catalogue,
    private readonly options: InspectorOptions,
  ) {
    this.limiter = new Limiter(options.filesAtOnce);
  }

  inspect(reference: string): Promise<AttachmentReport> {
    const key = normaliseReference(reference);
    let report = this.reports.get(key);
    if (!report) {
      report = this.limiter.run(() => this.inspectUncached(reference));
      this.reports.set(key, report);
    }
    return report;
  }

  /**
   * A file not yet in the folder (an upload, in a temporary file) judged as if `reference` named
   * it: the same rules, readers and verdicts, on the bytes that will be put in place.
   */
  async inspectAs(reference: string, absolute: string): Promise<AttachmentReport> {
    const info = await lstat(absolute);
    return this.inspectFile({ relative: normaliseReference(reference), absolute, bytes: info.size, info });
  }

  /** Every file inspected so far, in the order first referenced. */
  async all(): Promise<AttachmentReport[]> {
    return Promise.all(this.reports.values());
  }

  /** Every file in the application folder, relative; listed once, on first need. */
  files(): Promise<string[]> {
    this.fileList ??= listFiles(this.root);
    return this.fileList;
  }

  private async inspectUncached(reference: string): Promise<AttachmentReport> {
    this.rootReal ??= realpath(this.root);
    const lookedAt = Date.now();
    const resolved = await resolveReference(await this.rootReal, reference, (relative) => this.similarNames(relative));
    if (!resolved.ok) {
      return withVerdict({
        path: resolved.relative,
        findings: [finding(resolved.problem.code, resolved.problem.args, { file: resolved.relative })],
      });
    }
    const { relative, absolute, info } = resolved;
    const { memo } = this.options;
    if (!memo) return this.inspectFile(resolved);
    const stamp = AttachmentMemo.stampOf(info);
    const known = memo.get(absolute, relative, stamp);
    if (known) return known;
    const report = await this.inspectFile(resolved);
    // a verdict of this moment (a time limit) is asked again at the next check
    if (isSettled(report.findings) && !AttachmentMemo.mayChangeUnseen(info, lookedAt)) memo.set(absolute, relative, stamp, report);
    return report;
  }

  private async inspectFile(
    resolved: {
      relative: string;
      absolute: string;
      bytes: number;
      info: Stats;
    },
    /**
     * with a cache, the file is first only hashed (through a reused buffer, keeping none of its
     * bytes) and read whole only when no verdict on those bytes is known
     */
    hashFirst = this.options.cache !== undefined,
    /** read whole after the cache was asked by this hash of the file's bytes and knew nothing */
    missed?: string,
  ): Promise<AttachmentReport> {
    const { relative, absolute, bytes, info } = resolved;
    const report: Omit<AttachmentReport, 'usable'> = {
      path: relative,
      findings: [],
      bytes,
      onDisk: { realPath: absolute, device: info.dev, inode: info.ino },
    };
    const add = (finding: Finding) => report.findings.push({ ...finding, file: relative });
    if (bytes === 0) {
      add(finding('file.empty', { path: relative }));
      return withVerdict(report);
    }
    const { maxBytes, warnBytes, types } = this.catalogue.attachments;
    if (bytes > maxBytes) add(finding('file.too-large', { path: relative, bytes, maxBytes }));
    else if (bytes > warnBytes) add(finding('file.near-limit', { path: relative, bytes, warnBytes, maxBytes }));

    let content: Buffer | undefined;
    let hashed: HashedFile | undefined;
    try {
      // a file far over the limit is refused anyway: read only enough of it to say what it is
      if (hashFirst && bytes <= maxBytes) hashed = await hashAtMost(absolute, bytes, HEAD_BYTES);
      else content = await readAtMost(absolute, bytes > maxBytes ? HEAD_BYTES : bytes);
    } catch (error) {
      if (error instanceof NotRegularFileError) {
        add(finding('file.not-regular', { path: relative, kind: error.kind }));
        return withVerdict(report);
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        add(finding('file.not-found', { path: relative }));
        return withVerdict(report);
      }
      add(finding('file.unreadable', { path: relative, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      return withVerdict(report);
    }
    if (hashed) report.onDisk!.judged = hashed.sha256;
    const head = hashed ? hashed.head : content!.subarray(0, HEAD_BYTES);
    let detected = await detectType(head);
    // a broken JPEG is damaged, not of another type
    if (!detected.accepted && startsLikeJpeg(head)) detected = { accepted: true, type: 'jpeg' };
    if (!detected.accepted) {
      const code = refusedPicture(detected.detected) ? 'file.image-not-jpeg' : 'file.wrong-type';
      add(finding(code, { path: relative, detected: detected.detected }));
      return withVerdict(report);
    }
    report.type = detected.type;
    if (detected.leadingBytes) add(finding('pdf.leading-bytes', { path: relative, bytes: detected.leadingBytes }));
    if (!types.includes(detected.type)) add(finding('file.type-not-accepted', { path: relative, actual: detected.type }));
    if (!extensionFits(relative, detected.type)) {
      add(finding('file.extension-mismatch', { path: relative, actual: detected.type, expected: preferredExtension(detected.type) }));
    }
    if (bytes > maxBytes) return withVerdict(report);
    const { cache } = this.options;
    if (hashed) {
      const known = cache ? await cache.get(hashed.sha256, detected.type, relative) : undefined;
      // nothing known of these bytes: read them whole (hashed again, so that the verdict is kept
      // under the bytes it was made from, even if the file changed in between)
      if (!known) return this.inspectFile(resolved, false, hashed.sha256);
      report.sha256 = hashed.sha256;
      for (const finding of known.findings) add(finding);
      if (known.pages !== undefined) report.pages = known.pages;
      return withVerdict(report);
    }
    content = content!;
    // a PDF is hashed in its reading thread, off the main thread: the hash of the very bytes it
    // read, which its verdict is kept under. Here only when the cache is still to be asked (a
    // cache that already missed these bytes' hash is not asked again: hashing 600 MB of a batch's
    // PDFs a second time was a sixth of its main thread's time)
    if (detected.type !== 'pdf' || (cache && missed === undefined)) report.sha256 = createHash('sha256').update(content).digest('hex');
    const known = cache && report.sha256 && report.sha256 !== missed ? await cache.get(report.sha256, detected.type, relative) : undefined;
    const inside: ContentReport = known ?? (await inspectContent(detected.type, content, relative, this.options.pdfPool));
    // a verdict is kept under the hash of the bytes it was made from; a PDF whose thread gave up (on
    // time or memory) has no hash from it, and the hash it was asked by still names its content
    const key = inside.sha256 ?? (detected.type === 'pdf' ? undefined : report.sha256);
    report.sha256 = inside.sha256 ?? report.sha256 ?? missed;
    // a PDF whose thread gave up was judged on no hash: its verdict is one of this moment anyway
    report.onDisk!.judged = inside.sha256 ?? (detected.type === 'pdf' ? undefined : report.sha256);
    if (cache && key && !known && isSettled(inside.findings)) await cache.set(key, detected.type, inside);
    for (const finding of inside.findings) add(finding);
    if (inside.pages !== undefined) report.pages = inside.pages;
    return withVerdict(report);
  }

  /**
   * Every attachment reference of the application, as written: a file one of them names is never
   * suggested for another that names no file (it is that one's evidence, not a misspelt name).
   */
  referencesAre(references: readonly string[]): void {
    this.referenced = new Map();
    for (const reference of references) {
      const key = referenceKey(reference);
      this.referenced.set(key, new Set([...(this.referenced.get(key) ?? []), tidyReference(reference)]));
    }
  }

  /** Files of a similar name that no other reference names (see similarFiles). */
  private async similarNames(relative: string): Promise<{ suggestion?: string; others?: string[] }> {
    // named by a reference written otherwise than this one (the same slip in two items is still a slip)
    const referencedElsewhere = (file: string) => [...(this.referenced?.get(referenceKey(file)) ?? [])].some((r) => r !== relative);
    const candidates = (await this.files()).filter(
      (file) => !isIgnoredFile(file) && !(ANSWERS_FILES as readonly string[]).includes(file) && !referencedElsewhere(file),
    );
    const [suggestion, ...others] = similarFiles(relative, candidates);
    return { ...(suggestion ? { suggestion } : {}), ...(others.length > 0 ? { others } : {}) };
  }
}

/** A file's report with its verdict, which its findings decide (see isUsable). */
const withVerdict = ({ path, ...report }: Omit<AttachmentReport, 'usable'>): AttachmentReport => ({
  path,
  usable: isUsable(report.findings),
  ...report,
});

/** A reference as resolveReference tidies it: forward slashes, no "./" or "a/../". */
const tidyReference = (reference: string) => path.posix.normalize(normaliseReference(reference)).replace(/^\.\//, '');

/** A reference or a file as one key: slashes, "./", Unicode form and case do not tell two apart. */
const referenceKey = (reference: string) => sameLookingName(tidyReference(reference)).toLowerCase();

/** The first `length` bytes of an ordinary file; a FIFO or device swapped in since it was resolved is refused on the open handle. */
export async function readAtMost(file: string, length: number): Promise<Buffer> {
  const { handle } = await openRegularFile(file);
  try {
    return await readUpTo(handle, length);
  } finally {
    await handle.close();
  }
}
