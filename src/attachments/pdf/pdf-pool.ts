import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../../package-root.js';
import type { PdfJob, PdfWorkerData, PdfWorkerMessage } from './pdf-worker.js';
import type { PdfAnswer, PdfVerdict } from './pdf-verdict.js';
import { threadCpuMs } from './thread-cpu.js';

export interface PdfPoolOptions {
  /** how many PDFs are read at once, each in its own thread */
  size: number;
  /**
   * a PDF whose thread has worked this long on it (its CPU time where the system tells it, Linux;
   * elsewhere its share of the process's) is given up as too heavy and its thread replaced; one
   * still unread after 3 × this by the clock, as too slow (the machine's doing, not the file's)
   */
  timeoutMs: number;
  /** a PDF whose reading thread needs more than this is given up (default: DEFAULT_PDF_MEMORY_MB) */
  memoryLimitMb?: number;
}

export const DEFAULT_PDF_TIMEOUT_MS = 4000;
/**
 * What one PDF may cost its reading thread: V8 heap in use plus ArrayBuffers, measured by the
 * thread itself (memory-meter.ts), so that what the rest of the process holds (a large answers
 * file, a server gecc runs in) never counts against a PDF. Ordinary PDFs cost a thread 15–40 MB
 * (pdf.js included), a page of tens of thousands of text runs up to ~250 MB with its garbage; a
 * content stream inflating to 256 MB costs ~400 MB (the buffer doubles as it grows) and is refused.
 */
export const DEFAULT_PDF_MEMORY_MB = 384;
/**
 * Only a backstop, far above the threads' own limits: the process, less what the main thread
 * holds itself, beyond 512 MB + twice each thread's limit (native memory the threads cannot see).
 */
export const processBackstopMb = (size: number, limitMb: number) => 512 + 2 * limitMb * size;
const MEMORY_CHECK_MS = 20;
/** the clock's limit, as a multiple of the CPU-time limit: the last backstop */
const WALL_BACKSTOP = 3;
const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/**
 * V8's own heap limit for a reading thread: only a backstop, the memory guard above is the
 * limit. Below 2 GB V8 lets a heap grow only ~1.5 × between full collections: on pdf.js's
 * ~20 MB the threads then collected it every 20 or so PDFs, ~15 % of a batch's CPU time;
 * from 2 GB up it lets it grow 4 × (what a heavy PDF leaves behind: see heavy-garbage.ts).
 */
const THREAD_HEAP_LIMIT_MB = 2048;
/**
 * V8's young generation for a reading thread. V8 sizes it from the heap limit above (tens of MB
 * a thread); pdf.js's short-lived objects fit a few MB just as well: measured on a first check of
 * 33 PDFs, the same CPU time and 10–20 MB less memory for the process.
 */
const THREAD_YOUNG_GENERATION_MB = 4;
/**
 * A reading thread costs ~0.3 s of CPU to start (Node's own start in the thread, then pdf.js) and
 * ~50 MB; a warm one reads an ordinary PDF in 5–10 ms. So while the PDFs announced to the pool
 * (expecting()) are few, one thread reads them: one application's 30–60 PDFs take it about as long
 * as two threads would, started side by side, with half the CPU time and memory (measured on the
 * speed bench's applications). Another thread starts for every this many PDFs announced…
 */
const PDFS_PER_THREAD = 48;
/**
 * …or when PDFs wait while a thread has been reading one PDF this long (a heavy one: a scan
 * pdf.js decodes itself takes ~0.5 s): a second thread then pays for itself.
 */
const HEAVY_PDF_MS = 250;

interface Pending {
  id: number;
  bytes: Uint8Array;
  resolve: (verdict: PdfAnswer) => void;
}

interface Reader {
  worker: Worker;
  /** [0]: the megabytes the thread says it holds; [1]: its thread id for threadCpuMs (0: unknown) */
  memory: Int32Array;
  ready: boolean;
  job?: Pending & { timer: NodeJS.Timeout; started: number; cpuAtStart?: number; processCpuAtStart: number };
}

/**
 * Reads PDFs in worker threads. pdf.js runs synchronously for seconds on a hostile file (a
 * compression bomb inflates to gigabytes): in a thread of its own it can be stopped — by time
 * and by memory — and replaced by a fresh thread. Idle threads never keep the process alive.
 */
export class PdfPool {
  private readonly readers = new Set<Reader>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private memoryWatch?: NodeJS.Timeout;
  /** PDFs announced and not yet withdrawn (expecting()); 0: none announced, threads start as PDFs wait */
  private expected = 0;
  private growTimer?: NodeJS.Timeout;
  /** false from stopping a thread at the backstop until the process is back under it */
  private memoryArmed = true;
  private closed = false;
  private readonly memoryLimitMb: number;

