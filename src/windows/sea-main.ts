import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { getRawAsset } from 'node:sea';
import { APP_ASSET } from './app-asset.js';
import { readZip } from './zip-file.js';

/**
 * What gecc.exe runs first (Node's single executable applications: this script and the package
 * folder, as a zip asset, are carried inside node.exe). gecc reads its criteria, fonts and PDF
 * worker from files and sharp's DLLs must be files Windows can load, so the folder is unpacked
 * once, into %LOCALAPPDATA%\gecc\app\<its hash>, and gecc then runs from there in this process.
 * Bundled into one script by the Windows packaging: nothing but Node's own modules.
 */

/** a file the folder always holds, and the last thing unpacking could miss */
const MARK = 'package.json';
/** a temporary folder left by a start that stopped half-way is removed after this long */
const STALE_MS = 60 * 60 * 1000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function unpackedApp(): string {
  const archive = new Uint8Array(getRawAsset(APP_ASSET) as ArrayBuffer);
  const hash = createHash('sha256').update(archive).digest('hex').slice(0, 16);
  const base = path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'gecc', 'app');
  const folder = path.join(base, hash);
  if (fs.existsSync(path.join(folder, MARK))) return folder;
  fs.mkdirSync(base, { recursive: true });
  removeStale(base);
  // made whole in a folder of its own, then renamed into place in one step: a second start at
  // the same moment either finds the finished folder or makes its own and finds the name taken
  const temp = fs.mkdtempSync(path.join(base, `.${hash}-`));
  try {
    for (const entry of readZip(archive)) {
      const file = path.join(temp, ...entry.name.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, entry.data);
    }
    renameIntoPlace(temp, folder);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return folder;
}

/**
 * Windows refuses a rename for a moment while an antivirus or the indexer looks at a new file:
 * tried again for a few seconds. A folder of that name made meanwhile by another start is as good.
 */
function renameIntoPlace(temp: string, folder: string): void {
  for (let wait = 50; ; wait *= 2) {
    try {
      fs.renameSync(temp, folder);
      return;
    } catch (error) {
      if (fs.existsSync(path.join(folder, MARK))) return;
      const code = (error as NodeJS.ErrnoException).code;
      if (wait > 3200 || !['EPERM', 'EBUSY', 'EACCES', 'EEXIST', 'ENOTEMPTY'].includes(code ?? '')) throw error;
      sleep(wait);
    }
  }
}

function removeStale(base: string): void {
  for (const name of fs.readdirSync(base)) {
    if (!name.startsWith('.')) continue;
    const folder = path.join(base, name);
    try {
      if (Date.now() - fs.statSync(folder).mtimeMs > STALE_MS) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // another start is removing it too
    }
  }
}

function start(): void {
  let main: string;
  try {
    main = path.join(unpackedApp(), 'bin', 'gecc.js');
  } catch (error) {
    process.stderr.write(
      `gecc: เตรียมโปรแกรมไม่สำเร็จ (${error instanceof Error ? error.message : String(error)}) ตรวจว่าดิสก์ยังมีที่ว่าง แล้วเปิดอีกครั้ง\n` +
        `gecc: could not unpack the program; check that the disk has free space and start it again.\n`,
    );
    process.exitCode = 2;
    return;
  }
  // gecc reads its arguments from process.argv[2] on, as when Node runs bin/gecc.js
  process.argv.splice(1, 1, main);
  createRequire(main)(main);
}

start();
