import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { collectGarbageIfHeavy } from './heavy-garbage.js';
import { loadPdfParse, readPdf } from './read-pdf.js';
import type { PdfAnswer } from './pdf-verdict.js';
import { warmUpPdf } from './warm-up-pdf.js';

const WARM_UP_READS = 3;

/** A job from the pool: the PDF's bytes (transferred, not copied). */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
}
export type PdfWorkerMessage = { ready: true } | { id: number; verdict: PdfAnswer };

// the worker is only started when a PDF is waiting: load the reader at once, then say so
if (parentPort) {
  const port = parentPort;
  // pdf.js prints warnings about broken files: keep them as evidence, off the user's screen and JSON
  const printed: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[method] = (...args: unknown[]) => {
      if (printed.length < 50) printed.push(args.map(String).join(' '));
    };
  }
  loadPdfParse()
    .then(async () => {
      // read a small PDF a few times first: the reader's code gets compiled before real files come
      for (let i = 0; i < WARM_UP_READS; i++) await readPdf(warmUpPdf());
    })
    .then(
      () => port.postMessage({ ready: true } satisfies PdfWorkerMessage),
      (error: unknown) => {
        throw error;
      },
    );
  port.on('message', (job: PdfJob) => {
    printed.length = 0;
    // hashing here, in parallel threads, keeps the main thread free (SHA-256 is its largest cost)
    const sha256 = createHash('sha256').update(job.bytes).digest('hex');
    readPdf(job.bytes, printed)
      .then(
        (verdict) => port.postMessage({ id: job.id, verdict: { ...verdict, sha256 } } satisfies PdfWorkerMessage),
        (error: unknown) =>
          port.postMessage({
            id: job.id,
            verdict: { kind: 'damaged', detail: error instanceof Error ? error.message : String(error), sha256 },
          } satisfies PdfWorkerMessage),
      )
      .then(collectGarbageIfHeavy);
  });
}
