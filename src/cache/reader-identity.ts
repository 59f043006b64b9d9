import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_VERSION, packagePath } from '../package-root.js';

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
 * and the shipped catalogues (data a division may edit where gecc is installed: known by name,
 * size and time of change at every start).
 */
export function checkerIdentity(): string {
  if (checker) return checker;
  const hash = createHash('sha256').update(readerIdentity()).update(codeHashes().all);
  for (const name of ANSWER_READERS) hash.update(`${name}@${installedVersion(name)}`);
  const criteria = packagePath('criteria');
  for (const file of filesBelow(criteria)) {
    const info = statSync(path.join(criteria, file));
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\0`);
  }
  checker = hash.digest('hex').slice(0, 32);
  return checker;
}

/** The build's fingerprints of its own code, written once by `npm run build` (writeCodeIdentity). */
const CODE_IDENTITY_FILE = 'code-identity.json';

interface CodeHashes {
  /** the code that inspects attachments */
  attachments: string;
  /** all of it */
  all: string;
}

const fromSources = import.meta.url.endsWith('.ts');
let code: CodeHashes | undefined;

/**
 * The sources under test, the build when installed (the bundled command line runs the build's
 * threads). The build's are read from the file the build wrote: hashing its 2.6 MB again cost a
 * tenth of a re-check; without that file, they are hashed here.
 */
function codeHashes(): CodeHashes {
  if (code) return code;
  if (!fromSources) {
    try {
      const written = JSON.parse(readFileSync(packagePath('dist', CODE_IDENTITY_FILE), 'utf8')) as Partial<CodeHashes>;
      if (typeof written.attachments === 'string' && typeof written.all === 'string') {
        code = { attachments: written.attachments, all: written.all };
        return code;
      }
    } catch {
      // not written (a build by hand): hashed below
    }
  }
  code = hashCode(packagePath(fromSources ? 'src' : 'dist'));
  return code;
}

function hashCode(root: string): CodeHashes {
  const attachments = createHash('sha256');
  const all = createHash('sha256');
  for (const file of filesBelow(root)) {
    if (file === CODE_IDENTITY_FILE) continue;
    const bytes = readFileSync(path.join(root, file));
    all.update(file).update(bytes);
    if (file.startsWith('attachments/')) attachments.update(file.slice('attachments/'.length)).update(bytes);
  }
  return { attachments: attachments.digest('hex'), all: all.digest('hex') };
}

/** Run by `npm run build` once dist/ is complete: the fingerprints of the build, for every start to read. */
export function writeCodeIdentity(): void {
  writeFileSync(packagePath('dist', CODE_IDENTITY_FILE), `${JSON.stringify(hashCode(packagePath('dist')))}\n`);
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
