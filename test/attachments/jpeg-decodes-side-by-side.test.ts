/**
 * libvips gives sharp its warnings through one queue for the whole process, which the next decode
 * to finish empties: decoded side by side (as the main thread and the PDF reading threads do), a
 * damaged picture's warning could be reported for a good one and the damaged one pass. Each
 * picture must be judged by its own decode, however many run at once.
 */
import { describe, expect, it } from 'vitest';
import { decodeJpeg } from '../../src/attachments/jpeg/decode-jpeg.js';
import { makeJpeg, withScanDataCut } from '../helpers/jpeg.js';

describe('JPEGs decoded side by side', () => {
  it('a cut-short picture always warns and a good one never does, decoded together many times', async () => {
    const good = makeJpeg({ width: 640, height: 480, seed: 3 });
    const cut = withScanDataCut(makeJpeg({ width: 640, height: 480, seed: 4 }));
    const rounds = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const [g, c] = await Promise.all([decodeJpeg(good, 10_000_000), decodeJpeg(cut, 10_000_000)]);
        return {
          good: g.kind === 'decoded' && g.warnings.length === 0,
          cut: c.kind === 'failed' || (c.kind === 'decoded' && c.warnings.length > 0),
        };
      }),
    );
    expect(rounds.filter((r) => !r.good || !r.cut)).toEqual([]);
  });
});