  constructor(private readonly options: PdfPoolOptions) {
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_PDF_MEMORY_MB;
  }

  /** How many reading threads run now (started on the first PDF, never before). */
  get threads(): number {
    return this.readers.size;
  }

  /** Reads one PDF. Takes the bytes over: the caller must not use them afterwards. Never rejects. */
  read(bytes: Uint8Array): Promise<PdfAnswer> {
    if (this.closed) return Promise.resolve({ kind: 'reader-failed', detail: 'closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, resolve });
      this.dispatch();
    });
  }

  /**
   * Says that about `count` PDFs are coming (an application's references), so that the pool
   * starts as many threads as will pay for their start (see PDFS_PER_THREAD). Returns the call
   * that withdraws them, when the application is done.
   */
  expecting(count: number): () => void {
    this.expected += count;
    let withdrawn = false;
    return () => {
      if (withdrawn) return;
      withdrawn = true;
      this.expected -= count;
    };
  }

  /**
   * Starts threads now (every one, or `threads` of them), before any PDF is waiting: loading the
   * PDF reader takes a thread ~0.3 s, which then overlaps the reading of the answers and the
   * first files.
   */
  warm(threads = this.options.size): void {
    while (!this.closed && this.readers.size < Math.min(threads, this.options.size)) {
      try {
        this.spawn();
      } catch {
        return;
      }
    }
    // a thread warming up with nothing to do must not keep the process alive
    for (const reader of this.readers) if (!reader.job) reader.worker.unref();
  }

  /** Stops every thread; jobs still waiting are answered as failed. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.growTimer);
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'reader-failed', detail: 'closed' });
    const stopping = [...this.readers].map((reader) => this.retire(reader, { kind: 'reader-failed', detail: 'closed' }));
    await Promise.all(stopping);
  }

  private dispatch(): void {
    for (const reader of this.readers) {
      if (this.queue.length === 0) return;
      if (reader.ready && !reader.job) this.start(reader, this.queue.shift()!);
    }
    // PDFs are waiting: the threads still starting (warmed, and so unref'd) must keep the process alive
    if (this.queue.length > 0) for (const reader of this.readers) if (!reader.ready) reader.worker.ref();
    // start threads for the PDFs that no starting thread will take, as many as pay for their start
    let starting = [...this.readers].filter((r) => !r.ready).length;
    const wanted = this.threadsWanted(starting);
    while (this.queue.length > starting && this.readers.size < wanted) {
      try {
        this.spawn();
      } catch (error) {
        for (const job of this.queue.splice(0))
          job.resolve({ kind: 'reader-failed', detail: error instanceof Error ? error.message : String(error) });
        return;
      }
      starting++;
    }
    this.growLater();
  }

  /** How many threads the PDFs announced and waiting call for (at most the pool's size). */
  private threadsWanted(starting: number): number {
    const { size } = this.options;
    // a full pool, or none announced: nothing to weigh (a PDF's CPU time is read from the system)
    if (this.expected <= 0 || this.readers.size >= size) return size;
    const byCount = Math.ceil(this.expected / PDFS_PER_THREAD);
    const heavy = starting === 0 && this.queue.length > 0 && this.longestJobMs() >= HEAVY_PDF_MS;
    return Math.min(size, Math.max(1, byCount, heavy ? this.readers.size + 1 : 0));
  }

  /**
   * How long the thread that has been on its PDF longest has worked on it (0: none is reading):
   * its CPU time where the system tells it (a busy machine does not make a PDF look heavy), else
   * the clock's.
   */
  private longestJobMs(): number {
    const now = performance.now();
    const worked = (reader: Reader) => {
      const job = reader.job;
      if (!job) return 0;
      const cpu = job.cpuAtStart === undefined ? undefined : threadCpuMs(Atomics.load(reader.memory, 1));
      return cpu === undefined ? now - job.started : cpu - job.cpuAtStart!;
    };
    return Math.max(0, ...[...this.readers].map(worked));
  }

  /** Looks again when the PDF read longest will have taken long enough to call for another thread. */
  private growLater(): void {
    if (this.growTimer || this.queue.length === 0 || this.closed || this.expected <= 0 || this.readers.size >= this.options.size) return;
    // a thread still starting will take a waiting PDF, and looks again when it is ready
    if ([...this.readers].some((r) => !r.ready)) return;
    const due = Math.max(1, HEAVY_PDF_MS - this.longestJobMs());
    this.growTimer = setTimeout(() => {
      this.growTimer = undefined;
      this.dispatch();
    }, due);
    // the waiting PDF's thread keeps the process alive, not this
    this.growTimer.unref();
  }

