import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_CATALOGUE_BYTES, shippedEditions } from '../criteria/load-catalogue.js';
import { PACKAGE_VERSION, packagePath } from '../package-root.js';
import { readRegularFileSync } from '../read-regular-file.js';

/** Packages whose behaviour decides an attachment's verdict. */
const READERS = ['pdf-parse', 'pdfjs-dist', 'file-type', 'sharp'];
/** Packages whose behaviour decides how the answers are read (bundled into the command line, loaded from the install by library users). */
const ANSWER_READERS = ['yaml', 'zod'];

let identity: string | undefined;

/**
 * What a cached verdict was made by: gecc's version, the code that inspects attachments (any
 * change to it, even without a new version number, makes every verdict read again) and the
 * versions of the readers it uses (installed apart from gecc: read at every start).
 */
export function readerIdentity(): string {
  if (identity) return identity;
  const hash = createHash('sha256').update(PACKAGE_VERSION).update(codeHashes().attachments);
  for (const [name, version] of Object.entries(readerVersions())) hash.update(`${name}@${version}`);
  identity = hash.digest('hex').slice(0, 32);
  return identity;
}

let checker: string | undefined;

/**
 * What a whole application's result was made by: the readers (readerIdentity), all of gecc's code,
 * and the shipped catalogues (data a division may edit where gecc is installed: their bytes are
 * read at every start, being small; a size and a time can stay the same through an edit).
 */
export function checkerIdentity(): string {
  if (checker) return checker;
  const hash = createHash('sha256').update(readerIdentity()).update(codeHashes().all);
  for (const name of ANSWER_READERS) hash.update(`${name}@${installedVersion(name)}`);
  for (const edition of shippedEditions()) {
    hash.update(`${edition}\0`);
    try {
      hash.update(readRegularFileSync(packagePath('criteria', `${edition}.json`), MAX_CATALOGUE_BYTES));
    } catch (error) {
      // loading it fails the same way: no result of it is kept
      hash.update(`unreadable ${(error as NodeJS.ErrnoException).code}`);
    }
    hash.update('\0');
  }
  checker = hash.digest('hex').slice(0, 32);
  return checker;
}

interface CodeHashes {
  /** the code that inspects attachments */
  attachments: string;
  /** all of it */
  all: string;
}

/** How this code runs: from its sources (tests), as the bundled command line, or as the built modules (a library's users). */
const RUNNING: 'sources' | 'bundle' | 'modules' = import.meta.url.endsWith('.ts')
  ? 'sources'
  : import.meta.url.endsWith('.cjs')
    ? 'bundle'
    : 'modules';

let loadedBundle: string | undefined;

/**
 * Told by the loader of the bundled command line (src/cli/load-bundle.ts, on Node 20) the SHA-256
 * of the bytes it compiled: the code that runs, whatever the file holds by the time it is asked.
 */
export function bundleHashed(sha256: string): void {
  loadedBundle = sha256;
}

let code: CodeHashes | undefined;

/**
 * The fingerprints of the code that runs, taken from its bytes, never from a file written beside
 * them (a build in part, `npm run bundle` or `tsc` alone, or a fix made by hand would leave such a
 * file stale). The command line runs the bundle (hashed as loaded: on Node 20 the loader tells its
 * hash; Node 22 and later load it themselves, and it is read again) and its reading threads run
 * the built modules of dist/attachments/; a library's users run dist/'s modules; tests, the sources.
 */
function codeHashes(): CodeHashes {
  if (code) return code;
  if (RUNNING === 'bundle') {
    const bundle =
      loadedBundle ??
      createHash('sha256')
        .update(readFileSync(fileURLToPath(import.meta.url)))
        .digest('hex');
    const threads = hashCode(packagePath('dist', 'attachments')).all;
    // the bundle holds the code that inspects attachments as well as everything else
    const both = createHash('sha256').update(`${bundle}\0${threads}`).digest('hex');
    code = { attachments: both, all: both };
  } else code = hashCode(packagePath(RUNNING === 'sources' ? 'src' : 'dist'));
  return code;
}

/** Hashes of the code files below `root` (the bundled command line and type declarations aside: neither runs as a module). */
function hashCode(root: string): CodeHashes {
  const attachments = createHash('sha256');
  const all = createHash('sha256');
  for (const file of filesBelow(root)) {
    if (file.startsWith('bundle/') || file.endsWith('.d.ts')) continue;
    const bytes = readFileSync(path.join(root, file));
    all.update(`${file}\0`).update(bytes);
    if (file.startsWith('attachments/')) attachments.update(`${file.slice('attachments/'.length)}\0`).update(bytes);
  }
  return { attachments: attachments.digest('hex'), all: all.digest('hex') };
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
    .filter((entry) => entry.isFile() && /\.(js|cjs|ts|json|wasm)$/.test(entry.name))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
