import { AttachmentInspector } from '../attachments/attachment-inspector.js';
import type { AttachmentReport } from '../attachments/attachment-report.js';
import { checkApplication } from '../check-application.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { ApplicationResult } from '../result.js';
import { type CheckRun, openCheckRun } from '../run/check-run.js';
import type { CheckOptions } from '../run/check-settings.js';

/** What the checks of an editing session are made with, as `gecc check` takes them (its caches always on). */
export type SessionCheckOptions = Omit<CheckOptions, 'cache' | 'cacheFolder' | 'onCacheProblem' | 'displayPath'>;

/**
 * Everything an editing session keeps for its whole life to check the folder again quickly after
 * each save, as `check --watch` does: one warm set of PDF reading threads, the verdicts kept by
 * content (so a file judged when it was dropped is not read again once copied), and the memory of
 * attachments unchanged on disk. The only place that holds them: checks and the judging of uploads
 * go through here.
 */
export class EditSession {
  private readonly run: CheckRun;
  private running: Promise<ApplicationResult> | undefined;
  private queued: Promise<ApplicationResult> | undefined;

  private readonly options: CheckOptions;

  constructor(
    readonly dir: string,
    /** how its result names the folder */
    display: string,
    options: SessionCheckOptions,
  ) {
    this.options = { ...options, displayPath: display };
    this.run = openCheckRun(options, [dir], { remembers: true });
    // a thread loads the PDF reader in ~0.2 s: one started now, not on the first dropped PDF (a
    // second starts only while PDFs wait on a heavy one: each costs ~50 MB)
    this.run.pdfReaders.warm(1);
  }

  /**
   * The folder checked as `gecc check` would. Checks never overlap: one asked for while another
   * runs starts once it ends (it must see what was saved meanwhile), and every request made in
   * that time shares it.
   */
  check(): Promise<ApplicationResult> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<ApplicationResult> {
    const run = checkApplication(this.dir, this.options, this.run).finally(() => {
      if (this.running === run) this.running = undefined;
      // a thread stopped on a hostile PDF is replaced now, while nothing waits
      this.run.pdfReaders.warm(1);
    });
    this.running = run;
    return run;
  }

  /**
   * Judges a file as `gecc check` would judge it at `reference` (files/<name>) before it is put
   * there: an upload received into a temporary file, inspected where it lies by the same code
   * with the same readers. Its verdict is kept by content, so the check that follows once it is in
   * place only hashes it.
   */
  async judge(reference: string, file: string, catalogue: Catalogue): Promise<AttachmentReport> {
    const inspector = new AttachmentInspector(this.dir, catalogue, {
      pdfPool: this.run.pdfReaders,
      filesAtOnce: 1,
      ...(this.run.verdicts ? { cache: this.run.verdicts } : {}),
    });
    const { onDisk: _onDisk, ...seen } = await inspector.inspectAs(reference, file);
    return seen;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.running, this.queued]);
    await this.run.close();
  }
}
