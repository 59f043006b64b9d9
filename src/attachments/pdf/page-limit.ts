import type { DeclaredObjects } from './declared-objects.js';
import type { PdfVerdict } from './pdf-verdict.js';

/**
 * pdf-parse looks at every page number a PDF declares before it reads page 1: ~35 ns a page, so
 * a 3 KB file whose page tree shares its nodes (each level's /Kids lists the next level twice)
 * and so declares 2^30 pages costs pdf.js 35 s, poppler nothing ("page count larger than number
 * of objects"). Each page of a real page tree is an object of its own: more pages than objects is
 * a broken tree, refused as poppler refuses it, before the walk. The fixed cap bounds the walk
 * (≤ ~50 ms) even when object streams declare more objects than they hold.
 */
const MAX_PAGES = 1_000_000;

/** How many pages a PDF may declare, from what its bytes hold. */
export function maxPagesOf(declared: DeclaredObjects): number {
  return Math.min(MAX_PAGES, declared.objects);
}

export function pageTreeTooLarge(pages: number, maxPages: number): PdfVerdict {
  const detail =
    maxPages >= MAX_PAGES
      ? `the page tree declares ${pages} pages, more than ${MAX_PAGES}`
      : `the page tree declares ${pages} pages but the file holds only ${maxPages} objects: its pages are shared or missing`;
  return { kind: 'damaged', detail };
}
