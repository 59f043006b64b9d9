/**
 * The programs some tests compare gecc with or open its output in: the reference readers
 * (poppler, MuPDF, libjpeg, qpdf, ImageMagick), LibreOffice and Chromium; and those the Windows
 * build is tried with (Wine, MinGW for the DLL Wine lacks, Info-ZIP's unzip, osslsigncode). A
 * test that needs one calls `needs(…)`; where a program is missing, each of its tests is skipped
 * with a note naming it, and the run ends with one line counting them (missing-tools-reporter.ts).
 */
import { spawnSync } from 'node:child_process';
import { beforeEach, type TestContext } from 'vitest';
import { CHROMIUM } from '../browser/chromium.js';

export type Tool =
  | 'pdftoppm'
  | 'mutool'
  | 'djpeg'
  | 'qpdf'
  | 'ImageMagick'
  | 'soffice'
  | 'chromium'
  | 'wine'
  | 'MinGW'
  | 'unzip'
  | 'osslsigncode';

/** How a skipped test's note starts when a program it needs is missing: the reporter looks for it. */
export const MISSING_NOTE = 'needs ';

const runs = (command: string, args: string[]): string | undefined =>
  spawnSync(command, args, { stdio: 'ignore' }).error === undefined ? command : undefined;

/**
 * ImageMagick's command by what it says it is: `magick` (ImageMagick 7), or `convert` when its
 * `-version` names ImageMagick. Any other `convert` on the PATH (Windows has one that converts
 * disks; a stand-in may convert PNG only) is not it.
 */
export function findImageMagick(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return ['magick', 'convert'].find((command) =>
    /^Version: ImageMagick /m.test(spawnSync(command, ['-version'], { encoding: 'utf8', env }).stdout ?? ''),
  );
}

const PROBES: Record<Tool, () => string | undefined> = {
  pdftoppm: () => runs('pdftoppm', ['-v']),
  mutool: () => runs('mutool', ['-v']),
  djpeg: () => runs('djpeg', ['-version']),
  qpdf: () => runs('qpdf', ['--version']),
  ImageMagick: () => findImageMagick(),
  soffice: () => runs('soffice', ['--version']),
  chromium: () => CHROMIUM,
  // Wine's programs and the server that ends them come in one package: both, or it is missing
  wine: () => (runs('wineserver', ['--version']) ? runs('wine', ['--version']) : undefined),
  MinGW: () => runs('x86_64-w64-mingw32-gcc', ['--version']),
  unzip: () => runs('unzip', ['-v']),
  osslsigncode: () => runs('osslsigncode', ['--version']),
};

const found = new Map<Tool, string | undefined>();

/** The command that runs the tool on this machine, or undefined where it is not installed (asked once per test file). */
export function command(tool: Tool): string | undefined {
  if (!found.has(tool)) found.set(tool, PROBES[tool]());
  return found.get(tool);
}

/**
 * Called in a describe block (or at the top of a file): where one of the tools is missing, every
 * test there is skipped with the note "needs <the missing ones>". True when all are installed,
 * for the work a block does before its tests (temporary folders, fixtures).
 */
export function needs(...tools: Tool[]): boolean {
  const missing = missingOf(tools);
  if (missing.length > 0) beforeEach((ctx) => skipWithout(ctx, ...missing));
  return missing.length === 0;
}

/** Called in one test: skips it, with the same note, where one of the tools is missing. */
export function skipWithout(ctx: TestContext, ...tools: Tool[]): void {
  const missing = missingOf(tools);
  if (missing.length > 0) ctx.skip(`${MISSING_NOTE}${missing.join(', ')}`);
}

const missingOf = (tools: Tool[]) => tools.filter((tool) => command(tool) === undefined);
