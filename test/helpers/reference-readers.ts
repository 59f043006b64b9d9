/**
 * The reference readers of PDFs, where they are installed: qpdf (qpdf --check), poppler
 * (pdftoppm) and MuPDF (mutool draw). Page 1 is drawn in gray at 20 dpi by both viewers, and
 * what they print is kept along with how much of the page they draw dark: a page both draw
 * without ink is blank to a reviewer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Tool } from './reference-tools.js';

/** The programs drawPage1 runs: a block of tests that uses it calls `needs(...PDF_READERS)`. */
export const PDF_READERS: Tool[] = ['qpdf', 'pdftoppm', 'mutool'];

export interface PageDrawn {
  /** what qpdf --check says: its exit status, whether the file is linearized, whether it found no error */
  qpdf: string;
  /** what poppler printed (and its exit status when not 0) */
  poppler: string;
  /** what MuPDF printed (and its exit status when not 0; its progress and its note that it lacks ICC support left out) */
  mupdf: string;
  /** pixels darker than mid-gray that poppler drew on page 1; -1: it drew no page */
  popplerInk: number;
  /** the same for MuPDF */
  mupdfInk: number;
}

/** Gives the file to each reader, in a folder of its own removed afterwards. */
export function drawPage1(bytes: Buffer): PageDrawn {
  const dir = mkdtempSync(path.join(tmpdir(), 'gecc-readers-'));
  try {
    const file = path.join(dir, 'case.pdf');
    writeFileSync(file, bytes);
    const env = { PATH: process.env.PATH ?? '', LANG: 'C' };
    const run = (tool: string, args: string[]) => spawnSync(tool, args, { encoding: 'utf8', env });
    const qpdf = run('qpdf', ['--check', file]);
    const poppler = run('pdftoppm', ['-r', '20', '-gray', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'poppler')]);
    const mupdf = run('mutool', ['draw', '-r', '20', '-c', 'gray', '-o', path.join(dir, 'mupdf.pgm'), file, '1']);
    const said = (done: typeof qpdf) =>
      `${done.status === 0 ? '' : `exit ${done.status} `}${done.stderr}`
        .replace(/^warning: ICC support is not available\n?/m, '')
        .replaceAll(`page ${file} 1`, '')
        .trim();
    return {
      qpdf: `${qpdf.status} ${/File is (not )?linearized/.exec(qpdf.stdout)?.[0]} ${/No syntax or stream encoding errors found/.test(qpdf.stdout)}`,
      poppler: said(poppler),
      mupdf: said(mupdf),
      popplerInk: ink(path.join(dir, 'poppler.pgm')),
      mupdfInk: ink(path.join(dir, 'mupdf.pgm')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pixels darker than mid-gray in a binary PGM (P5) picture; -1 when there is none. */
function ink(file: string): number {
  if (!existsSync(file)) return -1;
  const pgm = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) return -1;
  return pgm.subarray(header[0].length).filter((p) => p < 128).length;
}
