import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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
  for (const name of READERS) hash.update(`${name}@${installedVersion(name)}`);
  identity = hash.digest('hex').slice(0, 32);
  return identity;
}

/** A package's version, from the package.json above its entry point (not all export that file). */
function installedVersion(name: string): string {
  try {
    let folder = path.dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? '?';
      } catch {
        // no package.json at this level: look further up
      }
      const parent = path.dirname(folder);
      if (parent === folder) return '?';
      folder = parent;
    }
  } catch {
    return '?';
  }
}

function filesBelow(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && /\.(js|ts|json|wasm)$/.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
