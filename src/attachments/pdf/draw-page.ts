import { withWarnings } from './pdf-warnings.js';

/** The parts of pdf.js's page object used here. */
interface PdfPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getAnnotations(): Promise<Annotation[]>;
  objs: PdfObjects;
  commonObjs: PdfObjects;
  cleanup(): void;
}
interface PdfObjects {
  get(id: string, callback: (data: unknown) => void): void;
}

/**
 * The largest picture decoded to judge a page: an A4 or Letter page scanned at 300 dpi (8.7 Mpx)
 * fits. pdf.js's own JPEG decoder (JavaScript; used for every JPEG libjpeg does not check first,
 * see native-jpeg.ts) takes ~65 ns and ~9 bytes a pixel: 10 Mpx is ~0.65 s of CPU and ~90 MB, a
 * 12 Mpx phone photo ~0.8 s and 110 MB, a 48 Mpx one four times that (over the time limit on a
 * busy machine). pdf.js leaves a larger picture out, saying so: it is not judged.
 */
export const PICTURE_BUDGET_PIXELS = 10_000_000;
/** how pdf.js says that a picture is over that size (its own words for the limit set here) */
const OVER_BUDGET = 'Image exceeded maximum allowed size';
/**
 * how pdf.js says that it decodes a picture itself after all (see native-jpeg.ts): not evidence,
 * its own decoder then judges the picture as it would have without the native one
 */
const HANDED_BACK = 'getTransferableImage - failed';
/**
 * how pdf.js says that it lacks an OffscreenCanvas to measure an annotation's text with (browsers
 * have one, Node has none): about the reading thread, not the file. A FreeText annotation without
 * an appearance stream is then not drawn here, where a browser's pdf.js, poppler and MuPDF draw it
 */
const NO_CANVAS = 'OffscreenCanvas is not supported';
const FREE_TEXT = 3; // AnnotationType.FREETEXT
/** annotation flags that keep it off the screen: Invisible, Hidden, NoView */
const NOT_VIEWED = 1 | 2 | 32;

/** The parts of an annotation's data used here. */
interface Annotation {
  annotationType?: number;
  annotationFlags?: number;
  hasAppearance?: boolean;
}

// pdf.js's operator numbers (OPS), stable across its versions
const SHOW_TEXT = [44, 45, 46, 47];
/** what a form field or other annotation draws over the page (its text is not the page's) */
const BEGIN_ANNOTATION = 80;
const END_ANNOTATION = 81;
const SHADING_FILL = 62;
const CONSTRUCT_PATH = 91;
const END_PATH = 28;
/** operators that paint a picture: decoded as a viewer would, their data is null when that failed */
const IMAGE_BY_ID = new Set([85, 88]); // paintImageXObject, paintImageXObjectRepeat
const OTHER_IMAGES = [83, 84, 86, 87, 89, 90]; // masks, inline images, solid masks: decoded already
const PICTURES = new Set([...IMAGE_BY_ID, ...OTHER_IMAGES]);
const PAINTS = new Set([SHADING_FILL, ...PICTURES]);

export interface Drawing {
  /** anything was drawn: text, a picture, a filled or stroked shape, an annotation viewers draw */
  paints: boolean;
  /** a picture was drawn (a scanned page is one) */
  drawsPicture: boolean;
  /**
   * characters other than white space in the text the page itself draws (not its annotations'):
   * what its extracted text would hold, as far as "some or none" goes
   */
  textChars: number;
  /**
   * pdf.js warned while this page was drawn and a warning could have decided the verdict (a picture
   * came back short or all zeros, or the page drew nothing). A warning can belong to an earlier
   * step (a font pdf.js loads for the first time): the verdict is then only sure when the page was
   * drawn after its text was read, as it always was before drawing counted text.
   */
  warningsDecide: boolean;
  /** why the page cannot be shown as its file means it to be */
  broken?: string;
}

/** A text operator shows something: a glyph that is not a space (an empty string or blanks draw nothing). */
function showsGlyphs(glyphs: unknown): boolean {
  return (
    Array.isArray(glyphs) &&
    glyphs.some((glyph) => typeof glyph === 'object' && glyph !== null && !(glyph as { isSpace?: unknown }).isSpace)
  );
}

/**
 * Characters of a text operator's glyphs (pdf.js gives each its Unicode text) other than white
 * space and invisible formatting characters (zero-width spaces and joiners, soft hyphens), which
 * pdf.js's text extraction leaves out too.
 */
function glyphChars(glyphs: unknown): number {
  if (!Array.isArray(glyphs)) return 0;
  let count = 0;
  for (const glyph of glyphs) {
    const unicode = (glyph as { unicode?: unknown } | null)?.unicode;
    if (typeof unicode === 'string') count += unicode.replace(/[\s\p{Cf}]+/gu, '').length;
  }
  return count;
}

/** A picture as pdf.js hands it over; null when it could not decode it at all. */
interface Picture {
  width: number;
  height: number;
  /** 1: 1 bit gray, 2: RGB, 3: RGBA (ImageKind) */
  kind: number;
  data?: Uint8Array | Uint8ClampedArray | null;
  /** in place of data: a picture decoded whole elsewhere (see native-jpeg.ts) */
  bitmap?: unknown;
}
const BYTES_PER_ROW: Record<number, (width: number) => number> = { 1: (w) => (w + 7) >> 3, 2: (w) => w * 3, 3: (w) => w * 4 };

