/**
 * What the bundled command line carries: every byte of it is compiled at every start, so what no
 * run uses stays out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';

const bundle = path.join(PACKAGE_ROOT, 'dist', 'bundle');
const text = () =>
  fs
    .readdirSync(bundle)
    .filter((name) => name.endsWith('.js'))
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
});
