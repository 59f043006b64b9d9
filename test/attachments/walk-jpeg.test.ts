import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkJpeg } from '../../src/attachments/jpeg/walk-jpeg.js';
import { damagedJpeg, headerOnlyJpeg, jpegWithTrailer, truncatedJpeg } from '../helpers/hostile-files.js';
import { jpegSegments, makeJpeg, makePhoto, makePng, withFrame, withHeaderJunk, withoutHuffmanTables } from '../helpers/jpeg.js';

describe('walkJpeg', () => {
  it('walks a whole JPEG to its end marker and reads its size', () => {
    expect(walkJpeg(makeJpeg({ width: 40, height: 30 }))).toMatchObject({
      ok: true,
      width: 40,
      height: 30,
      trailing: 0,
      frame: { marker: 0xc0, precision: 8, width: 40, height: 30 },
      scans: 1,
      missingTables: false,
      junk: [],
    });
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
    const bytes = makeJpeg({ width: 32, height: 32 });
    const dht = jpegSegments(bytes).find((s) => s.marker === 0xc4)!;
    const badLength = Buffer.from(bytes);
    badLength.writeUInt16BE(1, dht.at + 2);
    expect(walkJpeg(badLength)).toMatchObject({ ok: false, problem: 'damaged', offset: dht.at + 2 });
    const badTable = Buffer.from(bytes);
    badTable[dht.at + 4] = 0x27; // table class 2 does not exist
    expect(walkJpeg(badTable)).toMatchObject({ ok: false, problem: 'damaged', offset: dht.at });
    expect(walkJpeg(withFrame(bytes, { height: 0 }))).toMatchObject({ ok: false, problem: 'damaged' });
    const twoStarts = Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xd8]), bytes.subarray(2)]);
    expect(walkJpeg(twoStarts)).toMatchObject({ ok: false, problem: 'damaged', offset: 2 });
  });

  it('skips bytes between header segments as libjpeg does, and says where they were', () => {
    const bytes = makeJpeg({ width: 32, height: 32 });
    const walk = walkJpeg(withHeaderJunk(bytes, 'between'));
    expect(walk).toMatchObject({ ok: true, junk: [{ bytes: 4, before: 0xc0 }] });
    expect(walkJpeg(withHeaderJunk(bytes, 'fill'))).toMatchObject({ ok: true, junk: [] });
    expect(walkJpeg(withHeaderJunk(bytes, 'app-garbage'))).toMatchObject({ ok: true, junk: [] });
    // the damaged marker of a segment: its bytes are skipped up to the next marker, as libjpeg skips them
    expect(walkJpeg(damagedJpeg())).toMatchObject({ ok: true, junk: [expect.objectContaining({ before: 0xc0 })] });
  });

  it('reads the frame a picture declares and whether its scans have their Huffman tables', () => {
    const bytes = makeJpeg({ width: 32, height: 32 });
    expect(walkJpeg(withFrame(bytes, { marker: 0xc3 }))).toMatchObject({ ok: true, frame: { marker: 0xc3 } });
    expect(walkJpeg(withFrame(bytes, { marker: 0xc1, precision: 12 }))).toMatchObject({ ok: true, frame: { precision: 12 } });
    expect(walkJpeg(withFrame(bytes, { width: 65535, height: 65535 }))).toMatchObject({ ok: true, width: 65535, height: 65535 });
    expect(walkJpeg(withoutHuffmanTables(bytes))).toMatchObject({ ok: true, missingTables: true });
  });

  it('counts the scans of a progressive JPEG, and sees their tables defined between scans', async () => {
    const progressive = await makePhoto({ progressive: true });
    const walk = walkJpeg(progressive);
    expect(walk).toMatchObject({ ok: true, frame: { marker: 0xc2 }, missingTables: false });
    expect(walk.ok && walk.scans).toBeGreaterThan(5);
    expect(walkJpeg(withoutHuffmanTables(progressive))).toMatchObject({ ok: true, missingTables: true });
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