/**
 * A picture pdf.js decoded from nothing: fewer bytes than its size needs, or nothing but zeros,
 * which is what it gives for data a filter could not read (an unknown filter, Flate that does not
 * inflate). Asked only when pdf.js warned: a black picture is fine on its own.
 */
function decodedFromNothing(picture: Picture): boolean {
  if (picture.bitmap) return false;
  const data = picture.data;
  if (!data) return true;
  const row = BYTES_PER_ROW[picture.kind];
  if (row && data.length < row(picture.width) * picture.height) return true;
  // a plain loop: a picture at the size limit is 30 MB
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) return false;
  return true;
}

/** The page has a FreeText annotation on screen that pdf.js could not draw without an OffscreenCanvas (see NO_CANVAS). */
async function drawnByViewers(page: PdfPage): Promise<boolean> {
  const annotations = await page.getAnnotations().catch(() => []);
  return annotations.some((a) => a.annotationType === FREE_TEXT && !a.hasAppearance && ((a.annotationFlags ?? 0) & NOT_VIEWED) === 0);
}

/**
 * Draws a page as a viewer would, without pixels: pdf.js builds its list of drawing operations,
 * which decodes the content stream and every picture on the page. Returns why it cannot be shown,
 * or undefined. Judged from what pdf.js gives back, with its warnings as the evidence, not from
 * their words: a picture it could not decode comes back as no data, or (when it warned) as
 * data too short or all zeros; a page it had to give up on draws nothing while pdf.js warned (a
 * page that is empty by design draws nothing without a warning). A warning with a whole picture
 * (a JPEG decoder that recovered from an odd marker) or with text drawn changes nothing a reader sees.
 */
export async function drawPage(doc: { getPage(number: number): Promise<unknown> }, number: number): Promise<Drawing> {
  const page = (await doc.getPage(number)) as PdfPage;
  try {
    const { value: drawn, warnings: all } = await withWarnings(async () => {
      const ops = await page.getOperatorList();
      const ids: string[] = [];
      let paints = false;
      let drawsPicture = false;
      let textChars = 0;
      let annotations = 0;
      ops.fnArray.forEach((fn, i) => {
        const args = ops.argsArray[i] ?? [];
        if (fn === BEGIN_ANNOTATION) annotations++;
        else if (fn === END_ANNOTATION) annotations = Math.max(0, annotations - 1);
        else if (annotations === 0 && SHOW_TEXT.includes(fn)) textChars += glyphChars(args[0]);
        if (IMAGE_BY_ID.has(fn) && typeof args[0] === 'string') ids.push(args[0]);
        if (PICTURES.has(fn)) drawsPicture = true;
        if (
          SHOW_TEXT.includes(fn)
            ? showsGlyphs(args[0])
            : PAINTS.has(fn) || (fn === CONSTRUCT_PATH && args[0] !== END_PATH && (args[1] as unknown[] | undefined)?.[0] != null)
        )
          paints = true;
      });
      // pictures are decoded after the list is built and handed over when done; one used on several
      // pages is kept with the document ("g_" ids), the others with the page
      const pictures = await Promise.all(
        ids.map(
          (id) =>
            new Promise<Picture | null>((resolve) =>
              (id.startsWith('g_') ? page.commonObjs : page.objs).get(id, resolve as (data: unknown) => void),
            ),
        ),
      );
      return { paints, drawsPicture, pictures, textChars };
    });
    // a picture left out for its size says nothing about the file
    const skipped = all.some((w) => w.includes(OVER_BUDGET));
    const warnings = all.filter((w) => !w.includes(OVER_BUDGET) && !w.includes(HANDED_BACK) && !w.includes(NO_CANVAS));
    const why = warnings[0]?.replace(/^Warning:\s*/, '').slice(0, 200) ?? '';
    const { textChars } = drawn;
    // a picture left out for its size is drawn by viewers all the same
    const drawsPicture = drawn.drawsPicture || skipped;
    const paints = drawsPicture || drawn.paints || (all.some((w) => w.includes(NO_CANVAS)) && (await drawnByViewers(page)));
    // asked only when pdf.js warned: a picture at the size limit is 30 MB to look through
    const fromNothing = drawn.pictures.map((p) => warnings.length > 0 && p != null && decodedFromNothing(p));
    const warningsDecide = warnings.length > 0 && (fromNothing.some(Boolean) || !paints);
    const lost = drawn.pictures.filter((p, i) => p == null || fromNothing[i]).length;
    if (lost > 0)
      return {
        paints,
        drawsPicture,
        textChars,
        warningsDecide,
        broken: `${lost} of ${drawn.pictures.length} picture(s) on page ${number} cannot be decoded${why ? `: ${why}` : ''}`,
      };
    if (!paints && warnings.length > 0)
      return { paints, drawsPicture, textChars, warningsDecide, broken: `the content of page ${number} cannot be decoded: ${why}` };
    return { paints, drawsPicture, textChars, warningsDecide };
  } finally {
    page.cleanup();
  }
}
