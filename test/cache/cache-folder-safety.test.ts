/**
 * The cache folder, looked at as a checked folder is: where it lies against the folders read, how
 * its folders are made, what a write that fails leaves behind, and what a run says about it.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheFolder } from '../../src/cache/compile-cache.js';
import { liesWithin } from '../../src/cache/lies-within.js';
import { leadsOutside } from '../../src/leads-outside.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(removeTempDirs);

describe('a folder inside another', () => {
  it('a name that begins with two dots is a name inside the folder, not its parent', () => {
    expect(leadsOutside('..')).toBe(true);
    expect(leadsOutside(`..${path.sep}x`)).toBe(true);
    expect(leadsOutside(path.resolve('/elsewhere'))).toBe(true);
    for (const inside of ['', 'x', '..x', '..gecc-cache', `..cache${path.sep}gecc`, `a${path.sep}..b`, '...']) {
      expect(leadsOutside(inside), inside).toBe(false);
    }
  });

  it('a cache folder named <application>/..gecc-cache lies inside the application', () => {
    const app = tempDir();
    expect(liesWithin(path.join(app, '..gecc-cache'), [app])).toBe(true);
    expect(liesWithin(path.join(app, '..cache', 'gecc'), [app])).toBe(true);
    expect(liesWithin(`${app}..beside`, [app])).toBe(false);
    expect(compileCacheFolder(['check', app], tempDir(), { GECC_CACHE_DIR: path.join(app, '..gecc-cache') })).toBeUndefined();
  });
});
