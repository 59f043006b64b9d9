import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * How much a reading thread may still hold (heap in use, and buffers) after a PDF before its
 * garbage is collected at once. V8 lets the heap grow 4 × between its own collections (see the
 * pool's heap limit): after ordinary PDFs a thread holds 20–80 MB. After a page of tens of
 * thousands of text runs it holds 100–250 MB, and V8, having seen that much in use, would let
 * it stay that large for the next PDFs too: with two threads doing that, enough to reach the
 * memory guard and get an ordinary PDF stopped as too-much-memory.
 */
const HEAVY_BYTES = 88 * 1_048_576;

let collect: (() => void) | undefined;

/** Collects the thread's garbage when the PDF just read left a heavy heap behind. Call between PDFs. */
export function collectGarbageIfHeavy(): boolean {
  const { used_heap_size: heap, external_memory: external } = v8.getHeapStatistics();
  if (heap + external <= HEAVY_BYTES) return false;
  if (!collect) {
    // how test runners collect garbage on demand: with the flag, new contexts get a `gc` function
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  return true;
}