  private start(reader: Reader, pending: Pending): void {
    const tid = Atomics.load(reader.memory, 1);
    const cpuAtStart = threadCpuMs(tid);
    const timer = setTimeout(() => this.checkTime(reader, pending.id, tid), this.options.timeoutMs);
    reader.job = {
      ...pending,
      timer,
      started: performance.now(),
      processCpuAtStart: processCpuMs(),
      ...(cpuAtStart === undefined ? {} : { cpuAtStart }),
    };
    // what the thread published after its last PDF is not this one's
    Atomics.store(reader.memory, 0, 0);
    reader.worker.ref();
    this.watchMemory();
    // the bytes move to the thread without a copy when they own their whole memory
    const whole =
      pending.bytes.byteOffset === 0 &&
      pending.bytes.byteLength === pending.bytes.buffer.byteLength &&
      pending.bytes.buffer instanceof ArrayBuffer;
    const job: PdfJob = { id: pending.id, bytes: whole ? pending.bytes : new Uint8Array(pending.bytes) };
    reader.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
  }

  /**
   * At the time limit by the clock: given up as too heavy when its thread has worked that long on
   * it; as too slow when the clock reaches its backstop first, the thread having worked less (a
   * busy PC, Wine: the machine did not give it the time, which says nothing of the file);
   * otherwise looked at again when it could have.
   */
  private checkTime(reader: Reader, id: number, tid: number): void {
    const job = reader.job;
    if (!job || job.id !== id) return;
    const { timeoutMs } = this.options;
    const worked = this.workedMs(job, tid);
    const waited = performance.now() - job.started;
    if (worked >= timeoutMs) {
      void this.retire(reader, { kind: 'timeout', seconds: timeoutMs / 1000 });
      return;
    }
    if (waited >= WALL_BACKSTOP * timeoutMs) {
      void this.retire(reader, { kind: 'too-slow', seconds: (WALL_BACKSTOP * timeoutMs) / 1000 });
      return;
    }
    const again = Math.max(20, Math.min(timeoutMs - worked, WALL_BACKSTOP * timeoutMs - waited));
    job.timer = setTimeout(() => this.checkTime(reader, id, tid), again);
  }

  /**
   * The work a PDF's thread has done on it: its CPU time where the system tells it (Linux); else
   * (Windows) an even share of the process's CPU time since, among the busy reading threads and
   * the main thread. The share errs low: a heavy PDF is then given up later, by twice the limit on
   * an idle machine, and a busy machine's PDF is called too slow rather than too heavy.
   */
  private workedMs(job: NonNullable<Reader['job']>, tid: number): number {
    const cpu = job.cpuAtStart === undefined ? undefined : threadCpuMs(tid);
    if (cpu !== undefined) return cpu - job.cpuAtStart!;
    const busy = [...this.readers].filter((r) => r.job).length;
    return (processCpuMs() - job.processCpuAtStart) / (busy + 1);
  }

  private spawn(): void {
    // a file URL: a Windows path with a drive letter is not taken for a URL scheme
    const memory = new SharedArrayBuffer(8);
    const worker = startWorker({ memoryLimitMb: this.memoryLimitMb, memory });
    // a starting thread keeps the process alive: a PDF is waiting for it
    const reader: Reader = { worker, memory: new Int32Array(memory), ready: false };
    this.readers.add(reader);
    worker.on('message', (message: PdfWorkerMessage) => {
      // a message sent just before the thread was stopped: unref'ing a thread being stopped
      // would let the process end before close() has finished, the report unwritten
      if (!this.readers.has(reader)) return;
      if ('ready' in message) {
        reader.ready = true;
      } else if (reader.job && reader.job.id === message.id) {
        this.finish(reader, message.verdict);
      }
      this.dispatch();
      // an idle thread must never keep the process alive
      if (!reader.job) reader.worker.unref();
    });
    worker.on('error', (error) => {
      if (!this.readers.has(reader)) return;
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const verdict: PdfVerdict = outOfMemory
        ? { kind: 'too-much-memory', megabytes: this.memoryLimitMb }
        : { kind: 'reader-failed', detail: error.message };
      // a thread that cannot even start would fail every waiting PDF in turn: answer them now
      if (!reader.ready) for (const job of this.queue.splice(0)) job.resolve(verdict);
      void this.retire(reader, verdict);
    });
    worker.on('exit', () => {
      if (this.readers.has(reader)) void this.retire(reader, { kind: 'reader-failed', detail: 'stopped' });
    });
  }

