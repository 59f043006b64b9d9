import { AttachmentMemo } from '../attachments/attachment-memo.js';
import { openPdfPool, type PdfPool } from '../attachments/pdf/pdf-pool.js';
import { openCaches } from '../cache/open-cache.js';
import type { ResultCache } from '../cache/result-cache.js';
import type { VerdictCache } from '../cache/verdict-cache.js';
import type { RunSettings } from './check-settings.js';

/** What a run is made of; each part is the run's own, closed with it. */
export interface RunParts {
  /** the threads that read PDFs */
  pdfReaders: PdfPool;
  /** verdicts on attachments' content, kept between runs */
  verdicts?: VerdictCache;
  /** each folder's last result, kept between runs */
  results?: ResultCache;
  /** a long-lived process's memory of attachments unchanged on disk since its last check */
  memo?: AttachmentMemo;
}

/**
 * The resources of one run of checks: made once by whoever runs the checks (a batch, a watch, an
 * editing session, a lone check) and handed to every check it makes. The checks only use them;
 * whoever opened the run closes it.
 */
export class CheckRun implements RunParts {
  readonly pdfReaders: PdfPool;
  readonly verdicts?: VerdictCache;
  readonly results?: ResultCache;
  readonly memo?: AttachmentMemo;

  constructor(parts: RunParts) {
    this.pdfReaders = parts.pdfReaders;
    if (parts.verdicts) this.verdicts = parts.verdicts;
    if (parts.results) this.results = parts.results;
    if (parts.memo) this.memo = parts.memo;
  }

  /** Stops the reading threads (the caches hold nothing open). */
  close(): Promise<void> {
    return this.pdfReaders.close();
  }
}

/**
 * Opens a run for checking the folders in `reads` (no cache is kept inside any of them). A
 * long-lived process that checks the same folders again and again (`--watch`, `gecc edit`)
 * `remembers` the attachments it read, by their stamp on disk; it is told which files changed,
 * so it recalls no whole result.
 */
export function openCheckRun(settings: RunSettings, reads: readonly string[], { remembers = false } = {}): CheckRun {
  return new CheckRun({
    pdfReaders: openPdfPool(settings),
    ...openCaches(settings, reads, { results: !remembers }),
    ...(remembers ? { memo: new AttachmentMemo() } : {}),
  });
}

/**
 * Runs `body` in the run given, or, with none, in a run of its own opened for `reads` and closed
 * when it ends (`own` says which): the one place where a check without a run gets one.
 */
export async function inCheckRun<T>(
  given: CheckRun | undefined,
  settings: RunSettings,
  reads: readonly string[],
  body: (run: CheckRun, own: boolean) => Promise<T>,
  opening: { remembers?: boolean } = {},
): Promise<T> {
  if (given) return body(given, false);
  const run = openCheckRun(settings, reads, opening);
  try {
    return await body(run, true);
  } finally {
    await run.close();
  }
}
