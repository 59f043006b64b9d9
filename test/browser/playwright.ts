/**
 * Debian's Chromium driven by playwright-core, for the editing page: real clicks, typing, file
 * choosers and drops. Never a browser of playwright's own: the installed one, by its path.
 */
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM, QUIET } from './chromium.js';

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('no Chromium');
  // playwright starts it headless itself, with a fresh profile of its own
  return chromium.launch({ executablePath: CHROMIUM, args: QUIET.filter((flag) => flag !== '--headless'), timeout: 60_000 });
}