  private finish(reader: Reader, verdict: PdfAnswer): void {
    const job = reader.job;
    if (!job) return;
    clearTimeout(job.timer);
    reader.job = undefined;
    job.resolve(verdict);
  }

  /** Ends a thread (after a timeout, a crash or at close) and answers its job. */
  private async retire(reader: Reader, verdict: PdfVerdict): Promise<void> {
    if (!this.readers.delete(reader)) return;
    this.finish(reader, verdict);
    // an idle thread is unref'd; awaiting its end must keep the process alive, or a run can end
    // silently, before its report is written
    reader.worker.ref();
    await reader.worker.terminate().catch(() => undefined);
    if (!this.closed) this.dispatch();
  }

  /**
   * While PDFs are read, looks at what each thread says it holds (a thread refuses a bomb's
   * buffers itself; this catches heaps grown between buffers), and at the whole process as a
   * backstop.
   */
  private watchMemory(): void {
    if (this.memoryWatch) return;
    const tooMuch: PdfVerdict = { kind: 'too-much-memory', megabytes: this.memoryLimitMb };
    const backstop = processBackstopMb(this.options.size, this.memoryLimitMb) * 1_048_576;
    this.memoryWatch = setInterval(() => {
      const busy = [...this.readers].filter((r) => r.job);
      if (busy.length === 0) {
        clearInterval(this.memoryWatch);
        this.memoryWatch = undefined;
        return;
      }
      for (const reader of busy) if (Atomics.load(reader.memory, 0) > this.memoryLimitMb) void this.retire(reader, tooMuch);
      const usage = process.memoryUsage();
      // what the main thread holds itself (the answers, a host program's data) is not the PDFs'
      if (usage.rss - usage.heapTotal - usage.external < backstop) {
        this.memoryArmed = true;
        return;
      }
      // a stopped thread's memory takes a moment to be returned: stop no other until it is
      if (!this.memoryArmed) return;
      this.memoryArmed = false;
      const stillBusy = busy.filter((r) => r.job);
      if (stillBusy.length === 0) return;
      const longest = stillBusy.reduce((a, b) => (a.job!.started <= b.job!.started ? a : b));
      void this.retire(longest, tooMuch);
    }, MEMORY_CHECK_MS);
    this.memoryWatch.unref();
  }
}

/**
 * The worker's script, from the built package: Node cannot start a worker from TypeScript
 * source, so tests (which run the sources) use the build as well (`npm test` builds first).
 */
export function workerScript(): string {
  const script = packagePath('dist', 'attachments', 'pdf', 'pdf-worker.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build"`);
  return script;
}

/** The settings of a run that shape its pool. */
export interface PdfPoolSettings {
  concurrency?: number;
  pdfTimeoutMs?: number;
}

export function pdfPoolSize(settings: PdfPoolSettings): number {
  return Math.max(1, Math.floor(settings.concurrency ?? availableParallelism()));
}

let early: { pool: PdfPool; size: number } | undefined;

/**
 * Starts a run's PDF threads before the rest of the program is even loaded (the command line
 * calls it first thing for `gecc check`): each thread spends ~0.2 s loading the PDF reader,
 * which then overlaps Node loading gecc. The next openPdfPool of the default settings takes it.
 * @public bin/gecc.js calls it from the built bundle, which no import in src/ shows
 */
export function startPdfThreadsEarly(): void {
  if (early) return;
  const size = pdfPoolSize({});
  early = { pool: new PdfPool({ size, timeoutMs: DEFAULT_PDF_TIMEOUT_MS }), size };
  // one: more start as the PDFs announced pay for them
  early.pool.warm(1);
}

/** A pool for one run: threads start when the first PDF is read, or at warm(). */
export function openPdfPool(settings: PdfPoolSettings): PdfPool {
  const size = pdfPoolSize(settings);
  const timeoutMs = settings.pdfTimeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const started = early;
  early = undefined;
  if (started && started.size === size && timeoutMs === DEFAULT_PDF_TIMEOUT_MS) return started.pool;
  if (started) void started.pool.close();
  return new PdfPool({ size, timeoutMs });
}

/**
 * A reading thread, with Node's own flags when threads accept them (a profiler's, say). Many
 * flags are refused in threads (--max-old-space-size, --stack-size, --expose-gc…): Node throws,
 * and every PDF would fail to be read because of how node was started. Then none are passed on.
 */
function startWorker(workerData: PdfWorkerData): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_LIMIT_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
    workerData,
  };
  const script = pathToFileURL(workerScript());
  try {
    // one about how the main script was given breaks a thread's start
    return new Worker(script, { ...options, execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(script, { ...options, execArgv: [] });
  }
}
