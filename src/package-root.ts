import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder the package is installed in. Both `src/` (tests) and `dist/` (the built CLI) sit
 * one level below it, so assets are found relative to the code, never the current directory.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/[\\/]$/, ''), ...parts].join('/');
}

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
