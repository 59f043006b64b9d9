/**
 * gecc for Windows as a unit gets it: `npm run package:windows -- --single-file` builds the
 * portable zip and gecc.exe; the zip's contents are looked at (within 60 MB, nothing only the
 * tests need); then it is unzipped (Info-ZIP's unzip, not gecc's own reader) into the Downloads
 * folder of a Windows user whose name has Thai letters and a space, and both are run under Wine:
 * each check of the examples must give the JSON a check on Linux gives, byte for byte (the
 * criteria, fonts, PDF worker and sharp all found from the unzipped folder; the same relative path
 * shown), and `gecc edit` answers over HTTP, from gecc.cmd and from the double-click entry.
 *
 * Where unzip, Wine or MinGW is missing its tests are skipped and the run's last line names it
 * (reference-tools.ts); CI installs them and runs this file once, on its own Node.
 *
 * Slow: the build (~1–2 min, npm's cache and the registry), the prefix (10–30 s) and every Wine
 * call (~10 s of start-up): few calls, one at a time, with generous time limits.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';
import { pageHeaders, raw } from '../helpers/edit-server.js';
import { needs, skipWithout } from '../helpers/reference-tools.js';
import { THAI_USER, type WineResult, WinePrefix } from '../helpers/wine.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const ZIP = `gecc-${VERSION}-win-x64.zip`;
/** Inside the 2566 window; one application and one PDF thread at a time, as a slow PC would */
const CHECK = ['check', 'examples', '--format', 'json', '--no-cache', '--now', '2023-02-01T09:00:00+07:00', '-j', '1'];
const SLOW = 1_800_000;
/** what a unit downloads at most */
const ZIP_BUDGET = 60_000_000;
/** the only DLLs gecc ships: sharp's libvips, Windows builds from the npm registry */
const SHARP_DLL = /^app\/node_modules\/@img\/sharp-win32-x64\/lib\/[^/]+\.dll$/;
const STUB = /bcryptprimitives/i;

let root: string;
let out: string;
/** the zip unzipped on Linux, for looking at its files */
let looked: string;
const seconds: Record<string, number> = {};

function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    seconds[what] = Math.round((performance.now() - started) / 100) / 10;
  }
}

function sh(command: string, args: string[], cwd: string, timeout = SLOW): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env, timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')}: exit ${result.status} ${result.error ?? ''}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The zip and gecc.exe, built once for the file, by the first test that needs them. */
function build(): void {
  if (root) return;
  if (!fs.existsSync(path.join(REPO, 'dist', 'windows', 'package-windows.js')))
    throw new Error('dist/ is missing: run "npm run build" (npm test does) first');
  root = tempDir('gecc-windows-');
  out = path.join(root, 'out');
  const printed = timed('build', () =>
    sh(process.execPath, [path.join(REPO, 'dist', 'windows', 'package-windows.js'), '--single-file', '--out', out], REPO),
  );
  console.log(printed.trim());
  looked = path.join(root, 'looked');
  sh('unzip', ['-q', path.join(out, ZIP), '-d', looked], root);
}

const zipNames = () =>
  sh('unzip', ['-Z1', path.join(out, ZIP)], root)
    .split('\n')
    .filter(Boolean);

/** Every file under a folder, as relative paths with forward slashes. */
const filesUnder = (folder: string) =>
  fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

const explain = (result: WineResult) =>
  `exit ${result.status}\nstdout:\n${result.stdout.slice(0, 2000)}\nstderr:\n${result.stderr.slice(0, 4000)}`;

const LINUX_X64 = process.platform === 'linux' && process.arch === 'x64';

