import { parentPort } from 'node:worker_threads';
import { loadPdfParse, readPdf } from './read-pdf.js';
import type { PdfVerdict } from './pdf-verdict.js';

/** A job from the pool: the PDF's bytes (transferred, not copied). */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
}
export type PdfWorkerMessage = { ready: true } | { id: number; verdict: PdfVerdict };

// the worker is only started when a PDF is waiting: load the reader at once, then say so
if (parentPort) {
  const port = parentPort;
  loadPdfParse().then(
    () => port.postMessage({ ready: true } satisfies PdfWorkerMessage),
    (error: unknown) => {
      throw error;
    },
  );
  port.on('message', (job: PdfJob) => {
    readPdf(job.bytes).then(
      (verdict) => port.postMessage({ id: job.id, verdict } satisfies PdfWorkerMessage),
      (error: unknown) => port.postMessage({ id: job.id, verdict: { kind: 'damaged', detail: error instanceof Error ? error.message : String(error) } } satisfies PdfWorkerMessage),
    );
  });
}
