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
