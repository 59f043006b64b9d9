/**
 * The package as a unit gets it: `npm pack`, installed with `npm install -g` into a throwaway
 * prefix, run from folders that have nothing to do with the repository. Proves that the
 * tarball holds what users need and nothing else, and that the catalogue and every asset are
 * found relative to the installed package, never the current directory.
 *
 * Slow (npm installs the dependencies, from its cache when it can): one install for the file.
 * It runs on whichever Node runs the suite: the installed `gecc` starts with
 * `#!/usr/bin/env node`, and that Node's folder comes first on PATH.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/application.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, any>;
const WINDOWS = process.platform === 'win32';
/** Inside the 2566 application window: the example is then ready with no warning. */
const NOW = '2023-02-01T09:00:00+07:00';
/**
 * Packed size above which something that does not belong has slipped in (today: ~575 kB, of
 * which the command line bundled into one file for a fast start ~275 kB; the modules of the
 * library, its types and the reading threads ~230 kB; the catalogues and their JSON schemas
 * ~35 kB; README and CHANGELOG ~20 kB). The command line's own modules (dist/cli, dist/edit,
 * dist/init, dist/config, dist/schema) are in the bundle alone.
 */
const SIZE_BUDGET = 600_000;

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number; mode: number }[];
}

/** The environment of a user's shell: this Node first on PATH, none of npm's run-script variables. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = [path.dirname(process.execPath), env[pathKey]].filter(Boolean).join(path.delimiter);
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm and the installed gecc are .cmd shims on Windows, which only a shell can start
  return spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', shell: WINDOWS, timeout: 180_000 });
}

function ok(result: SpawnSyncReturns<string>): string {
  if (result.status !== 0) throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}\n${result.error ?? ''}`);
  return result.stdout;
}

let work: string;
let packed: Packed;
let gecc: string;
/** the folder holding node_modules/gecc after the global install */
let installedModules: string;
/** an empty folder that has nothing to do with the repository: the current directory of the runs */
let elsewhere: string;
/** a copy of examples/ready-new-unit, in a folder whose name has Thai letters and a space */
let application: string;
/** what npm said on stderr while installing */
let installWarnings: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(REPO, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run "npm run build" (npm test does) first');
  work = tempDir('gecc-package-');
  // --ignore-scripts: `npm test` has just built dist/; rebuilding here would rewrite it under
  // the feet of tests running at the same time
  const out = ok(sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO));
  packed = (JSON.parse(out) as Packed[])[0]!;
  const prefix = path.join(work, 'prefix');
  const install = sh(
    'npm',
    ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', path.join(work, packed.filename)],
    work,
  );
  ok(install);
  installWarnings = install.stderr;
  gecc = WINDOWS ? path.join(prefix, 'gecc.cmd') : path.join(prefix, 'bin', 'gecc');
  installedModules = WINDOWS ? prefix : path.join(prefix, 'lib');
  elsewhere = path.join(work, 'elsewhere');
  fs.mkdirSync(elsewhere);
  application = path.join(work, 'ใบสมัคร เขตพระนคร');
  fs.cpSync(path.join(REPO, 'examples', 'ready-new-unit'), application, { recursive: true });
  console.log(
    `${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files:\n${packed.files.map((f) => `  ${f.path}`).join('\n')}`,
  );
}, 300_000);

afterAll(() => removeTempDirs());

