import { restoreNativeArrayPush } from './native-array-push.js';
import { pageTreeTooLarge } from './page-limit.js';
import { BLANK_PAGES_READ, PAGES_TO_READ, type PdfVerdict } from './pdf-verdict.js';
import { pdfjsData } from './pdfjs-data.js';
import { drawPage, PICTURE_BUDGET_PIXELS } from './draw-page.js';

type PdfParseModule = typeof import('pdf-parse');
let loading: Promise<PdfParseModule> | undefined;

/** pdf-parse costs ~150 ms and ~46 MB to load: only when there is a PDF to read. */
export function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= import('pdf-parse').then((module) => {
    restoreNativeArrayPush();
    return module;
  });
  return loading;
}

/** The parts of pdf.js's document object used here (pdf-parse keeps it in a private field). */
interface PdfDocument {
  numPages: number;
  isPureXfa: boolean;
  getPage(number: number): Promise<unknown>;
  getMetadata(): Promise<{ info?: unknown }>;
  getAttachments(): Promise<Record<string, unknown> | null>;
  getFieldObjects(): Promise<Record<string, unknown[]> | null>;
  getPermissions(): Promise<number[] | null>;
  /** a copy of the file's bytes */
  getData(): Promise<Uint8Array>;
}

/**
 * A page's drawing counts text pdf.js's text extraction leaves out: what lies outside the page's
 * visible box (a printer's slug beyond the crop box). Such text is short; a page that draws at
 * least this much is taken to have text without extracting it (the speed gain is on pages of
 * text), and a page that draws less has its text extracted, as a reader copying it would get it.
 */
const TEXT_TRUSTED_FROM_DRAWING = 200;

// pdf-parse prints "page i of n" markers into every page's text; they are not content
const PAGE_MARKER = /--\s*\d+\s+of\s+\d+\s*--/g;
/** pdf.js's permission flags (PermissionFlag): what a reviewer notices when it is refused */
const PRINT = 0x04;
const COPY = 0x10;

/**
 * Reads a PDF the way a reviewer's viewer would: opens it, counts pages, draws page 1 (content
 * and pictures decoded, as a viewer must, see draw-page.ts: that is what finds damage), takes its
 * text from what it draws, or extracts it when it draws none; the next page's text too while
 * none is found (a blank or picture cover page does not make a document a scan), and looks for
 * what reviewers stumble over. Meant to run in a worker thread. Takes the bytes over: bytes that
 * fill their whole memory are empty afterwards. (What pdf.js prints is tapped here, see
 * pdf-warnings.ts.)
 *
 * `textFirst` extracts every page's text before drawing it, as gecc did before drawing counted
 * text (a third of a text PDF's reading time); the verdicts are the same (a test compares them).
 */
export async function readPdf(
  bytes: Uint8Array,
  maxPages = Number.POSITIVE_INFINITY,
  { textFirst = false }: { textFirst?: boolean } = {},
): Promise<PdfVerdict> {
  const first = await readInOrder(bytes, true, maxPages, textFirst);
  if (!first.bytes) return first.verdict;
  // pdf.js rebuilds a damaged cross-reference only when it finds it damaged on opening; one wrong
  // offset is found only when a page needs that object, and the object (or the page) is then left
  // out. Poppler and MuPDF rebuild in both cases: read once more with the cross-reference ignored
  const again = await readInOrder(withoutCrossReference(first.bytes), false, maxPages, textFirst);
  // rebuilding, pdf.js puts a blank page where it finds no first page: a repair must show something
  // (a page that shows nothing is a 'blank' verdict, not 'read')
  return again.verdict.kind === 'read' ? again.verdict : first.verdict;
}

/**
 * Reads with the text taken from the drawing, unless a warning pdf.js printed while drawing could
 * have decided the verdict: the warning may belong to reading the text (a font loaded for the
 * first time), so the file is then read again with its text first, the order that settles it.
 */
