import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The data files pdf.js reads, as paths (pdf.js in Node reads them with fs; they must end in "/"). */
export interface PdfjsData {
  cMapUrl?: string;
  cMapPacked?: boolean;
  wasmUrl?: string;
}

let found: PdfjsData | undefined;

/**
 * The character maps (CID fonts: Japanese, Chinese, Korean text through predefined CMaps) and the
 * decoders compiled to WebAssembly (JPEG 2000 pictures) that ship in pdfjs-dist: without them
 * pdf.js loses the text of CID fonts and the pictures of JPEG 2000 scans. Each is read only by a
 * PDF that needs it. Found next to the pdfjs-dist that pdf-parse itself loads; offline, from disk.
 *
 * Not the standard 14 fonts' outlines (standard_fonts/): pdf.js knows their widths and encodings
 * without them, so the text it extracts is the same (compared on every example PDF, Symbol and
 * ZapfDingbats too), while loading them for every PDF that names Helvetica or Times tripled the
 * * CPU time of reading a small text PDF (measured on the 104 example PDFs, pages drawn: 190 → 450 ms
 * CPU). Without them
 * pdf.js warns "Ensure that the standardFontDataUrl API parameter is provided": that changes
 * nothing gecc judges.
 */
export function pdfjsData(): PdfjsData {
  if (found) return found;
  found = {};
  try {
    const fromParser = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const root = path.dirname(fromParser.resolve('pdfjs-dist/package.json'));
    const folder = (name: string) => (existsSync(path.join(root, name)) ? `${path.join(root, name)}/` : undefined);
    const cMapUrl = folder('cmaps');
    const wasmUrl = folder('wasm');
    if (cMapUrl) found = { ...found, cMapUrl, cMapPacked: true };
    if (wasmUrl) found = { ...found, wasmUrl };
  } catch {
    // an unusual install: pdf.js then reads without them, as before
  }
  return found;
}