describe.skipIf(!LINUX_X64)(`the Windows build${LINUX_X64 ? '' : ' (skipped: it is made and tried on 64-bit Linux only)'}`, () => {
  const canUnzip = needs('unzip');

  afterAll(() => {
    console.log(`seconds: ${JSON.stringify(seconds)}`);
    removeTempDirs();
  });

  it(
    `the zip is within ${ZIP_BUDGET / 1_000_000} MB and holds the launchers, a Thai README.txt, the signed node.exe and gecc, and nothing only the tests need`,
    () => {
      build();
      const size = fs.statSync(path.join(out, ZIP)).size;
      expect(size, `${ZIP} is ${size} bytes`).toBeLessThanOrEqual(ZIP_BUDGET);
      const names = zipNames();
      expect(names).toEqual(
        expect.arrayContaining(['gecc.cmd', 'เปิด gecc.cmd', 'README.txt', 'app/node.exe', 'app/bin/gecc.js', 'app/package.json']),
      );
      expect(names).toContain('app/node_modules/@img/sharp-win32-x64/lib/libvips-42.dll');
      expect(names).toContain('app/dist/attachments/pdf/pdf-worker.js');
      expect(names.filter((n) => n.startsWith('app/criteria/')).length).toBeGreaterThan(0);
      // the bcryptprimitives.dll stand-in Wine needs is the tests' own: the only programs are
      // node.exe and sharp's libvips
      expect(names.filter((n) => STUB.test(n))).toEqual([]);
      expect(names.filter((n) => /\.(dll|exe|sys|ocx)$/i.test(n) && n !== 'app/node.exe' && !SHARP_DLL.test(n))).toEqual([]);
      // the canvas package, maps, types and docs are never loaded
      const licence = (n: string) => /^(licen[cs]e|notice|copying)/i.test(path.posix.basename(n));
      expect(names.filter((n) => /@napi-rs|\.map$|\.d\.[mc]?ts$/i.test(n) || (/\.md$/i.test(n) && !licence(n)))).toEqual([]);
      expect(names.filter((n) => n.startsWith('app/dist/windows/'))).toEqual([]);
      const readme = fs.readFileSync(path.join(looked, 'README.txt'));
      // a BOM, so that Notepad shows Thai; CRLF, so that old Notepads break the lines
      expect([...readme.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(readme.toString('utf8')).toMatch(/1\. แตกไฟล์ zip\r\n[\s\S]*2\. ดับเบิลคลิก "เปิด gecc"\r\n[\s\S]*3\. กรอกคำตอบ/);
      // the launchers are ASCII: cmd.exe reads them in the console's code page
      for (const launcher of ['gecc.cmd', 'เปิด gecc.cmd'])
        expect(fs.readFileSync(path.join(looked, launcher), 'latin1')).toMatch(/^[\x20-\x7e\r\n]+$/);
      const sums = fs.readFileSync(path.join(out, `${ZIP}.sha256`), 'utf8');
      expect(sums).toBe(`${sh('sha256sum', [ZIP], out).split(' ')[0]}  ${ZIP}\n`);
    },
    SLOW,
  );

  it(
    'node.exe in the zip keeps its signature; gecc.exe has none (a broken one would read as tampered)',
    (ctx) => {
      skipWithout(ctx, 'osslsigncode');
      build();
      // the chain of trust needs Windows' root certificates; the signature matching the bytes does not
      const verify = (file: string) => {
        const result = spawnSync('osslsigncode', ['verify', '-in', file], { encoding: 'utf8' });
        return `${result.stdout}${result.stderr}`;
      };
      const node = verify(path.join(looked, 'app', 'node.exe'));
      expect(node).toMatch(/Subject: .*O=OpenJS Foundation/);
      const [current, calculated] = [/Current message digest\s*: (\w+)/, /Calculated message digest\s*: (\w+)/].map(
        (r) => r.exec(node)?.[1],
      );
      expect(current).toBeDefined();
      expect(calculated).toBe(current);
      const exe = verify(path.join(out, 'gecc.exe'));
      expect(exe).toMatch(/No signature found/);
      expect(exe).not.toMatch(/invalid PE checksum/);
    },
    SLOW,
  );

  describe('under Wine', () => {
    const canRun = needs('wine', 'MinGW');
    let wine: WinePrefix;
    /** where the zip is unzipped: C:\users\สมชาย ใจดี\Downloads\gecc-<version>-win-x64 */
    let unzipped: string;
    /** the folder the checks run in, holding a copy of examples/ (a Thai name with a space too) */
    let work: string;
    let linux: { status: number | null; json: string };

    beforeAll(() => {
      if (!canUnzip || !canRun) return;
      build();
      wine = new WinePrefix(root);
      timed('prefix', () => wine.create());
      unzipped = path.join(wine.profile, 'Downloads', `gecc-${VERSION}-win-x64`);
      sh('unzip', ['-q', path.join(out, ZIP), '-d', unzipped], root);
      work = path.join(wine.profile, 'Documents', 'ใบสมัคร ทดสอบ');
      fs.cpSync(path.join(REPO, 'examples'), path.join(work, 'examples'), { recursive: true });
      const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'gecc.js'), ...CHECK], {
        cwd: work,
        env: childEnv(),
        encoding: 'utf8',
      });
      linux = { status: result.status, json: result.stdout };
    }, SLOW);

    afterAll(() => wine?.stop());

    it(
      'gecc.cmd check gives the JSON a check on Linux gives, byte for byte, from a folder under a Thai user name',
      () => {
        const launcher = path.join(unzipped, 'gecc.cmd');
        expect(wine.windowsPath(launcher)).toBe(`C:\\users\\${THAI_USER}\\Downloads\\gecc-${VERSION}-win-x64\\gecc.cmd`);
        const result = timed('gecc.cmd check', () => wine.run(['cmd', '/c', wine.windowsPath(launcher), ...CHECK], work));
        expect(result.status, explain(result)).toBe(linux.status);
        expect(linux.json).toContain('"ready": true');
        expect(result.stdout, explain(result)).toBe(linux.json);
      },
      SLOW,
    );

    it(
      "gecc.exe, started twice at once on a PC that never ran it, unpacks itself once, the zip's files and no others, and gives the same JSON",
      async () => {
        const exe = path.join(wine.profile, 'Downloads', 'gecc.exe');
        fs.copyFileSync(path.join(out, 'gecc.exe'), exe);
        const started = performance.now();
        const results = await wine.runTogether(
          [
            ['cmd', '/c', wine.windowsPath(exe), ...CHECK],
            ['cmd', '/c', wine.windowsPath(exe), ...CHECK],
          ],
          work,
        );
        seconds['gecc.exe check, two at once, first start'] = Math.round((performance.now() - started) / 100) / 10;
        for (const result of results) {
          expect(result.status, explain(result)).toBe(linux.status);
          expect(result.stdout, explain(result)).toBe(linux.json);
        }
        // one folder named by the hash, no half-made one left behind
        const unpacked = path.join(wine.profile, 'AppData', 'Local', 'gecc', 'app');
        const folders = fs.readdirSync(unpacked);
        expect(folders).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
        // what it unpacked is the zip's app\ folder without node.exe: no stand-in came with it
        const files = filesUnder(path.join(unpacked, folders[0]!));
        const app = zipNames()
          .filter((n) => n.startsWith('app/') && !n.endsWith('/') && n !== 'app/node.exe')
          .map((n) => n.slice('app/'.length))
          .sort();
        expect(files).toEqual(app);
        expect(files.filter((n) => STUB.test(n))).toEqual([]);
        const later = timed('gecc.exe check, later start', () => wine.run(['cmd', '/c', wine.windowsPath(exe), ...CHECK], work));
        expect(later.stdout, explain(later)).toBe(linux.json);
      },
      SLOW,
    );

    it('the bcryptprimitives.dll stand-in is built from its source into the Wine prefix and lies nowhere else', () => {
      const dll = fs.readFileSync(wine.stub);
      expect(dll.subarray(0, 2).toString('latin1')).toBe('MZ');
      expect(dll.includes('ProcessPrng')).toBe(true);
      // the build, the zip unzipped twice, gecc.exe's unpacked folder, the prefix: only Wine's own
      // Windows folder holds a file of that name (a later Wine may have its own too)
      const windows = path.join(wine.prefix, 'drive_c', 'windows');
      const found = filesUnder(root).filter((n) => STUB.test(path.posix.basename(n)));
      expect(found).toContain(path.relative(root, wine.stub));
      expect(found.filter((n) => !path.join(root, n).startsWith(`${windows}${path.sep}`))).toEqual([]);
    });

    describe('gecc edit', () => {
      it(
        'gecc.cmd edit --no-open --port 0 serves its page over HTTP, starts an empty folder as gecc init does, and stops from the page',
        async () => {
          const folder = path.join(wine.profile, 'Documents', 'ใบสมัคร ใหม่');
          fs.mkdirSync(folder);
          const started = performance.now();
          // started in the folder, as staff would from a Command Prompt opened there (cmd /c would
          // strip the quotes of a second quoted argument)
          const edit = wine.start(
            ['cmd', '/c', wine.windowsPath(path.join(unzipped, 'gecc.cmd')), 'edit', '--no-open', '--port', '0'],
            folder,
          );
          const address = await addressOf(edit);
          seconds['gecc.cmd edit to its address'] = Math.round((performance.now() - started) / 100) / 10;
          const page = await getFollowingCookies(address);
          expect(page.status).toBe(200);
          expect(page.type).toMatch(/text\/html/);
          // an empty folder: the page asks the unit's kind and applicant
          expect(page.body).toContain('name="unit.kind"');

          const server = serverOf(address);
          const start = await raw(server, {
            method: 'POST',
            path: '/api/start',
            headers: pageHeaders(server),
            body: JSON.stringify({ kind: 'district-office', applicant: 'new' }),
          });
          expect(start.status, start.body).toBe(200);
          const viaInit = path.join(tempDir('gecc-windows-init-'), 'ใบสมัคร');
          sh(
            process.execPath,
            [path.join(REPO, 'bin', 'gecc.js'), 'init', viaInit, '--kind', 'district-office', '--applicant', 'new'],
            REPO,
          );
          // the same bytes, but for the editor's schema line: each points to the schema of its own gecc
          const [schemaLine, ...rest] = fs.readFileSync(path.join(folder, 'application.yaml'), 'utf8').split('\n');
          const [, ...initRest] = fs.readFileSync(path.join(viaInit, 'application.yaml'), 'utf8').split('\n');
          expect(rest.join('\n')).toBe(initRest.join('\n'));
          const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(schemaLine!)?.[1];
          expect(schema && path.resolve(folder, schema)).toBe(path.join(unzipped, 'app', 'criteria', 'schema', '2566.schema.json'));
          expect(fs.existsSync(path.resolve(folder, schema!))).toBe(true);
          expect(fs.readdirSync(folder).sort()).toEqual(['application.yaml', 'files']);

          await stopFromPage(server);
          const ended = await edit.ended;
          expect(ended.status, explain(ended)).toBe(0);
        },
        SLOW,
      );

      it(
        'the double-click entry runs from its Thai name, makes Documents\\GECC\\ใบสมัคร, says in Thai how to stop, serves the page and ends from it',
        async () => {
          // --no-open --port 0 go on to gecc edit: no browser under Wine, any free port
          const started = performance.now();
          const launch = wine.start(['cmd', '/c', wine.windowsPath(path.join(unzipped, 'เปิด gecc.cmd')), '--no-open', '--port', '0'], work);
          const address = await addressOf(launch);
          seconds['เปิด gecc.cmd to its address'] = Math.round((performance.now() - started) / 100) / 10;
          const printed = launch.printed();
          expect(printed).toContain('หน้าต่างนี้คือตัวโปรแกรม gecc ให้เปิดทิ้งไว้จนกรอกเสร็จ');
          expect(printed).toContain('เลิกใช้: กดปุ่ม "ปิดโปรแกรม" ในหน้าเว็บ หรือปิดหน้าต่างนี้');
          expect(printed).toContain(`โฟลเดอร์ใบสมัคร: C:\\users\\${THAI_USER}\\Documents\\GECC\\ใบสมัคร`);
          expect(fs.statSync(path.join(wine.profile, 'Documents', 'GECC', 'ใบสมัคร')).isDirectory()).toBe(true);

          const page = await getFollowingCookies(address);
          expect(page.status).toBe(200);
          expect(page.body).toContain('name="unit.kind"');

          // the page's "ปิดโปรแกรม": gecc ends well, so the window closes without waiting for a key
          await stopFromPage(serverOf(address));
          const ended = await launch.ended;
          expect(ended.status, explain(ended)).toBe(0);
          expect(ended.stdout).not.toContain('gecc หยุดทำงานเพราะเกิดปัญหา');
        },
        SLOW,
      );
    });
  });
});

