/**
 * Node 22.1+ can keep gecc's compiled code between runs. The folder for it is chosen from the
 * arguments alone, before anything is loaded: it is in the user's cache folder, and there is none
 * when that folder lies in a folder the run may read.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheFolder, VALUE_OPTIONS } from '../../src/cache/compile-cache.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(removeTempDirs);

const env = (cache: string) => ({ GECC_CACHE_DIR: cache });

describe('where the compiled code may be kept', () => {
  it("in the user's cache folder, when it lies in none of the folders checked", () => {
    const cache = tempDir();
    const app = tempDir();
    expect(compileCacheFolder(['check', app], tempDir(), env(cache))).toBe(path.join(cache, 'compiled'));
  });

  it('nowhere when the cache folder lies in a checked folder, or in a batch folder around it', () => {
    const batch = tempDir();
    const app = path.join(batch, 'unit-a');
    fs.mkdirSync(app);
    expect(compileCacheFolder(['check', app], tempDir(), env(path.join(app, 'cache')))).toBeUndefined();
    expect(compileCacheFolder(['check', batch, '--format', 'csv'], tempDir(), env(path.join(app, '.cache', 'gecc')))).toBeUndefined();
    expect(compileCacheFolder(['check', app], tempDir(), env(app))).toBeUndefined();
  });

  it('a folder named relative to the current folder counts as the folder it names', () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'unit-a'));
    expect(compileCacheFolder(['check', 'unit-a'], cwd, env(path.join(cwd, 'unit-a', 'c')))).toBeUndefined();
    expect(compileCacheFolder(['check', 'unit-a'], cwd, env(path.join(cwd, 'elsewhere')))).toBe(path.join(cwd, 'elsewhere', 'compiled'));
  });

  it('with no folder named, the current folder is the one checked', () => {
    const cwd = tempDir();
    expect(compileCacheFolder(['check'], cwd, env(path.join(cwd, 'c')))).toBeUndefined();
    expect(
      compileCacheFolder(['check', '-f', 'json', '--now', '2023-02-01T09:00:00+07:00'], cwd, env(path.join(cwd, 'c'))),
    ).toBeUndefined();
    // a folder given as an option's value is not a folder to check: the current folder still is
    const reports = tempDir();
    expect(compileCacheFolder(['check', '-o', reports], cwd, env(path.join(cwd, 'c')))).toBeUndefined();
    expect(compileCacheFolder(['check', '--lang', 'en', 'check'], cwd, env(path.join(cwd, 'c')))).toBeUndefined();
  });

  it('a folder named elsewhere: the current folder is not read', () => {
    const cwd = tempDir();
    const app = tempDir();
    expect(compileCacheFolder(['check', app], cwd, env(path.join(cwd, 'c')))).toBe(path.join(cwd, 'c', 'compiled'));
  });

  it.runIf(process.platform !== 'win32')('a checked folder reached through a link to the folder of the cache', () => {
    const real = tempDir();
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(real, link);
    expect(compileCacheFolder(['check', link], tempDir(), env(path.join(real, 'c')))).toBeUndefined();
  });

  it.each(['check', 'form', 'init', 'criteria', 'schema'])('every option of gecc %s that takes a value is known', async (command) => {
    const { stdout } = await runCli([command, '--help', '--lang', 'en']);
    const taking = [...stdout.matchAll(/^\s+((?:-\w, )?--[\w-]+) [<[]/gm)].flatMap((m) => m[1]!.split(', '));
    expect(taking.length).toBeGreaterThan(0);
    expect(taking.filter((option) => !VALUE_OPTIONS.has(option))).toEqual([]);
  });
});

describe('the installed command', () => {
  it('keeps compiled code only in the cache folder (by Node 22.1+ itself, as V8 code on older Node), nothing in the checked folder', () => {
    const app = writeApplication(tempDir(), readyNewUnit());
    const cache = tempDir();
    const listing = () => fs.readdirSync(app, { recursive: true }).map(String).sort();
    const before = listing();
    const env = childEnv({ GECC_CACHE_DIR: cache });
    // Node's own switches for the compile cache would decide instead of gecc
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const result = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), 'check', app, '-f', 'json'], {
      encoding: 'utf8',
      timeout: 60_000,
      env,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toHaveProperty('applications');
    expect(listing()).toEqual(before);
    const compiled = path.join(cache, 'compiled');
    const kept = fs.readdirSync(compiled, { recursive: true }).map(String);
    if (typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function') expect(kept.length).toBeGreaterThan(0);
    else expect(kept.filter((name) => /^main-[0-9a-f]{40}\.v8$/.test(name))).toHaveLength(1);
  }, 60_000);
});
