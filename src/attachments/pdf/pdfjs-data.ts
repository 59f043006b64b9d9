import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The data files pdf.js reads, as paths (pdf.js in Node reads them with fs; they must end in "/"). */
export interface PdfjsData {
  cMapUrl?: string;
  cMapPacked?: boolean;
  standardFontDataUrl?: string;
  wasmUrl?: string;
}

let found: PdfjsData | undefined;

/**
 * The character maps (CID fonts: Japanese, Chinese, Korean text through predefined CMaps), the
 * standard 14 fonts' data (PDFs that name Helvetica or Times without embedding it) and the
 * decoders compiled to WebAssembly (JPEG 2000 images) that ship in pdfjs-dist. Without them
 * pdf.js loses the text of CID fonts and the pictures of JPEG 2000 scans. Found next to the
 * pdfjs-dist that pdf-parse itself loads; offline, read from disk.
 */
export function pdfjsData(): PdfjsData {
  if (found) return found;
  found = {};
  try {
    const fromParser = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const root = path.dirname(fromParser.resolve('pdfjs-dist/package.json'));
    const folder = (name: string) => (existsSync(path.join(root, name)) ? `${path.join(root, name)}/` : undefined);
    const cMapUrl = folder('cmaps');
    const standardFontDataUrl = folder('standard_fonts');
    const wasmUrl = folder('wasm');
    if (cMapUrl) found = { ...found, cMapUrl, cMapPacked: true };
    if (standardFontDataUrl) found = { ...found, standardFontDataUrl };
    if (wasmUrl) found = { ...found, wasmUrl };
  } catch {
    // an unusual install: pdf.js then reads without them, as before
  }
  return found;
}
