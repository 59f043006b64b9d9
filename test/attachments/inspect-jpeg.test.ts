import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { detectType } from '../../src/attachments/detect-type.js';
import { inspectJpeg, MAX_SCANS, SHOWN_ENOUGH } from '../../src/attachments/jpeg/jpeg-findings.js';
import { startsLikeJpeg } from '../../src/attachments/jpeg/starts-like-jpeg.js';
import { walkJpeg } from '../../src/attachments/jpeg/walk-jpeg.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { readyNewUnit, removeTempDirs, tempDir } from '../helpers/application.js';
import { checkSpec, codes, problems } from '../helpers/check.js';
import { command, needs } from '../helpers/reference-tools.js';
import { jpegBrokenAtStart, jpegLsFile, jpegWithTrailer } from '../helpers/hostile-files.js';
import {
  cutShort,
  makeJpeg,
  makePhoto,
  makePng,
  withBytesAfterFirstScan,
  withFrame,
  withHeaderJunk,
  withoutHuffmanTables,
  withRepeatedScans,
  withScanDataCut,
  withStrayMarker,
} from '../helpers/jpeg.js';

afterAll(removeTempDirs);

const AT = 'files/photo.jpg';
const verdict = async (bytes: Buffer) => {
  const report = await inspectJpeg(bytes, AT);
  return { usable: report.usable, findings: report.findings.map((f) => `${f.severity} ${f.code}`) };
};
const USABLE = { usable: true, findings: [] };

describe('JPEGs a reviewer sees whole stay usable', () => {
  it.each([
    ['a baseline 4:2:0 photo', () => makePhoto()],
    ['a progressive photo', () => makePhoto({ progressive: true })],
    ['a CMYK JPEG', () => makePhoto({ cmyk: true })],
    ['a progressive CMYK JPEG', () => makePhoto({ cmyk: true, progressive: true })],
    ['an EXIF-rotated photo', () => makePhoto({ orientation: 6 })],
    ['a 4:4:4 photo', () => makePhoto({ chroma: '4:4:4' })],
    ['a baseline with phone data after its end marker', async () => jpegWithTrailer()],
    ['an extended-sequential (SOF1) 8-bit JPEG', async () => withFrame(makeJpeg({ width: 48, height: 32 }), { marker: 0xc1 })],
  ])('%s', async (_name, make) => {
    expect(await verdict(await make())).toEqual(USABLE);
  });

  it('a 12 MP phone photo is decoded in well under the time limit', async () => {
    const photo = await makePhoto({ width: 4000, height: 3000 });
    expect(await verdict(photo)).toEqual(USABLE);
  }, 60_000);
});

describe('junk in the header that decoders skip (the picture shows whole): usable, no finding', () => {
  it.each(['app-garbage', 'fill', 'between'] as const)('%s', async (kind) => {
    expect(await verdict(withHeaderJunk(makeJpeg({ width: 48, height: 32 }), kind))).toEqual(USABLE);
    expect(await verdict(withHeaderJunk(await makePhoto({ progressive: true }), kind))).toEqual(USABLE);
  });
});

