import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkJpeg } from '../../src/attachments/jpeg/walk-jpeg.js';
import { damagedJpeg, headerOnlyJpeg, jpegWithTrailer, truncatedJpeg } from '../helpers/hostile-files.js';
import { makeJpeg, makePng } from '../helpers/jpeg.js';

describe('walkJpeg', () => {
  it('walks a whole JPEG to its end marker and reads its size', () => {
    expect(walkJpeg(makeJpeg({ width: 40, height: 30 }))).toEqual({ ok: true, width: 40, height: 30, trailing: 0 });
  });

  it('accepts data after the end marker, as phones write it', () => {
    const walk = walkJpeg(jpegWithTrailer());
    expect(walk.ok).toBe(true);
    expect(walk.ok && walk.trailing).toBeGreaterThan(4000);
  });

  it('finds a JPEG cut anywhere before its end marker', () => {
    const whole = makeJpeg({ width: 64, height: 64 });
    for (let length = 2; length < whole.length - 1; length += 7) {
      const walk = walkJpeg(whole.subarray(0, length));
      expect(walk.ok, `cut at ${length}`).toBe(false);
    }
    expect(walkJpeg(truncatedJpeg(0.5))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(walkJpeg(headerOnlyJpeg())).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('finds a broken segment', () => {
    expect(walkJpeg(damagedJpeg())).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses what is not a JPEG at all', () => {
    expect(walkJpeg(makePng())).toMatchObject({ ok: false, problem: 'damaged', offset: 0 });
    expect(walkJpeg(new Uint8Array(0))).toMatchObject({ ok: false });
  });

  it('never throws and never runs past the end, whatever the bytes', () => {
    const start = Buffer.from([0xff, 0xd8]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, withStart) => {
        const input = withStart ? Buffer.concat([start, bytes]) : bytes;
        const walk = walkJpeg(input);
        if (!walk.ok) expect(walk.offset).toBeLessThanOrEqual(input.length);
        else expect(walk.trailing).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a real JPEG with random bytes overwritten', () => {
    const whole = makeJpeg({ width: 32, height: 32 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (edits) => {
        const copy = Buffer.from(whole);
        for (const [at, value] of edits) copy[at] = value;
        walkJpeg(copy);
      }),
      { numRuns: 1000 },
    );
  });
});
