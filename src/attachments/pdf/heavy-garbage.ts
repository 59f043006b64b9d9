import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * How large a reading thread's heap may stay between PDFs before it is collected at once. V8
 * lets the heap grow 4 × between its own collections (see the pool's heap limit): after
 * ordinary PDFs it stays under ~80 MB. A page of tens of thousands of text runs needs hundreds
 * of MB, after which V8 would let the heap stay that large for the next PDFs too: with two
 * threads doing that, enough to reach the memory guard and get an ordinary PDF stopped.
 */
const HEAVY_HEAP_BYTES = 96 * 1_048_576;

let collect: (() => void) | undefined;

/** Collects the thread's garbage when the PDF just read left a heavy heap behind. Call between PDFs. */
export function collectGarbageIfHeavy(): boolean {
  const { total_heap_size: heap, external_memory: external } = v8.getHeapStatistics();
  if (heap + external <= HEAVY_HEAP_BYTES) return false;
  if (!collect) {
    // how test runners collect garbage on demand: with the flag, new contexts get a `gc` function
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  return true;
}