async function readInOrder(bytes: Uint8Array, keepIfBroken: boolean, maxPages: number, textFirst: boolean): Promise<Reading> {
  const reading = await readOnce(bytes, keepIfBroken, maxPages, textFirst);
  return reading.textFirst ? readOnce(reading.textFirst, keepIfBroken, maxPages, true) : reading;
}

interface Reading {
  verdict: PdfVerdict;
  /** a copy of the bytes, to be read again with each page's text extracted before it is drawn */
  textFirst?: Uint8Array;
  /** a copy of the bytes, kept only when a page could not be read and the file states where its cross-reference is */
  bytes?: Uint8Array;
}

/** The bytes again, when a page could not be read and rebuilding the cross-reference might help. */
async function copyToRebuild(doc: PdfDocument | undefined, verdict: PdfVerdict): Promise<Reading> {
  const pageLost =
    verdict.kind === 'page-broken' ||
    verdict.kind === 'damaged' ||
    verdict.kind === 'blank' ||
    (verdict.kind === 'no-pages' && verdict.claimed > 0);
  if (!doc || !pageLost) return { verdict };
  const copy = await doc.getData().catch(() => undefined);
  return copy && startxrefAt(copy) >= 0 ? { verdict, bytes: copy } : { verdict };
}

async function readOnce(bytes: Uint8Array, keepIfBroken: boolean, maxPages: number, textFirst: boolean): Promise<Reading> {
  const { PDFParse, PasswordException, InvalidPDFException } = await loadPdfParse();
  // pdf.js takes over (empties) bytes that fill their whole memory, as they arrive from the pool,
  // without a copy; given a Buffer, pdf-parse would copy them first. Every copy of every PDF is
  // memory the garbage collector then has to account for
  const parser = new PDFParse({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    isEvalSupported: false,
    verbosity: 1,
    // only so that pdf.js can say whether the file is an XFA form and nothing else (isPureXfa)
    enableXfa: true,
    // a larger picture is not decoded when a page is drawn (see draw-page.ts)
    maxImageSize: PICTURE_BUDGET_PIXELS,
    // a plain RGB JPEG is checked by libjpeg where the thread has it (see native-jpeg.ts)
    isImageDecoderSupported: true,
    ...pdfjsData(),
  });
  let doc: PdfDocument | undefined;
  const verdictOf = (verdict: PdfVerdict) => (keepIfBroken ? copyToRebuild(doc, verdict) : { verdict });
  try {
    doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    // a viewer other than Adobe's shows only the "Please wait…" page such a file carries
    if (doc.isPureXfa) return { verdict: { kind: 'xfa-only' } };
    const pages = doc.numPages;
    // pdf-parse visits every page number the file declares before the first page: see page-limit.ts
    if (pages > maxPages) return { verdict: pageTreeTooLarge(pages, maxPages) };
    // the page count is only what the file claims: a page tree with no page in it (empty, nulls,
    // a loop back to itself) claims pages that cannot be found
    if (
      pages === 0 ||
      !(await doc.getPage(1).then(
        () => true,
        () => false,
      ))
    )
      return verdictOf({ kind: 'no-pages', claimed: pages });
    let textChars = 0;
    let pagesRead = 0;
    let drawn = false;
    let pictures = false;
    const readText = async (page: number) => {
      const text = await parser.getText({ partial: [page] });
      textChars += countTextChars(text.pages);
      pagesRead += text.pages.length;
    };
    const draw = async (page: number) => {
      const drawing = await drawPage(doc!, page);
      drawn = drawing.paints;
      pictures ||= drawing.drawsPicture;
      return drawing;
    };
    /** reads one page: its text (from its drawing or extracted) and, while no page before drew anything, its drawing */
    const readPage = async (page: number): Promise<Reading | undefined> => {
      if (textChars > 0) {
        // text is found: reading more would only cost time, but the page tree is still walked that far
        await doc!.getPage(page);
        return undefined;
      }
      if (!textFirst && !drawn) {
        const drawing = await draw(page);
        if (drawing.warningsDecide) {
          const copy = await doc!.getData().catch(() => undefined);
          if (copy) return { verdict: { kind: 'damaged', detail: 'read again with its text first' }, textFirst: copy };
        }
        // damage found while extracting the text came first, as it did when the text was read first
        if (drawing.broken) {
          await readText(page);
          return verdictOf({ kind: 'page-broken', pages, page, detail: drawing.broken });
        }
        if (drawing.textChars >= TEXT_TRUSTED_FROM_DRAWING) {
          textChars += drawing.textChars;
          pagesRead++;
        } else await readText(page);
        return undefined;
      }
      await readText(page);
      // drawing decodes every picture (a colour A4 page scanned at 300 dpi, in JPEG: ~0.45 s of CPU,
      // over 1 s on a busy machine): page 1, and the next only after a page 1 that draws nothing (a blank cover)
      if (drawn) return undefined;
      const drawing = await draw(page);
      return drawing.broken ? verdictOf({ kind: 'page-broken', pages, page, detail: drawing.broken }) : undefined;
    };
    const shows = () => textChars > 0 || drawn;
    const lastPage = () => Math.min(pages, shows() ? PAGES_TO_READ : BLANK_PAGES_READ);
    /** pages from page 1 on that showed nothing */
    let blank = 0;
    for (let page = 1; page <= lastPage(); page++) {
      const stop = await readPage(page);
      if (stop) return stop;
      if (!shows()) blank = page;
    }
    // a reviewer scrolling through these pages sees nothing at all
    if (!shows()) return verdictOf({ kind: 'blank', pages, blank });
    const embedded = await doc.getAttachments().catch(() => null);
    const fields = await doc.getFieldObjects().catch(() => null);
    const meta = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    const allowed = await doc.getPermissions().catch(() => null);
    const verdict: PdfVerdict = {
      kind: 'read',
      pages,
      // null: not encrypted, or encrypted without restricting anything pdf.js knows of
      refused: allowed
        ? [...(allowed.includes(PRINT) ? [] : ['print' as const]), ...(allowed.includes(COPY) ? [] : ['copy' as const])]
        : [],
      textChars,
      pagesRead,
      pictures,
      blankFirst: blank,
      portfolio: meta.IsCollectionPresent === true,
      attachments: embedded ? Object.keys(embedded).length : 0,
      formFields: fields ? countFillableFields(fields) : 0,
    };
    return { verdict };
  } catch (error) {
    if (error instanceof PasswordException) return { verdict: { kind: 'password' } };
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof InvalidPDFException) return { verdict: { kind: 'invalid', detail } };
    return verdictOf({ kind: 'damaged', detail });
  } finally {
    await parser.destroy().catch(() => undefined);
    // pdf.js loads the rest of itself with the first document it opens
    restoreNativeArrayPush();
  }
}

const STARTXREF = Buffer.from('startxref');

/** Where the last "startxref" keyword is (-1: none): it says where the cross-reference begins. */
function startxrefAt(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(STARTXREF);
}

/** The bytes with the last startxref's offset turned to 0: pdf.js then finds no cross-reference and rebuilds it. */
function withoutCrossReference(bytes: Uint8Array): Uint8Array {
  let at = startxrefAt(bytes) + STARTXREF.length;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  for (; at < bytes.length && bytes[at]! >= 0x30 && bytes[at]! <= 0x39; at++) bytes[at] = 0x30;
  return bytes;
}

function countTextChars(pages: readonly { text: string }[]): number {
  return pages.reduce((sum, page) => sum + page.text.replace(PAGE_MARKER, '').replace(/\s+/g, '').length, 0);
}

/** Fields a reader could still type into; push buttons and signature boxes are not "unfilled forms". */
function countFillableFields(fields: Record<string, unknown[]>): number {
  let count = 0;
  for (const list of Object.values(fields)) {
    for (const field of list) {
      const type = (field as { type?: unknown }).type;
      if (type === 'text' || type === 'checkbox' || type === 'radiobutton' || type === 'combobox' || type === 'listbox') count++;
    }
  }
  return count;
}