describe('the tarball holds what users need and nothing else', () => {
  const paths = () => packed.files.map((f) => f.path);

  it('has the program, the catalogues, the package metadata and the documents', () => {
    expect(paths()).toEqual(
      expect.arrayContaining([
        'package.json',
        'bin/gecc.js',
        'dist/bundle/main.cjs',
        'dist/attachments/pdf/pdf-worker.js',
        'dist/index.js',
        'dist/index.d.ts',
        'LICENSE',
        'CHANGELOG.md',
      ]),
    );
    if (fs.existsSync(path.join(REPO, 'README.md'))) expect(paths()).toContain('README.md');
    // every shipped catalogue and schema, whatever gets added to criteria/
    const criteria = fs.readdirSync(path.join(REPO, 'criteria'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(criteria.length).toBeGreaterThan(0);
    for (const entry of criteria)
      expect(paths()).toContain(path.relative(REPO, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  });

  it('has no tests, sources, CI, benchmarks, examples, dependencies or source maps', () => {
    const top = new Set(paths().map((p) => p.split('/')[0]));
    expect([...top].sort()).toEqual(expect.arrayContaining(['bin', 'criteria', 'dist']));
    for (const unwanted of [
      'test',
      'src',
      '.ci',
      'bench',
      'docs',
      'examples',
      'node_modules',
      'coverage',
      'test-output',
      'tsconfig.json',
      'tsconfig.build.json',
      'package-lock.json',
      '.gitignore',
    ]) {
      expect(top.has(unwanted), unwanted).toBe(false);
    }
    expect(paths().filter((p) => /\.(map|ts|tsbuildinfo|tgz|log)$/.test(p) && !p.endsWith('.d.ts'))).toEqual([]);
    expect(paths().filter((p) => p.split('/').includes('node_modules'))).toEqual([]);
  });

  it('has no built file left over from a source that is gone', () => {
    // the bundled command line is made from dist/ itself, as one script
    expect(paths().filter((p) => p.startsWith('dist/bundle/'))).toEqual(['dist/bundle/main.cjs']);
    for (const file of paths().filter((p) => p.startsWith('dist/') && !p.startsWith('dist/bundle/'))) {
      const source = file.replace(/^dist\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts');
      expect(fs.existsSync(path.join(REPO, source)), `${file} has no ${source}`).toBe(true);
    }
  });

  it('ships every module that a shipped module or type loads, and the command line only once: bundled', () => {
    const shipped = new Set(paths());
    const missing: string[] = [];
    for (const file of paths().filter((p) => /\.(js|cjs|d\.ts)$/.test(p) && !p.startsWith('dist/bundle/'))) {
      const text = fs.readFileSync(path.join(REPO, file), 'utf8');
      for (const [, target] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target!));
        const wanted = file.endsWith('.d.ts') ? resolved.replace(/\.js$/, '.d.ts') : resolved;
        if (!shipped.has(wanted)) missing.push(`${file} → ${wanted}`);
      }
    }
    expect(missing).toEqual([]);
    // what bin/gecc.js loads besides the bundle
    expect(paths()).toEqual(expect.arrayContaining(['dist/cli/version-text.js', 'dist/cli/load-bundle.js', 'dist/cache/compile-cache.js']));
    expect(paths().filter((p) => /^dist\/(cli\/main|edit\/|init\/|config\/|schema\/)/.test(p))).toEqual([]);
  });

  it('stays small', () => {
    expect(packed.size).toBeLessThan(SIZE_BUDGET);
  });

  it("starts the command through a Node shebang, as npm's Windows shims need", () => {
    const bin = packed.files.find((f) => f.path === 'bin/gecc.js')!;
    expect(bin.mode & 0o111).not.toBe(0);
    const text = fs.readFileSync(path.join(REPO, 'bin', 'gecc.js'), 'utf8');
    expect(text.split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(text).not.toContain('\r');
  });
});

describe('package.json', () => {
  it('has complete metadata', () => {
    expect(PACKAGE.bin).toEqual({ gecc: 'bin/gecc.js' });
    expect(PACKAGE.type).toBe('module');
    expect(PACKAGE.engines.node).toBe('>=20.19');
    expect(PACKAGE.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(PACKAGE.license).toBe('MIT');
    expect(PACKAGE.repository.url).toMatch(/^git\+https:\/\//);
    expect(PACKAGE.homepage).toMatch(/^https:\/\//);
    expect(PACKAGE.bugs.url).toMatch(/^https:\/\//);
    expect(PACKAGE.keywords).toEqual(expect.arrayContaining(['gecc', 'ศูนย์ราชการสะดวก']));
    expect(PACKAGE.description).toBeTruthy();
  });

  it("builds on the developer's npm ci (prepare) and on pack, and runs nothing else at install", () => {
    for (const script of ['preinstall', 'install', 'postinstall']) expect(PACKAGE.scripts?.[script], script).toBeUndefined();
    expect(PACKAGE.scripts.prepare).toMatch(/build/);
    // npm does not run `prepare` for a tarball install (the tarball carries dist/); npm 11 still
    // mentions the script in a notice, which is all installWarnings may hold
    expect(installWarnings).not.toMatch(/\bERR!|error/i);
  });

  it('is satisfied by the Node running the tests', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
  });
});

describe('installed with npm install -g, run from an unrelated folder', () => {
  it('checks a ready example folder: exit 0, in Thai', () => {
    const result = sh(gecc, ['check', application, '--now', NOW], elsewhere);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('พร้อมส่ง');
    expect(result.stdout).toContain('เกณฑ์ปี: 2566');
  });

  it('checks the current folder when given none', () => {
    const result = sh(gecc, ['check', '--now', NOW], application);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('พร้อมส่ง');
  });

  it('finds every shipped catalogue (2568 by --edition) and reports its own version in JSON', () => {
    const result = sh(gecc, ['check', '--format', 'json', '--edition', '2568', '--now', NOW, application], elsewhere);
    expect([0, 1]).toContain(result.status);
    const report = JSON.parse(result.stdout) as { tool: { version: string }; applications: { edition: string }[] };
    expect(report.tool.version).toBe(PACKAGE.version);
    expect(report.applications[0]!.edition).toBe('2568');
  });

  it('prints the version and the default criteria edition', () => {
    const result = sh(gecc, ['--version'], elsewhere);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`${PACKAGE.version} (criteria 2566)`);
  });

  it('prints help with examples', () => {
    const result = sh(gecc, ['check', '--help'], elsewhere);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ตัวอย่าง (Examples):');
  });

  it('refuses a folder that does not exist with exit 2 and no stack trace', () => {
    const result = sh(gecc, ['check', 'ไม่มีโฟลเดอร์นี้'], elsewhere);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ไม่พบโฟลเดอร์');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('is importable as a library through its exports', () => {
    const probe = path.join(installedModules, 'probe.mjs');
    fs.writeFileSync(
      probe,
      "import { checkApplication, DEFAULT_EDITION, shippedEditions } from 'gecc';\n" +
        `const app = await checkApplication(${JSON.stringify(application)}, { now: new Date(${JSON.stringify(NOW)}) });\n` +
        'console.log(JSON.stringify({ edition: DEFAULT_EDITION, editions: shippedEditions(), ready: app.ready }));\n',
    );
    const result = sh(process.execPath, [probe], elsewhere);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ edition: '2566', editions: expect.arrayContaining(['2566', '2568']), ready: true });
  });
});
