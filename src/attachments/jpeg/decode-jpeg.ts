import { createRequire } from 'node:module';
import type SharpFactory from 'sharp';
import { Limiter } from '../limiter.js';

/** What decoding a JPEG's picture data found. */
export type JpegDecode =
  /** libjpeg's warnings, e.g. "Corrupt JPEG data: premature end of data segment" */
  | { kind: 'decoded'; warnings: string[] }
  /** libjpeg gave up: no viewer built on it shows the picture */
  | { kind: 'failed'; reason: string }
  | { kind: 'timeout'; seconds: number }
  /** the decoder could not be loaded on this computer */
  | { kind: 'no-decoder'; reason: string };

/**
 * A backstop only: the declared size and number of scans are bounded before decoding, so a
 * picture that passes those takes well under a second; a verdict must not depend on the load.
 */
const TIMEOUT_SECONDS = 30;
/** libvips decodes on threads of its own; each decode can hold a progressive picture's coefficients */
const decodes = new Limiter(2);
let loading: Promise<typeof SharpFactory | Error> | undefined;

/** sharp (libvips with libjpeg-turbo) is loaded only when an application has a JPEG: it costs ~0.2 s */
function loadSharp(): Promise<typeof SharpFactory | Error> {
  // required, not imported: the bundled command line runs as a script with no module loader of
  // its own (see src/cli/load-bundle.ts), and sharp is a CommonJS package
  loading ??= Promise.resolve().then(
    () => {
      const sharp = createRequire(import.meta.url)('sharp') as typeof SharpFactory;
      // with libvips's operation cache on, libjpeg's warnings never reach the 'warning' event
      // (measured, sharp 0.35); it would also keep decoded pictures in memory after the check
      sharp.cache(false);
      return sharp;
    },
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  return loading;
}

/**
 * Decodes the picture data off the main thread, at 1/8 scale: every coefficient is still
 * entropy-decoded (where corrupt data shows), but no full-size pixels are made: a 12 MP
 * baseline photo takes tens of milliseconds, a progressive one (whose coefficients must all be
 * held) some hundreds and ~40 MB. The caller has checked the declared size and scan count.
 *
 * libvips hands its warnings to sharp through one queue for the whole process, which the next
 * decode to finish empties (sharp 0.35): with pictures decoded side by side (two here, more in
 * the PDF reading threads) a picture's warnings could be reported for another. So a picture is
 * judged by a decode that stops at its own first warning; only when it did, a second decode
 * that goes on says whether the picture decodes at all.
 */
export function decodeJpeg(bytes: Uint8Array, maxPixels: number): Promise<JpegDecode> {
  return decodes.run(async () => {
    const sharp = await loadSharp();
    if (sharp instanceof Error) return { kind: 'no-decoder', reason: firstLine(sharp.message) };
    const strict = await attempt(sharp, bytes, maxPixels, 'warning');
    if (strict === 'decoded') return { kind: 'decoded', warnings: [] };
    if (strict === 'timeout') return { kind: 'timeout', seconds: TIMEOUT_SECONDS };
    const lenient = await attempt(sharp, bytes, maxPixels, 'none');
    if (lenient === 'timeout') return { kind: 'timeout', seconds: TIMEOUT_SECONDS };
    if (lenient !== 'decoded') return { kind: 'failed', reason: reasonOf(lenient.message) };
    const said = jpegMessages(strict.message.replace(/^Input buffer has corrupt header: /, ''));
    return { kind: 'decoded', warnings: [...new Set(said.length > 0 ? said : [firstLine(strict.message)])] };
  });
}

/** a picture cut short is measured on at least this many rows (a 0.2 % step), or at full size */
const MEASURED_ROWS = 500;

/** How much of a picture cut short a decoder shows. */
export type CutShortDecode =
  /** `rows` of `height` (both scaled down alike) show before the grey that stands in for the missing data */
  { kind: 'shown'; rows: number; height: number } | Exclude<JpegDecode, { kind: 'decoded' }>;

/**
 * Decodes a picture cut short as viewers do (libjpeg goes on past the end of the data, as djpeg
 * and browsers do) and measures how much of it shows: where the data ends, libjpeg leaves every
 * further block's coefficients at zero, so the rest of the picture is one flat colour (mid-grey
 * in an ordinary photo). That colour is what the same header with no data at all decodes to
 * (`headerEnd`: where the first scan's data begins, from the walk), whatever the colour space or
 * profile; the rows before the first pixel from which all are that colour are the rows that show.
 * A progressive picture whose first scan is whole shows every row (each later scan only adds detail).
 *
 * Decoded scaled down (libjpeg's own scaling, which still reads every block) to no fewer than
 * MEASURED_ROWS rows: the measure comes out one scaled row below what djpeg and ImageMagick
 * write at full size (the row just above the grey), so 1/8 scale would say 98.1 % where they
 * show 98.5 % of a 3840 × 2160 photo; at 1/4 it says 98.3 %.
 */
export function decodeCutShort(
  bytes: Uint8Array,
  maxPixels: number,
  picture: { width: number; height: number; headerEnd: number },
): Promise<CutShortDecode> {
  return decodes.run(async () => {
    const sharp = await loadSharp();
    if (sharp instanceof Error) return { kind: 'no-decoder', reason: firstLine(sharp.message) };
    const shrink = [8, 4, 2].find((by) => Math.ceil(picture.height / by) >= MEASURED_ROWS) ?? 1;
    const decoded = await pixelsOf(sharp, bytes, maxPixels, picture, shrink);
    if (!('data' in decoded)) return decoded;
    const empty = await pixelsOf(sharp, bytes.subarray(0, picture.headerEnd), maxPixels, picture, shrink);
    if (!('data' in empty)) return empty;
    const { data, width, height, channels } = decoded;
    const fill = empty.data.subarray(empty.data.length - channels);
    // the first pixel from which every pixel is the fill colour
    let from = data.length / channels;
    for (let at = from - 1; at >= 0; at--) {
      let same = true;
      for (let c = 0; c < channels && same; c++) same = data[at * channels + c] === fill[c];
      if (!same) break;
      from = at;
    }
    return { kind: 'shown', rows: Math.floor(from / width), height };
  });
}

/** The picture decoded `shrink` times smaller, going on past damage and the end of the data as viewers do. */
async function pixelsOf(
  sharp: typeof SharpFactory,
  bytes: Uint8Array,
  maxPixels: number,
  { width, height }: { width: number; height: number },
  shrink: number,
): Promise<{ data: Buffer; width: number; height: number; channels: number } | Exclude<JpegDecode, { kind: 'decoded' }>> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'none', limitInputPixels: maxPixels, sequentialRead: true, autoOrient: false })
      .resize({
        width: Math.ceil(width / shrink),
        height: Math.ceil(height / shrink),
        fit: 'fill',
        fastShrinkOnLoad: true,
        kernel: 'nearest',
      })
      .timeout({ seconds: TIMEOUT_SECONDS })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /^timeout/i.test(message) ? { kind: 'timeout', seconds: TIMEOUT_SECONDS } : { kind: 'failed', reason: reasonOf(message) };
  }
}

/** One decode, stopping at libjpeg's first warning (`failOn: 'warning'`) or only at an error. */
async function attempt(
  sharp: typeof SharpFactory,
  bytes: Uint8Array,
  maxPixels: number,
  failOn: 'warning' | 'none',
): Promise<'decoded' | 'timeout' | { message: string }> {
  try {
    await sharp(bytes, { failOn, limitInputPixels: maxPixels, sequentialRead: true, autoOrient: false })
      .resize({ width: 64, height: 64, fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true, kernel: 'nearest' })
      .timeout({ seconds: TIMEOUT_SECONDS })
      .raw()
      .toBuffer();
    return 'decoded';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /^timeout/i.test(message) ? 'timeout' : { message };
  }
}

/** libjpeg's own messages in what libvips reports (it also reports ICC and EXIF trouble, which viewers ignore) */
function jpegMessages(report: string): string[] {
  return report
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('VipsJpeg: '))
    .map((line) => line.slice('VipsJpeg: '.length));
}

function reasonOf(message: string): string {
  const own = jpegMessages(message.replace(/^Input buffer has corrupt header: /, ''));
  return own[0] ?? firstLine(message.replace(/^Input buffer has corrupt header: /, ''));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim().slice(0, 200);
}