describe('JPEGs no browser shows: errors', () => {
  const base = () => makeJpeg({ width: 48, height: 32 });
  it.each([
    ['lossless (SOF3)', () => withFrame(base(), { marker: 0xc3 }), 'lossless'],
    ['arithmetic-coded (SOF9)', () => withFrame(base(), { marker: 0xc9 }), 'arithmetic'],
    ['progressive arithmetic (SOF10)', () => withFrame(base(), { marker: 0xca }), 'arithmetic'],
    ['hierarchical (SOF5)', () => withFrame(base(), { marker: 0xc5 }), 'hierarchical'],
    ['12-bit (SOF1, precision 12)', () => withFrame(base(), { marker: 0xc1, precision: 12 }), '12-bit'],
  ])('%s', async (_name, make, coding) => {
    const report = await inspectJpeg(make(), AT);
    expect(report.usable).toBe(false);
    expect(report.findings).toEqual([{ code: 'jpeg.unsupported-coding', severity: 'error', args: { path: AT, coding } }]);
  });

  it('65535 × 65535 is refused from its declared size, before any decoding', async () => {
    const started = performance.now();
    const report = await inspectJpeg(withFrame(base(), { width: 65535, height: 65535 }), AT);
    expect(report.findings).toEqual([
      { code: 'jpeg.too-large', severity: 'error', args: { path: AT, width: 65535, height: 65535, megapixels: 4295, limit: 100 } },
    ]);
    // decoding 4 gigapixels would take minutes and gigabytes, a loaded machine a few seconds more
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('100 MP is the limit: 10,000 × 10,000 passes the size check, 10,001 × 10,000 does not', async () => {
    expect((await verdict(withFrame(base(), { width: 10_001, height: 10_000 }))).findings).toEqual(['error jpeg.too-large']);
    // declared 100 MP, with the data of a small picture: refused as corrupt, not as too large
    expect((await verdict(withFrame(base(), { width: 10_000, height: 10_000 }))).findings).not.toContain('error jpeg.too-large');
  }, 60_000);

  it('a frame of height 0 (to be given later by a DNL marker, which browsers do not read) is damaged', async () => {
    expect(await verdict(withFrame(base(), { height: 0 }))).toEqual({ usable: false, findings: ['error jpeg.damaged'] });
  });

  it('no Huffman tables', async () => {
    expect(await verdict(withoutHuffmanTables(base()))).toEqual({ usable: false, findings: ['error jpeg.missing-tables'] });
    expect(await verdict(withoutHuffmanTables(await makePhoto({ progressive: true })))).toEqual({
      usable: false,
      findings: ['error jpeg.missing-tables'],
    });
  });

  it(`more than ${MAX_SCANS} scans`, async () => {
    const bomb = withRepeatedScans(await makePhoto({ width: 16, height: 16, progressive: true }), MAX_SCANS);
    expect(await verdict(bomb)).toEqual({ usable: false, findings: ['error jpeg.too-many-scans'] });
  });

  it('repeated scans that the decoder refuses', async () => {
    const report = await inspectJpeg(withRepeatedScans(await makePhoto({ progressive: true }), 3), AT);
    expect(report.findings).toEqual([
      { code: 'jpeg.undecodable', severity: 'error', args: { path: AT, detail: expect.stringContaining('progression') } },
    ]);
  });
});

describe('corrupt compressed data', () => {
  it('a stretch of data missing (end marker kept): error, part of the picture is grey', async () => {
    const report = await inspectJpeg(withScanDataCut(await makePhoto({ width: 256, height: 192 })), AT);
    expect(report.usable).toBe(false);
    expect(report.findings).toEqual([
      {
        code: 'jpeg.corrupt-data',
        severity: 'error',
        args: { path: AT, detail: 'Corrupt JPEG data: premature end of data segment' },
      },
    ]);
  });

  it('a stray marker in the data: error', async () => {
    expect(await verdict(withStrayMarker(await makePhoto({ width: 256, height: 192 })))).toEqual({
      usable: false,
      findings: ['error jpeg.corrupt-data'],
    });
  });

  it('stray bytes between the scans of a progressive photo: a warning, the picture shows', async () => {
    const report = await inspectJpeg(withBytesAfterFirstScan(await makePhoto({ width: 256, height: 192, progressive: true }), 16), AT);
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([
      {
        code: 'jpeg.stray-bytes',
        severity: 'warning',
        args: { path: AT, detail: expect.stringMatching(/^Corrupt JPEG data: \d+ extraneous bytes before marker 0x/) },
      },
    ]);
  });

  it('the nearest good case: the same photo whole', async () => {
    expect(await verdict(await makePhoto({ width: 256, height: 192, progressive: true }))).toEqual(USABLE);
    expect(await verdict(await makePhoto({ width: 256, height: 192 }))).toEqual(USABLE);
  });
});

describe('a JPEG cut short (a copy or download that stopped): how much of it shows decides', () => {
  // a 3840 × 2160 photo, as phones and cameras save it (baseline, 4:2:0)
  const photo = makePhoto({ width: 3840, height: 2160 });
  const progressive = makePhoto({ width: 640, height: 480, progressive: true });
  const cutAt = async (picture: Promise<Buffer>, fraction: number) => cutShort(await picture, fraction);

  it('cut at 97.8 % of its bytes, 98.3 % of its rows show and the bottom is grey: a warning that says so', async () => {
    const bytes = await cutAt(photo, 0.978);
    const report = await inspectJpeg(bytes, AT);
    expect(report.usable).toBe(true);
    expect(report.findings).toEqual([
      {
        code: 'jpeg.truncated-still-shows',
        severity: 'warning',
        args: { path: AT, offset: bytes.length, shown: 98.3, progressive: false },
      },
    ]);
    expect(renderMessage(report.findings[0]!, 'th')).toEqual({
      text: `รูป JPEG ${AT} ไม่ครบ ไฟล์ขาดหายหลังไบต์ที่ ${bytes.length.toLocaleString('en-US')} แต่ยังเห็นภาพได้ 98.3% จากด้านบน ส่วนล่างสุดเป็นสีเทา กรรมการยังดูได้ แต่ไม่ใช่ภาพเต็มของต้นฉบับ`,
      fix: 'ส่งไฟล์ต้นฉบับอีกครั้ง: คัดลอกรูปจากกล้อง มือถือ หรืออีเมลมาใหม่ แล้วเปิดดูให้เห็นภาพครบและคมชัดก่อนส่ง',
    });
  }, 60_000);

  it(`${SHOWN_ENOUGH * 100} % of the rows is the limit: 95.3 % a warning, 93.8 % an error that says how much shows`, async () => {
    expect((await inspectJpeg(await cutAt(photo, 0.95), AT)).findings).toEqual([
      expect.objectContaining({ code: 'jpeg.truncated-still-shows', severity: 'warning', args: expect.objectContaining({ shown: 95.3 }) }),
    ]);
    const bytes = await cutAt(photo, 0.94);
    const report = await inspectJpeg(bytes, AT);
    expect(report.usable).toBe(false);
    expect(report.findings).toEqual([{ code: 'jpeg.truncated', severity: 'error', args: { path: AT, offset: bytes.length, shown: 93.8 } }]);
    expect(renderMessage(report.findings[0]!, 'th').text).toContain('เห็นภาพได้เพียง 93.8% จากด้านบน ส่วนที่เหลือเป็นสีเทา');
  }, 60_000);

  it('cut in half: an error, half of it shows', async () => {
    const bytes = await cutAt(photo, 0.5);
    expect((await inspectJpeg(bytes, AT)).findings).toEqual([
      { code: 'jpeg.truncated', severity: 'error', args: { path: AT, offset: bytes.length, shown: 50.1 } },
    ]);
  }, 60_000);

  it('a progressive photo cut after its first scans shows whole, only less sharp: a warning', async () => {
    const bytes = await cutAt(progressive, 0.6);
    const report = await inspectJpeg(bytes, AT);
    expect(report.findings).toEqual([
      { code: 'jpeg.truncated-still-shows', severity: 'warning', args: { path: AT, offset: bytes.length, shown: 100, progressive: true } },
    ]);
    expect(renderMessage(report.findings[0]!, 'th').text).toContain('แต่ยังเห็นภาพได้ทั้งภาพ เพียงแต่ไม่คมชัดเท่าต้นฉบับ');
  });

  it('a progressive photo cut in its first scan shows only blurred rows over grey: an error, even at 93.3 %', async () => {
    const bytes = await cutAt(progressive, 0.03);
    expect((await inspectJpeg(bytes, AT)).findings).toEqual([
      { code: 'jpeg.truncated', severity: 'error', args: { path: AT, offset: bytes.length, shown: 93.3 } },
    ]);
  });

  it('cut before its picture data begins: an error, nothing shows (as before)', async () => {
    const whole = await photo;
    const header = cutShort(whole, 300 / whole.length);
    expect((await inspectJpeg(header, AT)).findings).toEqual([
      { code: 'jpeg.truncated', severity: 'error', args: { path: AT, offset: 300 } },
    ]);
  }, 60_000);

  it('cut short and declaring what browsers cannot show: that is said first, as for a whole file', async () => {
    const lossless = withFrame(await cutAt(photo, 0.99), { marker: 0xc3 });
    expect(await verdict(lossless)).toEqual({ usable: false, findings: ['error jpeg.unsupported-coding'] });
  }, 60_000);
});

/** libjpeg (djpeg) and ImageMagick as the reference, where they are installed. */
describe('agrees with djpeg and ImageMagick where both agree', () => {
  needs('djpeg', 'ImageMagick');
  const readable = (file: string) =>
    // djpeg exits 2 after warnings (the picture is still shown), 1 when it cannot show it
    spawnSync('djpeg', ['-outfile', process.platform === 'win32' ? 'NUL' : '/dev/null', file]).status !== 1 &&
    spawnSync(command('ImageMagick')!, [file, 'null:']).status === 0;

  it.each([
    ['progressive', () => makePhoto({ progressive: true }), true],
    ['CMYK', () => makePhoto({ cmyk: true }), true],
    ['EXIF-rotated', () => makePhoto({ orientation: 6 }), true],
    ['junk between header segments', async () => withHeaderJunk(makeJpeg(), 'between'), true],
    ['lossless', async () => withFrame(makeJpeg(), { marker: 0xc3 }), false],
    ['12-bit', async () => withFrame(makeJpeg(), { marker: 0xc1, precision: 12 }), false],
    ['height 0', async () => withFrame(makeJpeg(), { height: 0 }), false],
    ['65535 × 65535', async () => withFrame(makeJpeg(), { width: 65535, height: 65535 }), false],
  ])('%s', async (_name, make, shows) => {
    const bytes = await make();
    const file = path.join(tempDir('gecc-jpeg-'), 'x.jpg');
    fs.writeFileSync(file, bytes);
    expect(readable(file)).toBe(shows);
    expect((await inspectJpeg(bytes, AT)).usable).toBe(shows);
  });

  /** The share of rows a reader writes before the grey it puts where the data ran out (as PNM on its standard output). */
  const rowsShown = (tool: string[], bytes: Buffer) => {
    const run = (input: Buffer) => spawnSync(tool[0]!, tool.slice(1), { input, maxBuffer: 64 * 1024 * 1024 });
    const whole = run(bytes);
    const walk = walkJpeg(bytes);
    const empty = run(bytes.subarray(0, !walk.ok && walk.picture ? walk.picture.dataAt : 0)).stdout;
    const header = (pnm: Buffer) => /^P([56])\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pnm.toString('latin1', 0, 40))!;
    const [head, kind, width, height] = header(whole.stdout);
    const channels = kind === '6' ? 3 : 1;
    const pixels = whole.stdout.subarray(head.length);
    const fill = empty.subarray(empty.length - channels);
    let from = pixels.length / channels;
    while (from > 0 && pixels.subarray((from - 1) * channels, from * channels).equals(fill)) from--;
    return { status: whole.status, said: whole.stderr.toString(), share: Math.floor(from / Number(width)) / Number(height) };
  };

  it.each([
    ['a photo cut at 97.8 %', async () => cutShort(await makePhoto({ width: 3840, height: 2160 }), 0.978)],
    ['a smaller photo cut at 94 %', async () => cutShort(await makePhoto({ width: 1920, height: 1080 }), 0.94)],
    ['a small photo cut in half', async () => cutShort(makeJpeg({ width: 64, height: 64 }), 0.5)],
    [
      'a progressive photo cut after its first scans',
      async () => cutShort(await makePhoto({ width: 640, height: 480, progressive: true }), 0.6),
    ],
    [
      'a progressive photo cut in its first scan',
      async () => cutShort(await makePhoto({ width: 640, height: 480, progressive: true }), 0.03),
    ],
  ])(
    '%s: both show it with a warning and grey below; gecc says the share of rows they show',
    async (_name, make) => {
      const bytes = await make();
      const djpeg = rowsShown(['djpeg', '-pnm'], bytes);
      const magick = rowsShown([command('ImageMagick')!, 'jpeg:-', 'pnm:-'], bytes);
      // djpeg exits 2 after a warning, having written every row; ImageMagick warns and exits 0
      expect([djpeg.status, djpeg.said]).toEqual([2, expect.stringContaining('Premature end of JPEG file')]);
      expect([magick.status, magick.said]).toEqual([0, expect.stringContaining('Premature end of JPEG file')]);
      expect(magick.share).toBe(djpeg.share);
      const [finding] = (await inspectJpeg(bytes, AT)).findings;
      // at most one measured row (0.2 % of the height, or one pixel row of a small picture) below theirs
      const shown = (finding!.args as { shown: number }).shown / 100;
      expect(shown).toBeLessThanOrEqual(djpeg.share + 0.001);
      expect(shown).toBeGreaterThanOrEqual(djpeg.share - 0.005);
    },
    60_000,
  );
});

describe('a broken JPEG is called damaged, not "not a PDF or JPEG"', () => {
  it('file-type does not recognise these, the start marker does', async () => {
    expect(await detectType(jpegBrokenAtStart())).toEqual({ accepted: false, detected: 'unknown' });
    expect(await detectType(jpegLsFile())).toEqual({ accepted: false, detected: 'JLS' });
    expect(startsLikeJpeg(jpegBrokenAtStart())).toBe(true);
    expect(startsLikeJpeg(jpegLsFile())).toBe(true);
    expect(startsLikeJpeg(makePng())).toBe(false);
    expect(startsLikeJpeg(Buffer.from('%PDF-1.7'))).toBe(false);
  });

  it('the user is told the picture is damaged, or of a kind browsers cannot show', async () => {
    const spec = readyNewUnit();
    spec.advanced.A05.files = ['files/A05-photo.jpg', 'files/A05-ls.jpg'];
    const result = await checkSpec(spec, { files: { 'files/A05-photo.jpg': jpegBrokenAtStart(), 'files/A05-ls.jpg': jpegLsFile() } });
    const about = (file: string) => problems(result).filter((f) => f.file === file);
    expect(about('files/A05-photo.jpg')).toEqual([
      expect.objectContaining({
        code: 'jpeg.undecodable',
        severity: 'error',
        args: expect.objectContaining({ path: 'files/A05-photo.jpg' }),
      }),
    ]);
    expect(about('files/A05-ls.jpg')).toEqual([
      expect.objectContaining({ code: 'jpeg.unsupported-coding', args: { path: 'files/A05-ls.jpg', coding: 'jpeg-ls' } }),
    ]);
    expect(codes(result)).not.toContain('file.wrong-type');
  }, 60_000);
});

describe('hostile bytes', () => {
  it('never throws and never hangs on a real JPEG with random bytes overwritten', async () => {
    const whole = await makePhoto({ width: 64, height: 48, progressive: true });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const copy = Buffer.from(whole);
          for (const [at, value] of edits) copy[at] = value;
          const report = await inspectJpeg(copy, AT);
          expect(report.usable).toBe(!report.findings.some((f) => f.severity === 'error'));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
