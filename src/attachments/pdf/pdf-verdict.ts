/**
 * What reading a PDF found, as plain data: it crosses from the worker thread to the main
 * thread, so it holds no classes or functions.
 */
export type PdfVerdict =
  | {
      kind: 'read';
      pages: number;
      /** what an owner password refuses that a reviewer would notice (the file opens without a password) */
      refused: ('print' | 'copy')[];
      /** characters of real text on the pages read (page markers not counted) */
      textChars: number;
      /** how many pages were read for text */
      pagesRead: number;
      /** a page read draws a picture (a scan draws one; text turned into shapes does not) */
      pictures: boolean;
      /** pages from page 1 on that show nothing (no text, nothing drawn) before the first that does */
      blankFirst: number;
      /** a portfolio (PDF "collection"): the content sits in embedded files */
      portfolio: boolean;
      /** files embedded in the PDF */
      attachments: number;
      /** fill-in form fields left as fields (not flattened) */
      formFields: number;
    }
  /** it opens, but has no page to show (`claimed`: the page count the file states) */
  | { kind: 'no-pages'; claimed: number }
  /**
   * the pages read, from page 1 on, show nothing: no text, nothing drawn (a page without content,
   * or one pdf.js found where poppler and MuPDF find none). `blank` pages were looked at: all of
   * them when `blank` equals `pages`
   */
  | { kind: 'blank'; pages: number; blank: number }
  /** an XFA form and nothing else: viewers other than Adobe's show only a "Please wait…" page */
  | { kind: 'xfa-only' }
  /** a page read cannot be shown: its content or a picture on it cannot be decoded */
  | { kind: 'page-broken'; pages: number; page: number; detail: string }
  /** a password is needed to open it */
  | { kind: 'password' }
  /** not a PDF a reader can open: empty, truncated, garbage */
  | { kind: 'invalid'; detail: string }
  /** it opens, but its pages or their content are broken */
  | { kind: 'damaged'; detail: string }
  /** its thread worked the whole time limit on it (a compression bomb, or a badly broken file) */
  | { kind: 'timeout'; seconds: number }
  /**
   * not read when the clock's backstop came, its thread having worked less than the time limit:
   * the machine was too busy to read it (`seconds`: by the clock). Nothing is known of the file
   */
  | { kind: 'too-slow'; seconds: number }
  /** an image declares more pixels than a viewer can show without hanging (see declared-objects.ts) */
  | { kind: 'image-too-large'; width: number; height: number; megabytes: number }
  /** reading needed more memory than gecc allows itself */
  | { kind: 'too-much-memory'; megabytes: number }
  /** the reader itself failed (its thread stopped) */
  | { kind: 'reader-failed'; detail: string };

/** A verdict as the pool hands it over: with the file's SHA-256 when the thread got that far. */
export type PdfAnswer = PdfVerdict & { sha256?: string };

/**
 * How many pages are read for text at most: the next only while those before had none. Enough to
 * tell a scan from a document with a blank cover; the page tree is walked that far in any case.
 */
export const PAGES_TO_READ = 2;
/**
 * While the pages read show nothing at all (no text, nothing drawn), the next is read and drawn,
 * up to this many: a document whose first pages are blank is told from one with no page to see.
 * A blank page costs a few milliseconds.
 */
export const BLANK_PAGES_READ = 20;