/** the address gecc edit prints, with its token */
const ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/;

/** The address once it is printed; what the program said when it ends first. */
async function addressOf(started: ReturnType<WinePrefix['start']>): Promise<string> {
  let ended: WineResult | undefined;
  void started.ended.then((result) => (ended = result));
  for (const until = Date.now() + SLOW; Date.now() < until; ) {
    const found = ADDRESS.exec(started.printed());
    if (found) return found[0];
    if (ended) throw new Error(`ended before printing its address: ${explain(ended)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('no address printed in time');
}

const serverOf = (address: string) => {
  const [, port, token] = ADDRESS.exec(address)!;
  return { port: Number(port), token: token! };
};

async function stopFromPage(server: { port: number; token: string }): Promise<void> {
  const stop = await raw(server, { method: 'POST', path: '/api/stop', headers: pageHeaders(server), body: '{}' });
  expect(stop.status, stop.body).toBe(200);
}

/** GET, following redirects by hand with the cookies they set, as a browser does (fetch would drop them). */
async function getFollowingCookies(address: string): Promise<{ status: number; type: string; body: string }> {
  const cookies: string[] = [];
  let url = address;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: cookies.length > 0 ? { cookie: cookies.join('; ') } : {} });
    for (const cookie of response.headers.getSetCookie()) cookies.push(cookie.split(';')[0]!);
    const next = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && next) {
      url = new URL(next, url).href;
      continue;
    }
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
  }
  throw new Error('too many redirects');
}
