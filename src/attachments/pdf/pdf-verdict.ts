/**
 * What reading a PDF found, as plain data: it crosses from the worker thread to the main
 * thread, so it holds no classes or functions.
 */
export type PdfVerdict =
  | {
      kind: 'read';
      pages: number;
      /** an owner password restricts printing or copying (the file opens without a password) */
      restricted: boolean;
      /** characters of real text on the pages read (page markers not counted) */
      textChars: number;
      /** how many pages were read for text */
      pagesRead: number;
      /** a portfolio (PDF "collection"): the content sits in embedded files */
      portfolio: boolean;
      /** files embedded in the PDF */
      attachments: number;
      /** fill-in form fields left as fields (not flattened) */
      formFields: number;
    }
  /** a password is needed to open it */
  | { kind: 'password' }
  /** not a PDF a reader can open: empty, truncated, garbage */
  | { kind: 'invalid'; detail: string }
  /** it opens, but its pages or their content are broken */
  | { kind: 'damaged'; detail: string }
  /** reading took longer than the time limit (a compression bomb, or a badly broken file) */
  | { kind: 'timeout'; seconds: number }
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
