import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** the build's last step writes it: its time is the build's */
const BUILT = path.join(ROOT, 'dist', 'bundle', 'main.cjs');
const SOURCES = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/**
 * Tests read gecc's build as users run it: the PDF reading threads start dist/'s worker, and the
 * tests of the command line run bin/gecc.js. Before any test runs, dist/ is built when it is
 * missing or older than the sources (`npm test` has just built it: nothing to do then).
 */
export default function buildFirst(): void {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((entry) => newestChange(path.join(ROOT, entry))))) return;
  console.log(built ? 'dist/ is older than src/: building it first' : 'dist/ is not built: building it first');
  const windows = process.platform === 'win32';
  execFileSync(windows ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: windows });
}
