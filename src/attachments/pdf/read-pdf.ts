import { restoreNativeArrayPush } from './native-array-push.js';
import { pageTreeTooLarge } from './page-limit.js';
import { PAGES_TO_READ, type PdfVerdict } from './pdf-verdict.js';

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
  getPage(number: number): Promise<unknown>;
  getMetadata(): Promise<{ info?: unknown }>;
  getAttachments(): Promise<Record<string, unknown> | null>;
  getFieldObjects(): Promise<Record<string, unknown[]> | null>;
}

// pdf-parse prints "page i of n" markers into every page's text; they are not content
const PAGE_MARKER = /--\s*\d+\s+of\s+\d+\s*--/g;

/**
 * Reads a PDF the way a reviewer's viewer would: opens it, counts pages, extracts the first
 * page's text (which walks the page tree and decodes content streams: that is what finds
 * damage), the next page's too while none is found (a blank or picture cover page does not make
 * a document a scan), and looks for what reviewers stumble over. Meant to run in a worker
 * thread; `warnings` is what pdf.js printed meanwhile (the worker collects it). Takes the bytes
 * over: bytes that fill their whole memory are empty afterwards.
 */
export async function readPdf(
  bytes: Uint8Array,
  warnings: readonly string[] = [],
  maxPages = Number.POSITIVE_INFINITY,
): Promise<PdfVerdict> {
  const { PDFParse, PasswordException, InvalidPDFException } = await loadPdfParse();
  // pdf.js takes over (empties) bytes that fill their whole memory, as they arrive from the pool,
  // without a copy; given a Buffer, pdf-parse would copy them first. Every copy of every PDF is
  // memory the garbage collector then has to account for
  const parser = new PDFParse({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    isEvalSupported: false,
    verbosity: 1,
  });
  try {
    // pdf-parse visits every page number the file declares before the first page: see page-limit.ts
    const declared = (await (parser as unknown as { load(): Promise<PdfDocument> }).load()).numPages;
    if (declared > maxPages) return pageTreeTooLarge(declared, maxPages);
    // getText loads the document; its metadata is then read directly (getInfo also reads outlines and labels)
    const text = await parser.getText({ partial: [1] });
    const pages = text.total;
    const doc = (parser as unknown as { doc?: PdfDocument }).doc;
    let textChars = countTextChars(text.pages);
    let pagesRead = text.pages.length;
    for (let page = 2; page <= Math.min(PAGES_TO_READ, pages); page++) {
      if (textChars > 0) {
        // text is found: extracting more would only cost time, but the page tree is still walked that far
        await doc?.getPage(page);
        continue;
      }
      const more = await parser.getText({ partial: [page] });
      textChars += countTextChars(more.pages);
      pagesRead += more.pages.length;
    }
    // pdf.js skips a content stream it cannot decode with a warning: with no text at all, the page is lost
    const broken = warnings.find((w) => /Invalid stream|FormatError|Bad (FCHECK|FDICT|block)|Unknown compression/i.test(w));
    if (textChars === 0 && broken) return { kind: 'damaged', detail: broken.replace(/^Warning:\s*/, '').slice(0, 200) };
    const embedded = doc ? await doc.getAttachments().catch(() => null) : null;
    const fields = doc ? await doc.getFieldObjects().catch(() => null) : null;
    const meta = ((doc ? (await doc.getMetadata()).info : undefined) ?? {}) as Record<string, unknown>;
    return {
      kind: 'read',
      pages,
      restricted: meta.EncryptFilterName != null,
      textChars,
      pagesRead,
      portfolio: meta.IsCollectionPresent === true,
      attachments: embedded ? Object.keys(embedded).length : 0,
      formFields: fields ? countFillableFields(fields) : 0,
    };
  } catch (error) {
    if (error instanceof PasswordException) return { kind: 'password' };
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof InvalidPDFException) return { kind: 'invalid', detail };
    return { kind: 'damaged', detail };
  } finally {
    await parser.destroy().catch(() => undefined);
    // pdf.js loads the rest of itself with the first document it opens
    restoreNativeArrayPush();
  }
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
