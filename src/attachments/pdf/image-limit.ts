import type { DeclaredObjects } from './declared-objects.js';
import type { PdfVerdict } from './pdf-verdict.js';

/**
 * The most memory an image may need to be shown: 400 MB, that is 100 million pixels drawn as
 * RGBA (4 bytes a pixel, what pdf.js, PDFium and poppler draw into). An A4 page scanned at
 * 300 dpi is 2480 × 3508 = 8.7 Mpx (35 MB), at 600 dpi 4961 × 7016 = 34.8 Mpx (139 MB), an A3
 * page at 600 dpi 69.6 Mpx (278 MB): all pass. An A4 page at 1200 dpi (139 Mpx, 557 MB) and
 * anything of gigabytes (40,000 × 30,000 = 1.2 Gpx, 4.8 GB) fail: a browser's viewer takes
 * seconds to minutes on them, or gives up (Chrome's canvas holds at most 268 Mpx).
 */
const MAX_IMAGE_BYTES = 400_000_000;

/** An error verdict when an image of the PDF would take too much memory to show. */
export function imageTooLarge(declared: DeclaredObjects): PdfVerdict | undefined {
  const image = declared.largestImage;
  if (!image || image.bytesToShow <= MAX_IMAGE_BYTES) return undefined;
  return { kind: 'image-too-large', width: image.width, height: image.height, megabytes: Math.round(image.bytesToShow / 1_000_000) };
}
