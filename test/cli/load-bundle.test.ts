/**
 * The bundled command line loaded with V8's compiled code kept between runs (Node 20 has no
 * compile cache of its own): the code is kept once and used next time; code that is damaged, cut
 * short or foreign is never given to V8 (which would stop Node with a fatal error on changed
 * bytes) and is made again. Each load runs in a process of its own: within one process V8 reuses
 * what it compiled before and never looks at the kept code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(removeTempDirs);

const BUNDLE = path.join(PACKAGE_ROOT, 'dist', 'bundle', 'main.cjs');
const LOADER = pathToFileURL(path.join(PACKAGE_ROOT, 'dist', 'cli', 'load-bundle.js')).href;

/** Loads the bundle in a new Node process with code kept in `folder`, and keeps it. */
function loadOnce(folder: string, nodeArgs: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const script = `const { loadBundle } = await import(${JSON.stringify(LOADER)});
const { bundle, keep } = loadBundle(${JSON.stringify(BUNDLE)}, ${JSON.stringify(folder)});
keep();
process.stdout.write(typeof bundle.run + ' ' + typeof bundle.startPdfThreadsEarly);`;
  return spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: childEnv(),
  });
}

const keptFile = (folder: string) => {
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.v8'));
  expect(names).toHaveLength(1);
  return path.join(folder, names[0]!);
};
const whole = (file: string) => {
  const bytes = fs.readFileSync(file);
  return createHash('sha256').update(bytes.subarray(32)).digest().equals(bytes.subarray(0, 32));
};

describe.runIf(fs.existsSync(BUNDLE))('the bundled command line with its compiled code kept', () => {
  it('keeps the code once, behind its hash, then loads with it and writes nothing again', () => {
    const folder = path.join(tempDir(), 'compiled');
    expect(loadOnce(folder)).toMatchObject({ status: 0, stdout: 'function function', stderr: '' });
    const file = keptFile(folder);
    expect(whole(file)).toBe(true);
    const written = fs.readFileSync(file);
    expect(loadOnce(folder)).toMatchObject({ status: 0, stdout: 'function function', stderr: '' });
    expect(fs.readFileSync(file).equals(written)).toBe(true);
  }, 60_000);

  it('never gives V8 code that is damaged, cut short or not its own: it loads all the same, and keeps whole code anew', () => {
    const folder = path.join(tempDir(), 'compiled');
    loadOnce(folder);
    const file = keptFile(folder);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good).fill(0, 5_000, 6_000);
    const foreign = Buffer.concat([createHash('sha256').update('x').digest(), Buffer.alloc(1000, 7)]);
    for (const bad of [flipped, good.subarray(0, good.length >> 1), foreign, Buffer.alloc(0)]) {
      fs.writeFileSync(file, bad);
      expect(loadOnce(folder)).toMatchObject({ status: 0, stdout: 'function function', stderr: '' });
      expect(whole(keptFile(folder))).toBe(true);
    }
  }, 120_000);

  it('keeps the code of each set of flags apart (V8 refuses code made with other flags: two would overwrite each other)', () => {
    const folder = path.join(tempDir(), 'compiled');
    expect(loadOnce(folder)).toMatchObject({ status: 0, stdout: 'function function' });
    expect(loadOnce(folder, ['--max-old-space-size=2048'])).toMatchObject({ status: 0, stdout: 'function function' });
    const kept = fs.readdirSync(folder).filter((name) => name.endsWith('.v8'));
    expect(kept).toHaveLength(2);
    const written = kept.map((name) => fs.readFileSync(path.join(folder, name)));
    // each is used again by its own, and neither is written anew
    loadOnce(folder);
    loadOnce(folder, ['--max-old-space-size=2048']);
    expect(kept.map((name) => fs.readFileSync(path.join(folder, name)))).toEqual(written);
  }, 120_000);

  it('loads without a folder to keep code in', () => {
    const script = `const { loadBundle } = await import(${JSON.stringify(LOADER)});
const { bundle, keep } = loadBundle(${JSON.stringify(BUNDLE)}, undefined);
keep();
process.stdout.write(typeof bundle.run);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
      env: childEnv(),
    });
    expect(result).toMatchObject({ status: 0, stdout: 'function', stderr: '' });
  }, 60_000);
});
