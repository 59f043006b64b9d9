/**
 * The first answers file a process checks is checked without zod's compiled fast path (compiling
 * it costs more than one file saves); the next ones with it. The findings must not differ.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';

afterAll(removeTempDirs);

/** a ready application with a slip in every top-level answer that is a mapping or a text */
function slipped(): Record<string, unknown> {
  const spec = readyNewUnit() as Record<string, unknown>;
  for (const [key, value] of Object.entries(spec)) {
    if (typeof value === 'string') spec[key] = 12;
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const first = Object.keys(value)[0];
      if (first) (value as Record<string, unknown>)[first] = { not: 'this' };
    }
  }
  return spec;
}

describe('the shape of the answers', () => {
  it('gives the same findings on the first check of a process as on later ones', async () => {
    const dirs = [
      writeApplication(tempDir(), slipped()),
      writeApplication(tempDir(), slipped()),
      writeApplication(tempDir(), readyNewUnit()),
    ];
    const first = await checkApplication(dirs[0]!, { now: IN_WINDOW, cache: false });
    const second = await checkApplication(dirs[1]!, { now: IN_WINDOW, cache: false });
    const again = await checkApplication(dirs[0]!, { now: IN_WINDOW, cache: false });
    const ready = await checkApplication(dirs[2]!, { now: IN_WINDOW, cache: false });
    const shape = (r: typeof first) => r.findings.map(({ code, args, line, column, item }) => ({ code, args, line, column, item }));
    expect(first.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(shape(second)).toEqual(shape(first));
    expect(shape(again)).toEqual(shape(first));
    expect(ready.ready).toBe(true);
  }, 60_000);
});
