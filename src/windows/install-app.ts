import fs from 'node:fs';
import path from 'node:path';
import { run } from './run-command.js';

/**
 * gecc installed for 64-bit Windows into `<stage>/app`, from the package as `npm pack` makes it
 * and with the dependencies `package-lock.json` pins (the Windows builds of the native ones:
 * sharp's `@img/sharp-win32-x64`), as `npm ci` installs them on Windows. The folder is gecc's
 * package root itself (its package.json, bin/, dist/, criteria/ and node_modules/), so gecc finds
 * everything relative to its own files, as it does when npm installed it.
 */
export function installApp(repo: string, stage: string): string {
  // the caller has built dist/: packing must not build it again
  const tarball = run('npm', ['pack', '--ignore-scripts', '--pack-destination', stage, '--silent'], repo).trim().split('\n').pop()!.trim();
  run('tar', ['-xzf', tarball], stage);
  fs.rmSync(path.join(stage, tarball));
  const app = path.join(stage, 'app');
  fs.renameSync(path.join(stage, 'package'), app);
  fs.copyFileSync(path.join(repo, 'package-lock.json'), path.join(app, 'package-lock.json'));
  run(
    'npm',
    ['ci', '--omit=dev', '--os=win32', '--cpu=x64', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    app,
  );
  prune(app);
  return app;
}

/**
 * What gecc never loads on Windows: the canvas package (pdf.js draws no pixels for gecc), type
 * declarations, source maps, documentation, npm's own records and command shims. Licences stay.
 */
function prune(app: string): void {
  for (const gone of ['package-lock.json', 'node_modules/.package-lock.json', 'node_modules/.bin', 'node_modules/@napi-rs'])
    fs.rmSync(path.join(app, gone), { recursive: true, force: true });
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(file);
        if (fs.readdirSync(file).length === 0) fs.rmdirSync(file);
      } else if (neverLoaded(entry.name)) {
        fs.rmSync(file);
      }
    }
  };
  walk(app);
}

function neverLoaded(name: string): boolean {
  if (/^(licen[cs]e|notice|copying)/i.test(name)) return false;
  return /\.(map|d\.ts|d\.mts|d\.cts|md|markdown)$/i.test(name);
}
