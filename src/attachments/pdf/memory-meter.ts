import { isMainThread } from 'node:worker_threads';

/**
 * Measures, inside a reading thread, what the PDF being read costs that thread: its V8 heap in
 * use plus its ArrayBuffers (where pdf.js puts decoded streams: a compression bomb is one
 * Uint8Array doubling to gigabytes). Node 20 cannot ask a busy thread for its heap from outside
 * (worker.getHeapStatistics came in Node 22), and a thread inflating a bomb runs no timers: so
 * every large Uint8Array the thread makes is weighed before it is made, and refused when it
 * would take the thread over its limit. That decision depends on the file alone, not on how
 * busy the machine is. The figure is also published in shared memory for the pool to watch.
 */
export interface MemoryMeter {
  /** megabytes the thread held at its peak since the last reset, when that went over the limit */
  readonly exceededMb: number | undefined;
  /** starts measuring a new PDF */
  reset(): void;
  /** publishes the thread's current cost (between pdf.js's steps, when the thread is not busy) */
  publish(): void;
}

/** below this an allocation is not weighed: pdf.js makes many small arrays, bombs make large ones */
const WEIGHED_BYTES = 1_048_576;

const costNow = (extra = 0) => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers + extra;
};

/**
 * Installs the meter in this thread. It replaces the thread's Uint8Array constructor (pdf.js's
 * code looks it up when it runs): never in the main thread, whose engine a library user owns.
 */
export function installMemoryMeter(limitMb: number, shared: Int32Array): MemoryMeter {
  if (isMainThread) throw new Error('the PDF memory meter runs in reading threads only');
  const limit = limitMb * 1_048_576;
  let exceeded: number | undefined;
  const publish = (bytes: number) => Atomics.store(shared, 0, Math.min(0x7fffffff, Math.ceil(bytes / 1_048_576)));
  const Native = Uint8Array;
  const metered: typeof Uint8Array = new Proxy(Native, {
    construct(target, args: unknown[], newTarget) {
      const length = args[0];
      if (typeof length === 'number' && length >= WEIGHED_BYTES) {
        const cost = costNow(length);
        publish(cost);
        if (cost > limit) {
          exceeded = Math.max(exceeded ?? 0, cost);
          throw new RangeError(`a PDF needs more than ${limitMb} MB of memory`);
        }
      }
      // constructed as the proxy itself: make a plain Uint8Array, with the map pdf.js's hot code expects
      return newTarget === metered ? Reflect.construct(target, args) : Reflect.construct(target, args, newTarget);
    },
  });
  globalThis.Uint8Array = metered;
  return {
    get exceededMb() {
      return exceeded === undefined ? undefined : Math.ceil(exceeded / 1_048_576);
    },
    reset() {
      exceeded = undefined;
      publish(costNow());
    },
    publish() {
      publish(costNow());
    },
  };
}
