import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder the package is installed in: the nearest one above this code that holds gecc's
 * package.json. `src/` (tests), `dist/` (the build) and the bundled command line in `dist/bundle/`
 * all find it, and assets are found relative to it, never to the current directory.
 */
export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gecc') return folder;
    if (path.dirname(folder) === folder) return path.dirname(from);
  }
}

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/[\\/]$/, ''), ...parts].join('/');
}

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
