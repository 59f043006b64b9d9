/**
 * What the bundled command line carries: every byte of it is loaded at every start, so what no
 * run uses stays out; and it runs as a script (src/cli/load-bundle.ts), so nothing in it may load
 * a module with import().
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';

const bundle = path.join(PACKAGE_ROOT, 'dist', 'bundle');
const text = () =>
  fs
    .readdirSync(bundle)
    .filter((name) => name.endsWith('.cjs'))
    .map((name) => fs.readFileSync(path.join(bundle, name), 'utf8'))
    .join('\n');

describe.runIf(fs.existsSync(bundle))('the bundled command line', () => {
  it("holds zod's English messages and none of its other languages", () => {
    const all = text();
    expect(all).toContain('Invalid input');
    // German and Spanish, as zod's locales write them (the bundle escapes letters beyond ASCII)
    expect(all).not.toMatch(/Ung(ü|\\xFC)ltige Eingabe/);
    expect(all).not.toMatch(/Entrada inv(á|\\xE1)lida/);
  });

  it('imports no module: what it loads at run time, it requires', () => {
    expect(text()).not.toMatch(/\bimport\(/);
  });
});

describe.runIf(fs.existsSync(bundle))("the reading threads' code", () => {
  it('lies in dist/attachments/, which the identity of the code that runs hashes beside the bundle (reader-identity.ts)', async () => {
    const { buildSync } = await import('esbuild');
    const { metafile } = buildSync({
      entryPoints: [path.join(PACKAGE_ROOT, 'dist', 'attachments', 'pdf', 'pdf-worker.js')],
      absWorkingDir: PACKAGE_ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    });
    const loaded = Object.keys(metafile.inputs);
    expect(loaded.length).toBeGreaterThan(5);
    expect(loaded.filter((file) => !file.startsWith('dist/attachments/'))).toEqual([]);
  });
});
