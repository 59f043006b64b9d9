import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** What the installed command takes from the bundled command line. */
export interface Bundle {
  run: (argv: readonly string[]) => Promise<number>;
  startPdfThreadsEarly: () => void;
}

/**
 * Loads the bundled command line (dist/bundle/main.cjs, one script) with V8's compiled code kept
 * between runs in `folder`, on Node versions without a compile cache of their own (Node 20;
 * Node 22.1 and later keep it themselves, see bin/gecc.js). Compiling gecc was most of what a
 * re-check of an unchanged application cost: with the kept code, 0.07 → 0.02 s. Code kept by
 * another version of gecc or of Node is refused by V8 (it checks the source and its own version)
 * and made again; `keep` writes it once the run has used the code it needed, so that the code
 * compiled while running is kept too.
 */
export function loadBundle(file: string, folder: string | undefined): { bundle: Bundle; keep: () => void } {
  const source = readFileSync(file, 'utf8');
  const info = statSync(file);
  const kept = folder && path.join(folder, `main-${info.size}-${Math.trunc(info.mtimeMs)}.v8`);
  let cachedData: Buffer | undefined;
  try {
    if (kept) cachedData = verified(readFileSync(kept));
  } catch {
    // nothing kept yet
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
  const keep = () => {
    if (!kept || (cachedData && !script.cachedDataRejected)) return;
    try {
      mkdirSync(folder, { recursive: true });
      // code of earlier builds is never asked for again, but two installs of gecc may share the
      // folder: the two most recent besides this one stay
      const others = readdirSync(folder)
        .filter((name) => /^main-.*\.v8$/.test(name) && path.join(folder, name) !== kept)
        .map((name) => ({
          file: path.join(folder, name),
          time: statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0,
        }))
        .sort((a, b) => b.time - a.time);
      for (const { file: old } of others.slice(2)) rmSync(old, { force: true });
      const temporary = `${kept}.${randomBytes(6).toString('hex')}.tmp`;
      const code = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([digest(code), code]), { flag: 'wx' });
      renameSync(temporary, kept);
    } catch {
      // not kept: the next run compiles again
    }
  };
  return { bundle: module.exports, keep };
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/**
 * The kept code if it is whole: V8 refuses code of another version or source, but trusts the
 * bytes themselves (measured: code with a few bytes changed stops Node with a fatal error), so
 * they are kept behind their SHA-256 and checked before V8 sees them.
 */
function verified(file: Buffer): Buffer | undefined {
  const code = file.subarray(32);
  return file.length > 32 && digest(code).equals(file.subarray(0, 32)) ? code : undefined;
}
