import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_VERSION, packagePath } from '../package-root.js';

/** Packages whose behaviour decides an attachment's verdict. */
const READERS = ['pdf-parse', 'pdfjs-dist', 'file-type'];

let identity: string | undefined;

/**
 * What a cached verdict was made by: gecc's version, the code that inspects attachments (any
 * change to it, even without a new version number, makes every verdict read again) and the
 * versions of the readers it uses.
 */
export function readerIdentity(): string {
  if (identity) return identity;
  const hash = createHash('sha256').update(PACKAGE_VERSION);
  // the sources under test, the build when installed (the bundled command line runs the build's threads)
  const code = packagePath(import.meta.url.endsWith('.ts') ? 'src' : 'dist', 'attachments');
  for (const file of filesBelow(code)) hash.update(file).update(readFileSync(path.join(code, file)));
  for (const [name, version] of Object.entries(readerVersions())) hash.update(`${name}@${version}`);
  identity = hash.digest('hex').slice(0, 32);
  return identity;
}

/** The installed version of each package whose behaviour decides a verdict ('?' where none is found). */
export function readerVersions(): Record<string, string> {
  return Object.fromEntries(READERS.map((name) => [name, installedVersion(name)]));
}

/**
 * A package's version, from the package.json of the folder Node would load it from (the nearest
 * node_modules above this code that holds it): read directly, as resolving its entry point costs
 * more than the rest of the identity together.
 */
function installedVersion(name: string): string {
  for (let folder = path.dirname(fileURLToPath(import.meta.url)); ; folder = path.dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'node_modules', name, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '?';
    } catch {
      // not installed at this level: look further up
    }
    if (path.dirname(folder) === folder) return '?';
  }
}

function filesBelow(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && /\.(js|ts|json|wasm)$/.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
