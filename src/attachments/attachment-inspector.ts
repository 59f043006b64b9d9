import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { ANSWERS_FILES } from '../answers/answers-files.js';
import { type AttachmentReport, withVerdict } from './attachment-report.js';
import { type JudgingResources, judgeThroughCache } from './judge-through-cache.js';
import { Limiter } from './limiter.js';
import { listFiles } from './list-folder.js';
import type { PdfPool } from './pdf/pdf-pool.js';
import { normaliseReference, resolveReference, sameLookingName } from './resolve-reference.js';
import { isIgnoredFile } from './ignored-files.js';
import { similarFiles } from './similar-files.js';
import type { VerdictCache } from '../cache/verdict-cache.js';
import type { AttachmentMemo } from './attachment-memo.js';
import { finding } from '../findings/make-finding.js';

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
  private readonly judging: JudgingResources;

  constructor(
    private readonly root: string,
    catalogue: Catalogue,
    private readonly options: InspectorOptions,
  ) {
    this.limiter = new Limiter(options.filesAtOnce);
    this.judging = { limits: catalogue.attachments, pdfPool: options.pdfPool, ...(options.cache ? { cache: options.cache } : {}) };
  }

  inspect(reference: string): Promise<AttachmentReport> {
    const key = normaliseReference(reference);
    let report = this.reports.get(key);
    if (!report) {
      report = this.limiter.run(() => this.resolveAndJudge(reference));
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
    return judgeThroughCache({ relative: normaliseReference(reference), absolute, bytes: info.size, info }, this.judging);
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

  /** Resolves one reference and judges the file it names (or remembers the file unchanged since a watch last judged it). */
  private async resolveAndJudge(reference: string): Promise<AttachmentReport> {
    this.rootReal ??= realpath(this.root);
    // before the file's stat: a change after this moment gets a later time (see AttachmentMemo)
    const lookedAt = Date.now();
    const resolved = await resolveReference(await this.rootReal, reference, (relative) => this.similarNames(relative));
    if (!resolved.ok) {
      return withVerdict({
        path: resolved.relative,
        findings: [finding(resolved.problem.code, resolved.problem.args, { file: resolved.relative })],
      });
    }
    const judge = () => judgeThroughCache(resolved, this.judging);
    return this.options.memo ? this.options.memo.through(resolved, lookedAt, judge) : judge();
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

/** A reference as resolveReference tidies it: forward slashes, no "./" or "a/../". */
const tidyReference = (reference: string) => path.posix.normalize(normaliseReference(reference)).replace(/^\.\//, '');

/** A reference or a file as one key: slashes, "./", Unicode form and case do not tell two apart. */
const referenceKey = (reference: string) => sameLookingName(tidyReference(reference)).toLowerCase();
