import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/map-limited.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapLimited', () => {
  it('keeps the input order whatever order the tasks finish in', async () => {
    const delays = [30, 5, 20, 1, 10, 0];
    const finished: number[] = [];
    const results = await mapLimited(delays, 3, async (ms, i) => {
      await sleep(ms);
      finished.push(i);
      return i * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(finished).not.toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never runs more than the limit at once, and uses all of it', async () => {
    let running = 0;
    let most = 0;
    await mapLimited(
      Array.from({ length: 12 }, (_, i) => i),
      4,
      async () => {
        running++;
        most = Math.max(most, running);
        await sleep(2);
        running--;
      },
    );
    expect(most).toBe(4);
  });

  it('treats a limit below 1 (or not a number) as 1', async () => {
    for (const limit of [0, -3, Number.NaN]) {
      let running = 0;
      let most = 0;
      await mapLimited([1, 2, 3], limit, async () => {
        running++;
        most = Math.max(most, running);
        await sleep(1);
        running--;
      });
      expect(most).toBe(1);
    }
  });

  it('runs every task even when one rejects, then rethrows the first failure in input order', async () => {
    const ran: number[] = [];
    const run = mapLimited([0, 1, 2, 3, 4], 2, async (n) => {
      await sleep(n === 3 ? 0 : 5);
      ran.push(n);
      if (n === 1 || n === 3) throw new Error(`task ${n}`);
      return n;
    });
    await expect(run).rejects.toThrow('task 1');
    expect(ran.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('returns an empty list for no items', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
  });
});
