/** Headless Chromium for the print tests: Debian's package, run with a fresh profile each time. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to print with, or undefined where none is installed (the tests then skip). */
export const CHROMIUM: string | undefined = [process.env.GECC_CHROMIUM, ...CANDIDATES].find(
  (file): file is string => typeof file === 'string' && file !== '' && fs.existsSync(file),
);

// no network, no first-run work, no background services: a quiet, offline browser
export const QUIET = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function chromium(args: string[]): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-chromium-'));
  return new Promise<void>((resolve, reject) => {
    execFile(CHROMIUM!, [...QUIET, `--user-data-dir=${profile}`, ...args], { timeout: 90_000 }, (error, _stdout, stderr) => {
      // a helper process still writing into the profile must not fail the print (nor, thrown from
      // here, the whole run)
      try {
        fs.rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
      } catch {}
      if (error) reject(new Error(`chromium failed: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}

/** Prints an HTML file as Chromium's "Save as PDF" does, without header or footer. */
export async function printToPdf(htmlFile: string, pdfFile: string): Promise<Buffer> {
  await chromium([`--print-to-pdf=${pdfFile}`, '--no-pdf-header-footer', pathToFileURL(htmlFile).href]);
  return fs.readFileSync(pdfFile);
}

/** A screenshot of the top of the page, about A4's width at 150 dpi. */
export async function screenshot(htmlFile: string, pngFile: string): Promise<Buffer> {
  await chromium([`--screenshot=${pngFile}`, '--window-size=1240,1754', '--hide-scrollbars', pathToFileURL(htmlFile).href]);
  return fs.readFileSync(pngFile);
}
