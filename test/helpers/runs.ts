/** Runs of checks around a PDF pool a test made itself (a pool of its own size, limits or counters). */
import { AttachmentMemo } from '../../src/attachments/attachment-memo.js';
import type { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { openCaches } from '../../src/cache/open-cache.js';
import { CheckRun } from '../../src/run/check-run.js';
import type { RunSettings } from '../../src/run/check-settings.js';

/**
 * A run whose PDFs are read by `pool`, with the caches `settings` ask for (by default those of any
 * run: the test run's cache folder), remembering attachments as a watch does if asked. The test
 * closes the pool; the run holds nothing else open.
 */
export function runAround(pool: PdfPool, settings: RunSettings = {}, { remembers = false } = {}): CheckRun {
  return new CheckRun({
    pdfReaders: pool,
    ...openCaches(settings, [], { results: !remembers }),
    ...(remembers ? { memo: new AttachmentMemo() } : {}),
  });
}
