/**
 * The cache folder and the build, hardened as the checked folder is: builds that look alike,
 * code changed without a full build, cache folders named inside the application, special and huge
 * files where compiled code is kept, folders that cannot be used and a disk that is full. Every
 * case is the installed command in a process of its own, with its environment stated outright,
 * ended by force if it hangs; none may say "ready" wrongly or write into the checked folder.
 */
import { execFileSync, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(removeTempDirs);

const posix = process.platform !== 'win32';
const NOW = ['--now', '2023-02-01T09:00:00+07:00'];
/** what an npm tarball unpacked by tar, `cp -p` or a reproducible build gives every file */
const SAME_TIME = new Date('1985-10-26T08:15:00Z');
/** Node 22.1 and later keep compiled code themselves (in a folder per Node version); gecc keeps it on Node 20 */
const nodeKeepsCode = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** gecc installed anew in a folder of its own (its packages are the repository's), to be changed as a test needs. */
function install(): string {
  const root = path.join(tempDir('gecc-install-'), 'gecc');
  fs.mkdirSync(root);
  for (const part of ['bin', 'dist', 'criteria', 'package.json'])
    fs.cpSync(path.join(PACKAGE_ROOT, part), path.join(root, part), { recursive: true });
  fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  return root;
}

/** Only what the test gives decides where gecc keeps things: none of the caller's cache settings. */
function env(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base = childEnv();
  for (const name of ['GECC_CACHE_DIR', 'XDG_CACHE_HOME', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE']) delete base[name];
  return { ...base, ...extra };
}

/** The installed command, ended by force after a minute. */
function gecc(root: string, args: string[], extra: NodeJS.ProcessEnv, nodeArgs: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...nodeArgs, path.join(root, 'bin', 'gecc.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: env(extra),
  });
}

/** The command as a process allowed to write no byte into any file: what a full disk leaves it. */
function geccOnFullDisk(root: string, args: string[], extra: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync('sh', ['-c', 'ulimit -f 0 && exec "$0" "$@"', process.execPath, path.join(root, 'bin', 'gecc.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: env(extra),
  });
}

const listing = (folder: string) => fs.readdirSync(folder, { recursive: true }).map(String).sort();

/** Every file below a folder, by kind. */
const below = (folder: string): string[] =>
  fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true }) as string[]).map((name) => path.join(folder, name)) : [];

/** An application with one error (an attachment missing): never ready. */
function notReadyApp(): string {
  const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
  fs.rmSync(path.join(app, 'files', 'A03.pdf'));
  return app;
}

/** The bundled command line with a one-character bug: an application with errors counts as ready. Same length as the real one. */
function withReadyBug(source: string): string {
  const found = /(ready:[\w$]+\([\w$]+,\{disqualified:([\w$]+),strict:[\w$]+\}\)),disqualified:\2,/.exec(source);
  expect(found, 'where the bundle decides whether an application is ready').not.toBeNull();
  const [, verdict, disqualified] = found!;
  const bug = `ready:!${disqualified}`;
  const buggy = source.replace(found![0], `${bug}${' '.repeat(verdict!.length - bug.length)},disqualified:${disqualified},`);
  expect(buggy.length).toBe(source.length);
  return buggy;
}

/** The same bug in the built module the bundle is made from (what `tsc` writes after a change to the source). */
function moduleWithReadyBug(source: string): string {
  expect(source).toContain('ready: isReady(findings, { disqualified, strict }),');
  return source.replace('ready: isReady(findings, { disqualified, strict }),', 'ready: !disqualified,');
}

const readyOf = (run: SpawnSyncReturns<string>) =>
  (JSON.parse(run.stdout) as { applications: { ready: boolean }[] }).applications[0]!.ready;

describe('which code made a verdict (real processes)', () => {
  it('1. a build of the same size and time as the one before it runs its own code, not the code kept from the other', () => {
    const root = install();
    const bundle = path.join(root, 'dist', 'bundle', 'main.cjs');
    const correct = fs.readFileSync(bundle, 'utf8');
    const cache = tempDir('gecc-cache-');
    const app = notReadyApp();
    const before = listing(app);
    const check = () => gecc(root, ['check', app, '--no-cache', '-f', 'json', ...NOW], { GECC_CACHE_DIR: cache });
    // build A, with the bug, run once: its compiled code is kept
    fs.writeFileSync(bundle, withReadyBug(correct));
    fs.utimesSync(bundle, SAME_TIME, SAME_TIME);
    const a = check();
    expect(a.stderr).toBe('');
    expect(readyOf(a)).toBe(true);
    expect(a.status).toBe(0);
    // build B, correct, put in its place with the same size and the same time
    fs.writeFileSync(bundle, correct);
    fs.utimesSync(bundle, SAME_TIME, SAME_TIME);
    const b = check();
    expect(b.stderr).toBe('');
    expect(readyOf(b)).toBe(false);
    expect(b.status).toBe(1);
    expect(listing(app)).toEqual(before);
  }, 120_000);

  it('2. a fix applied to the bundle by hand: the result the old bundle made is not recalled', () => {
    const root = install();
    const bundle = path.join(root, 'dist', 'bundle', 'main.cjs');
    const correct = fs.readFileSync(bundle, 'utf8');
    const cache = tempDir('gecc-cache-');
    const app = notReadyApp();
    // the compiled code kept aside (case 1): only the result cache is at stake here
    const check = () => gecc(root, ['check', app, '-f', 'json', ...NOW], { GECC_CACHE_DIR: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    fs.writeFileSync(bundle, withReadyBug(correct));
    expect(check().status).toBe(0);
    fs.writeFileSync(bundle, correct);
    const fixed = check();
    expect(readyOf(fixed)).toBe(false);
    expect(fixed.status).toBe(1);
    // and the fixed result is kept and recalled as usual
    expect(check().status).toBe(1);
  }, 120_000);

  it('2. a fix made by `npm run bundle` alone, without the full build: the old result is not recalled', () => {
    const root = install();
    const built = path.join(root, 'dist', 'application-result.js');
    const correct = fs.readFileSync(built, 'utf8');
    const cache = tempDir('gecc-cache-');
    const app = notReadyApp();
    const bundle = () => execFileSync('npm', ['run', 'bundle'], { cwd: root, env: env({}), stdio: 'pipe', shell: !posix });
    const check = () => gecc(root, ['check', app, '-f', 'json', ...NOW], { GECC_CACHE_DIR: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    fs.writeFileSync(built, moduleWithReadyBug(correct));
    bundle();
    expect(check().status).toBe(0);
    fs.writeFileSync(built, correct);
    bundle();
    expect(check().status).toBe(1);
  }, 180_000);

  it('2. a library user whose dist/ was rebuilt by `tsc` alone: the old result is not recalled', () => {
    const root = install();
    const built = path.join(root, 'dist', 'application-result.js');
    const correct = fs.readFileSync(built, 'utf8');
    const cache = tempDir('gecc-cache-');
    const app = notReadyApp();
    const script = `const { checkTargets } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'index.js')).href)});
const report = await checkTargets([${JSON.stringify(app)}], { now: new Date('2023-02-01T09:00:00+07:00') });
process.stdout.write(String(report.applications[0].ready));`;
    const check = () =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 60_000,
        env: env({ GECC_CACHE_DIR: cache }),
      });
    fs.writeFileSync(built, moduleWithReadyBug(correct));
    expect(check().stdout).toBe('true');
    fs.writeFileSync(built, correct);
    expect(check().stdout).toBe('false');
  }, 120_000);

  it('a shipped catalogue changed in place with its size and time kept: the old result is not recalled', () => {
    const root = install();
    const catalogue = path.join(root, 'criteria', '2566.json');
    const original = fs.readFileSync(catalogue, 'utf8');
    // as an unpacked tarball dates it
    fs.utimesSync(catalogue, SAME_TIME, SAME_TIME);
    const cache = tempDir('gecc-cache-');
    const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
    const check = () => gecc(root, ['check', app, '-f', 'json', ...NOW], { GECC_CACHE_DIR: cache });
    expect(check().status).toBe(0);
    // a division's edit: attachments of at most 100 bytes, written over the old limit in as many characters
    const edited = original.replace('"maxBytes": 5242880', '"maxBytes":     100');
    expect(edited.length).toBe(original.length);
    fs.writeFileSync(catalogue, edited);
    fs.utimesSync(catalogue, SAME_TIME, SAME_TIME);
    expect(check().status).toBe(1);
  }, 120_000);
});

describe('a cache folder named inside the application (real processes)', () => {
  it.each([
    ['GECC_CACHE_DIR', '..gecc-cache'],
    ['XDG_CACHE_HOME', '..cache'],
  ])(
    '5. %s=<application>/%s: nothing is written into the folder checked',
    (variable, name) => {
      const root = install();
      const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
      const before = listing(app);
      const run = gecc(root, ['check', app, ...NOW], { [variable]: path.join(app, name), HOME: tempDir('gecc-home-') });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(listing(app)).toEqual(before);
    },
    120_000,
  );
});

describe.runIf(posix)('what is found where compiled code is kept (real processes)', () => {
  /** A cache folder with compiled code kept by a first run, each kept file then replaced by `replace`. */
  function keptThenReplaced(root: string, app: string, replace: (file: string) => void): string {
    const cache = tempDir('gecc-cache-');
    expect(gecc(root, ['check', app, ...NOW], { GECC_CACHE_DIR: cache }).status).toBe(0);
    const kept = below(path.join(cache, 'compiled')).filter((file) => fs.lstatSync(file).isFile());
    expect(kept.length).toBeGreaterThan(0);
    for (const file of kept) {
      fs.rmSync(file);
      replace(file);
    }
    return cache;
  }

  it('6. a FIFO in place of the kept code hangs no command, and is replaced', () => {
    const root = install();
    const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
    const cache = keptThenReplaced(root, app, (file) => execFileSync('mkfifo', [file]));
    const check = gecc(root, ['check', app, ...NOW], { GECC_CACHE_DIR: cache });
    expect(check.signal).toBeNull();
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const help = gecc(root, ['criteria'], { GECC_CACHE_DIR: cache });
    expect(help.signal).toBeNull();
    expect(help.status).toBe(0);
    expect(below(path.join(cache, 'compiled')).filter((file) => fs.lstatSync(file).isFIFO())).toEqual([]);
  }, 180_000);

  it('6. a 700 MB file in place of the kept code is not read', () => {
    const root = install();
    const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
    // sparse: it takes no room on the disk, but reading it gives 700 MB
    const cache = keptThenReplaced(root, app, (file) => {
      fs.writeFileSync(file, '');
      fs.truncateSync(file, 700 * 2 ** 20);
    });
    // the peak memory of the process, told on its way out
    const told = `process.on('exit', () => process.stderr.write('peak ' + process.resourceUsage().maxRSS + '\\n'))`;
    const run = gecc(root, ['criteria'], { GECC_CACHE_DIR: cache }, ['--import', `data:text/javascript,${encodeURIComponent(told)}`]);
    expect(run.status).toBe(0);
    const peakKb = Number(/peak (\d+)/.exec(run.stderr)?.[1]);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(400 * 1024);
  }, 180_000);
});

describe.runIf(posix)('a cache folder that cannot be used (real processes)', () => {
  it.runIf(fs.existsSync('/proc/self'))(
    '7. GECC_CACHE_DIR=/proc/self: the check runs without a cache and says so once',
    () => {
      const root = install();
      const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
      const run = gecc(root, ['check', app, '-f', 'json', ...NOW], { GECC_CACHE_DIR: '/proc/self' });
      expect(run.signal).toBeNull();
      expect(readyOf(run)).toBe(true);
      expect(run.status).toBe(0);
      expect(run.stderr.split('\n').filter((line) => line.includes('/proc/self'))).toHaveLength(1);
      for (const args of [['--help'], ['criteria'], ['check', app, '-f', 'json', '--no-cache', ...NOW]]) {
        const other = gecc(root, args, { GECC_CACHE_DIR: '/proc/self' });
        expect(other.signal, args.join(' ')).toBeNull();
        expect(other.status, args.join(' ')).toBe(0);
      }
    },
    180_000,
  );

  it('7. a disk too full to write on: the check is right, says so once, and leaves no temporary file in the cache', () => {
    const root = install();
    const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
    const cache = tempDir('gecc-cache-');
    for (let run = 0; run < 2; run++) {
      const full = geccOnFullDisk(root, ['check', app, '-f', 'json', ...NOW], { GECC_CACHE_DIR: cache });
      expect(full.signal).toBeNull();
      expect(readyOf(full)).toBe(true);
      expect(full.status).toBe(0);
      expect(full.stderr.split('\n').filter((line) => line.includes(cache))).toHaveLength(1);
      // Node 22's own compile cache leaves its temporary files behind on a full disk: removed once
      // they are old (the case below)
      const left = below(cache).filter((file) => !fs.statSync(file).isDirectory());
      expect(left.filter((file) => !(nodeKeepsCode && file.startsWith(path.join(cache, 'compiled'))))).toEqual([]);
    }
  }, 180_000);

  it('7. temporary files left by a run that was stopped are removed once they are old; those of a run going on now stay', () => {
    const root = install();
    const app = writeApplication(tempDir('gecc-app-'), readyNewUnit());
    const cache = tempDir('gecc-cache-');
    expect(gecc(root, ['check', app, ...NOW], { GECC_CACHE_DIR: cache }).status).toBe(0);
    const folders = below(cache).filter((file) => fs.statSync(file).isDirectory());
    // the next run writes a result, a verdict on a changed attachment and compiled code anew
    const changed = Buffer.concat([fs.readFileSync(path.join(app, 'files', 'A03.pdf')), Buffer.from('\n% saved again\n')]);
    fs.writeFileSync(path.join(app, 'files', 'A03.pdf'), changed);
    const verdicts = folders.find((folder) => /verdicts-\d+[\\/][0-9a-f]{32}$/.test(folder))!;
    const changedFolder = path.join(verdicts, createHash('sha256').update(changed).digest('hex').slice(0, 2));
    fs.mkdirSync(changedFolder, { recursive: true });
    for (const file of below(path.join(cache, 'compiled')).filter((f) => /\.v8$/.test(f))) fs.rmSync(file);
    const hourAgo = new Date(Date.now() - 3_600_000);
    const stale: string[] = [];
    const fresh: string[] = [];
    const results = folders.find((folder) => /results-\d+[\\/][0-9a-f]{32}$/.test(folder))!;
    for (const folder of [results, changedFolder]) {
      stale.push(path.join(folder, `${'0'.repeat(64)}.json.0a1b2c3d4e5f.tmp`));
      fresh.push(path.join(folder, `${'1'.repeat(64)}.json.0a1b2c3d4e5f.tmp`));
    }
    // kept code: gecc's own on Node 20, Node's in a folder per Node version on Node 22 and later
    // (its temporary files are named as mkstemp names them)
    const compiled = path.join(cache, 'compiled');
    if (nodeKeepsCode) {
      for (const folder of below(compiled).filter((f) => fs.statSync(f).isDirectory())) {
        stale.push(path.join(folder, '0a1b2c3d.Xy12Zq'));
        fresh.push(path.join(folder, '1a1b2c3d.Xy12Zq'));
      }
    } else {
      stale.push(path.join(compiled, `main-${'0'.repeat(40)}.v8.0a1b2c3d4e5f.tmp`));
      fresh.push(path.join(compiled, `main-${'1'.repeat(40)}.v8.0a1b2c3d4e5f.tmp`));
    }
    for (const file of [...stale, ...fresh]) fs.writeFileSync(file, 'half written');
    for (const file of stale) fs.utimesSync(file, hourAgo, hourAgo);
    expect(gecc(root, ['check', app, ...NOW], { GECC_CACHE_DIR: cache }).status).toBe(0);
    const left = new Set(below(cache));
    expect(stale.filter((file) => left.has(file))).toEqual([]);
    expect(fresh.filter((file) => !left.has(file))).toEqual([]);
  }, 180_000);
});
