import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { declaredObjects } from './declared-objects.js';
import { collectGarbageIfHeavy } from './heavy-garbage.js';
import { imageTooLarge } from './image-limit.js';
import { installMemoryMeter } from './memory-meter.js';
import { installNativeJpeg } from './native-jpeg.js';
import { maxPagesOf } from './page-limit.js';
import { currentThreadId } from './thread-cpu.js';
import { loadPdfParse, readPdf } from './read-pdf.js';
import type { PdfAnswer, PdfVerdict } from './pdf-verdict.js';
import { warmUpPdf } from './warm-up-pdf.js';
import { leaveCanvasUnloaded } from './without-canvas.js';

const WARM_UP_READS = 3;
/** how often an idle-between-steps thread says what it holds */
const PUBLISH_MS = 20;

/** A job from the pool: the PDF's bytes (transferred, not copied). */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
}
export type PdfWorkerMessage = { ready: true } | { id: number; verdict: PdfAnswer };
/** What the pool gives a thread when it starts it. */
export interface PdfWorkerData {
  /** a reading thread may hold this much for one PDF */
  memoryLimitMb: number;
  /** two Int32s written by the thread, read by the pool: the megabytes it holds now, its thread id */
  memory: SharedArrayBuffer;
}

// the worker is only started when a PDF is waiting: load the reader at once, then say so
if (parentPort) {
  const port = parentPort;
  const settings = workerData as PdfWorkerData;
  // before pdf.js loads: its streams are then weighed as they grow
  const shared = new Int32Array(settings.memory);
  const meter = installMemoryMeter(settings.memoryLimitMb, shared);
  // the pool counts this thread's CPU time against a PDF's time limit
  Atomics.store(shared, 1, currentThreadId());
  setInterval(() => meter.publish(), PUBLISH_MS).unref();
  // pdf.js prints warnings about broken files: off the user's screen and JSON (a reader takes
  // those it needs as it reads, see pdf-warnings.ts)
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
  installNativeJpeg();
  leaveCanvasUnloaded();
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
    meter.reset();
    // hashing here, in parallel threads, keeps the main thread free (SHA-256 is its largest cost)
    const sha256 = createHash('sha256').update(job.bytes).digest('hex');
    // read before pdf.js takes the bytes over
    const declared = declaredObjects(job.bytes);
    const refused = imageTooLarge(declared);
    (refused ? Promise.resolve(refused) : readPdf(job.bytes, maxPagesOf(declared)))
      .then(
        (verdict): PdfVerdict => {
          const exceededMb = meter.exceededMb;
          return exceededMb === undefined ? verdict : { kind: 'too-much-memory', megabytes: settings.memoryLimitMb };
        },
        (error: unknown): PdfVerdict =>
          meter.exceededMb === undefined
            ? { kind: 'damaged', detail: error instanceof Error ? error.message : String(error) }
            : { kind: 'too-much-memory', megabytes: settings.memoryLimitMb },
      )
      .then((verdict) => port.postMessage({ id: job.id, verdict: { ...verdict, sha256 } } satisfies PdfWorkerMessage))
      .then(collectGarbageIfHeavy)
      .then(() => meter.publish());
  });
}
