import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { isStale, makeFolderSync } from '../cache/folder-upkeep.js';
import { readRegularFileSync } from '../read-regular-file.js';

/** What the installed command takes from the bundled command line. */
export interface Bundle {
  run: (argv: readonly string[]) => Promise<number>;
  startPdfThreadsEarly: () => void;
  /** tells the bundle the SHA-256 of the bytes it was compiled from: what names the results it keeps */
  bundleHashed: (sha256: string) => void;
}

/** V8's code for the bundle is about its size (~1 MB for 0.85 MB): anything far larger is not it */
const KEPT_PER_SOURCE_BYTE = 4;

/**
 * Loads the bundled command line (dist/bundle/main.cjs, one script) with V8's compiled code kept
 * between runs in `folder`, on Node versions without a compile cache of their own (Node 20;
 * Node 22.1 and later keep it themselves, see bin/gecc.js). Compiling gecc was most of what a
 * re-check of an unchanged application cost: with the kept code, 0.07 → 0.02 s. V8 checks only
 * the length of the source kept code was made from (and its own version and flags), and runs
 * code made from other source of the same length: the kept code is named by the SHA-256 of the
 * very bytes compiled, and by this Node and the flags it runs with (code V8 still refuses, made
 * for another processor, is made again). `keep` writes it once the run has used the code it
 * needed, so that the code compiled while running is kept too.
 */
export function loadBundle(file: string, folder: string | undefined): { bundle: Bundle; keep: () => void } {
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = bytes.toString('utf8');
  // V8's flags come from both (node:v8's own tag of them costs more to load than this whole name)
  const flags = JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']);
  const made = createHash('sha256').update(`${process.version}\0${process.arch}\0${flags}\0${sha256}`).digest('hex').slice(0, 40);
  const kept = folder && path.join(folder, `main-${made}.v8`);
  let cachedData: Buffer | undefined;
  try {
    // a FIFO there would block every start, a huge file take the memory: only a plain file of
    // the size such code has is read
    if (kept) cachedData = verified(readRegularFileSync(kept, KEPT_PER_SOURCE_BYTE * bytes.length));
  } catch {
    // nothing kept yet, or nothing usable
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Bundle };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
  );
  module.exports.bundleHashed(sha256);
  const keep = () => {
    if (!folder || !kept || (cachedData && !script.cachedDataRejected)) return;
    const temporary = `${kept}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      makeFolderSync(folder);
      removeOldCode(folder, kept);
      const code = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([digest(code), code]), { flag: 'wx' });
      renameSync(temporary, kept);
    } catch {
      // not kept: the next run compiles again
      rmSync(temporary, { force: true });
    }
  };
  return { bundle: module.exports, keep };
}

/**
 * Code of earlier builds is never asked for again, but two installs of gecc (or two Node
 * versions) may share the folder: the two most recent besides `kept` stay. Temporary files left
 * by a run stopped while writing go once they are old.
 */
function removeOldCode(folder: string, kept: string): void {
  const aged = (name: string) => ({
    file: path.join(folder, name),
    time: statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs,
  });
  const names = readdirSync(folder).filter((name) => name.startsWith('main-'));
  for (const { file, time } of names.filter((name) => name.endsWith('.tmp')).map(aged)) if (isStale(time)) rmSync(file, { force: true });
  const others = names
    .filter((name) => name.endsWith('.v8') && path.join(folder, name) !== kept)
    .map(aged)
    .sort((a, b) => (b.time ?? 0) - (a.time ?? 0));
  for (const { file: old } of others.slice(2)) rmSync(old, { force: true });
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/**
 * The kept code if it is whole: V8 refuses code of another version or length of source, but
 * trusts the bytes themselves (measured: code with a few bytes changed stops Node with a fatal
 * error), so they are kept behind their SHA-256 and checked before V8 sees them.
 */
function verified(file: Buffer): Buffer | undefined {
  const code = file.subarray(32);
  return file.length > 32 && digest(code).equals(file.subarray(0, 32)) ? code : undefined;
}
