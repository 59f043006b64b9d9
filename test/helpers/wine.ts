/**
 * A Windows to run gecc's Windows build in, on Linux: a Wine prefix of its own in a temporary
 * folder, set to Windows 10, whose user has a Thai name with a space (so %USERPROFILE% and
 * %LOCALAPPDATA% are C:\users\สมชาย ใจดี\…), with the test-only bcryptprimitives.dll stand-in that
 * Wine 8 lacks built from bcryptprimitives.c and put in its system32 (never in gecc's folder).
 * HOME points into the temporary folder too: Wine links the profile's folders to it and writes its
 * menus there. Wine's programs get files for stdout and stderr: a pipe fails there (EBADF).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A user name with Thai letters and a space, as on a unit's PC. */
export const THAI_USER = 'สมชาย ใจดี';
const STUB_SOURCE = fileURLToPath(new URL('./bcryptprimitives.c', import.meta.url));
/** a Wine call costs ~10 s of start-up, the prefix 10–30 s: on a busy machine, far more */
const WINE_TIMEOUT_MS = 600_000;

export interface WineResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export class WinePrefix {
  readonly prefix: string;
  private readonly home: string;
  private readonly outputs: string;
  private calls = 0;

  constructor(private readonly root: string) {
    this.prefix = path.join(root, 'prefix');
    this.home = path.join(root, 'home');
    this.outputs = path.join(root, 'outputs');
    fs.mkdirSync(this.home, { recursive: true });
    fs.mkdirSync(this.outputs, { recursive: true });
  }

  get env(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: this.home,
      USER: THAI_USER,
      LOGNAME: THAI_USER,
      LANG: 'C.UTF-8',
      XDG_CONFIG_HOME: path.join(this.home, '.config'),
      XDG_DATA_HOME: path.join(this.home, '.local', 'share'),
      XDG_CACHE_HOME: path.join(this.home, '.cache'),
      WINEPREFIX: this.prefix,
      WINEDEBUG: '-all',
      // no menu entries, no offer to install Mono or Gecko
      WINEDLLOVERRIDES: 'winemenubuilder.exe=d;mscoree=;mshtml=',
    };
  }

  /** The user's profile folder, as Linux sees it. */
  get profile(): string {
    return path.join(this.prefix, 'drive_c', 'users', THAI_USER);
  }

  /** Makes the prefix: Windows 10, real profile folders, the bcryptprimitives.dll stand-in. */
  create(): void {
    const made = spawnSync('wine', ['winecfg', '-v', 'win10'], { env: this.env, stdio: 'ignore', timeout: WINE_TIMEOUT_MS });
    if (made.status !== 0) throw new Error(`the Wine prefix could not be made (exit ${made.status}, ${made.error ?? ''})`);
    // one wineserver for the whole test, until stop(): by default it ends a few seconds after
    // the last program, and a program started just then may find it going (exit 1, no output)
    spawnSync('wineserver', ['--persistent'], { env: this.env, stdio: 'ignore', timeout: 60_000 });
    // Wine links Documents, Downloads… to HOME: folders of their own, as on Windows
    for (const name of fs.readdirSync(this.profile)) {
      const folder = path.join(this.profile, name);
      if (fs.lstatSync(folder).isSymbolicLink()) {
        fs.rmSync(folder);
        fs.mkdirSync(folder);
      }
    }
    // built beside, then moved in: the prefix's system32 is the one place it is left
    const building = fs.mkdtempSync(path.join(this.root, 'stub-'));
    const dll = path.join(building, 'bcryptprimitives.dll');
    const built = spawnSync('x86_64-w64-mingw32-gcc', ['-shared', '-O2', '-o', dll, STUB_SOURCE, '-lbcrypt'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`the bcryptprimitives.dll stand-in did not build:\n${built.stderr}`);
    fs.renameSync(dll, this.stub);
    fs.rmSync(building, { recursive: true });
  }

  /** Where the test-only bcryptprimitives.dll stand-in lies once the prefix is made. */
  get stub(): string {
    return path.join(this.prefix, 'drive_c', 'windows', 'system32', 'bcryptprimitives.dll');
  }

  /** The Windows path of a Linux one: C:\… inside the prefix's drive, Z:\… elsewhere. */
  windowsPath(file: string): string {
    const drive = path.join(this.prefix, 'drive_c');
    const inside = path.relative(drive, file);
    return !inside.startsWith('..') && !path.isAbsolute(inside) ? `C:\\${inside.split('/').join('\\')}` : `Z:${file.split('/').join('\\')}`;
  }

  private files(): { out: string; err: string } {
    this.calls++;
    return { out: path.join(this.outputs, `${this.calls}.out`), err: path.join(this.outputs, `${this.calls}.err`) };
  }

  /** Runs a Windows program to its end (stdin empty, so a `pause` returns at once). */
  run(args: string[], cwd: string): WineResult {
    const { out, err } = this.files();
    const stdout = fs.openSync(out, 'w');
    const stderr = fs.openSync(err, 'w');
    try {
      const result = spawnSync('wine', args, { cwd, env: this.env, stdio: ['ignore', stdout, stderr], timeout: WINE_TIMEOUT_MS });
      return { status: result.status, stdout: fs.readFileSync(out, 'utf8'), stderr: fs.readFileSync(err, 'utf8') };
    } finally {
      fs.closeSync(stdout);
      fs.closeSync(stderr);
    }
  }

  /** Several at once: resolves when every one has ended. */
  runTogether(calls: string[][], cwd: string): Promise<WineResult[]> {
    return Promise.all(calls.map((args) => this.start(args, cwd).ended));
  }

  /** Starts a Windows program; what it prints so far can be read at any time. */
  start(args: string[], cwd: string): { child: ChildProcess; printed: () => string; ended: Promise<WineResult> } {
    const { out, err } = this.files();
    const stdout = fs.openSync(out, 'w');
    const stderr = fs.openSync(err, 'w');
    const child = spawn('wine', args, { cwd, env: this.env, stdio: ['ignore', stdout, stderr] });
    fs.closeSync(stdout);
    fs.closeSync(stderr);
    const ended = new Promise<WineResult>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), WINE_TIMEOUT_MS);
      child.on('close', (status) => {
        clearTimeout(timer);
        // the files are gone when the test's folder was removed first (a failed test, its program killed)
        const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
        resolve({ status, stdout: read(out), stderr: read(err) });
      });
    });
    return { child, printed: () => fs.readFileSync(out, 'utf8'), ended };
  }

  /** Ends every program of this prefix and its wineserver. */
  stop(): void {
    spawnSync('wineserver', ['-k'], { env: this.env, stdio: 'ignore', timeout: 60_000 });
  }
}
