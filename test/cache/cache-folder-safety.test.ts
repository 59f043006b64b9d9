/**
 * The cache folder, looked at as a checked folder is: where it lies against the folders read, how
 * its folders are made, what a write that fails leaves behind, and what a run says about it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CacheWrites, trimOldest } from '../../src/cache/cache-entries.js';
import { compileCacheFolder, readyForNodeCompileCache } from '../../src/cache/compile-cache.js';
import { leadsOutside, liesWithin } from '../../src/cache/lies-within.js';
import { makeFolderSync } from '../../src/cache/folder-upkeep.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(removeTempDirs);

const procSelf = process.platform === 'linux' && fs.existsSync('/proc/self');

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

describe('making the folders of the cache', () => {
  it('makes every missing folder on the way', () => {
    const root = tempDir();
    makeFolderSync(path.join(root, 'a', 'b', 'c'));
    expect(fs.statSync(path.join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeFolderSync(path.join(root, 'a', 'b', 'c'));
  });

  it('says why when a file is in the way', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'file'), '');
    expect(() => makeFolderSync(path.join(root, 'file', 'x'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(procSelf)('gives up at once where the system can make no folder (Node’s own recursive mkdir never ends there)', () => {
    expect(() => makeFolderSync('/proc/self/gecc/verdicts-1')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('writes into the cache folder', () => {
  it.runIf(procSelf)('a cache folder that cannot be made: nothing kept, the problem told once, every call ends', async () => {
    const told: unknown[] = [];
    const cache = new VerdictCache('/proc/self', 'a'.repeat(32), new CacheWrites('/proc/self', (problem) => told.push(problem)));
    for (const key of ['0', '1', '2']) await cache.set(key.repeat(64), 'pdf', { usable: true, findings: [] });
    expect(await cache.get('0'.repeat(64), 'pdf', 'a.pdf')).toBeUndefined();
    expect(told).toEqual([{ folder: '/proc/self', reason: 'ENOENT' }]);
  });

  it('a write that fails leaves no temporary file, and nothing more is written that run', async () => {
    const root = tempDir();
    const told: unknown[] = [];
    const writes = new CacheWrites(root, (problem) => told.push(problem));
    // a folder where the entry itself should go: the rename fails once the temporary file is written
    fs.mkdirSync(path.join(root, 'entry.json', 'in-the-way'), { recursive: true });
    expect(await writes.write(path.join(root, 'entry.json'), '{}')).toBe(false);
    expect(await writes.write(path.join(root, 'other.json'), '{}')).toBe(false);
    expect(fs.readdirSync(root)).toEqual(['entry.json']);
    expect(told).toHaveLength(1);
  });

  it('temporary files older than a few minutes are removed when a folder is trimmed; a write going on now keeps its own', async () => {
    const folder = tempDir();
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.writeFileSync(path.join(folder, 'a.json.0a1b2c3d4e5f.tmp'), 'half');
    fs.utimesSync(path.join(folder, 'a.json.0a1b2c3d4e5f.tmp'), hourAgo, hourAgo);
    fs.writeFileSync(path.join(folder, 'b.json.0a1b2c3d4e5f.tmp'), 'half');
    fs.writeFileSync(path.join(folder, 'c.json'), '{}');
    fs.utimesSync(path.join(folder, 'c.json'), hourAgo, hourAgo);
    await trimOldest(folder, 250, 25);
    expect(fs.readdirSync(folder).sort()).toEqual(['b.json.0a1b2c3d4e5f.tmp', 'c.json']);
  });
});

describe('the folder readied for Node’s own compile cache (Node 22.1 and later)', () => {
  it.runIf(process.platform !== 'win32')('holds nothing Node could hang on, nor temporary files Node left long ago', () => {
    const folder = path.join(tempDir(), 'compiled');
    const version = path.join(folder, 'v22.23.5-x64-9de703df-0');
    fs.mkdirSync(version, { recursive: true });
    execFileSync('mkfifo', [path.join(version, 'f7ba230f')]);
    fs.symlinkSync('/dev/zero', path.join(version, '2808c840'));
    fs.writeFileSync(path.join(version, '97c3c621'), 'kept code');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of ['48bc0ebb.Y9BBvx', '4097e5cf.oCL4OQ']) fs.writeFileSync(path.join(version, name), '');
    fs.utimesSync(path.join(version, '48bc0ebb.Y9BBvx'), hourAgo, hourAgo);
    expect(readyForNodeCompileCache(folder)).toBe(true);
    expect(fs.readdirSync(version).sort()).toEqual(['4097e5cf.oCL4OQ', '97c3c621']);
  });

  it.runIf(procSelf)('cannot be readied where no folder can be made: Node is not asked to make it', () => {
    expect(readyForNodeCompileCache('/proc/self/compiled')).toBe(false);
  });
});
