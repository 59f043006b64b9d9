import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageIfHeavy } from '../../src/attachments/pdf/heavy-garbage.js';

describe('collectGarbageIfHeavy', () => {
  it('collects at once what a heavy PDF leaves behind', () => {
    let garbage: unknown[] | undefined = Array.from({ length: 1_500_000 }, (_, i) => ({ i, text: `row ${i}` }));
    const heavy = v8.getHeapStatistics().used_heap_size;
    garbage = undefined;
    expect(garbage).toBeUndefined();
    expect(collectGarbageIfHeavy()).toBe(true);
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(heavy - 64 * 1_048_576);
  });
});
