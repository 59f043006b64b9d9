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
  loading ??= import('sharp').then(
    (module) => {
      // with libvips's operation cache on, libjpeg's warnings never reach the 'warning' event
      // (measured, sharp 0.35); it would also keep decoded pictures in memory after the check
      module.default.cache(false);
      return module.default;
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
 */
export function decodeJpeg(bytes: Uint8Array, maxPixels: number): Promise<JpegDecode> {
  return decodes.run(async () => {
    const sharp = await loadSharp();
    if (sharp instanceof Error) return { kind: 'no-decoder', reason: firstLine(sharp.message) };
    const warnings: string[] = [];
    try {
      const image = sharp(bytes, { failOn: 'none', limitInputPixels: maxPixels, sequentialRead: true, autoOrient: false });
      image.on('warning', (message: string) => warnings.push(...jpegMessages(message)));
      await image
        .resize({ width: 64, height: 64, fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true, kernel: 'nearest' })
        .timeout({ seconds: TIMEOUT_SECONDS })
        .raw()
        .toBuffer();
      return { kind: 'decoded', warnings: [...new Set(warnings)] };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/^timeout/i.test(message)) return { kind: 'timeout', seconds: TIMEOUT_SECONDS };
      return { kind: 'failed', reason: reasonOf(message) };
    }
  });
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
