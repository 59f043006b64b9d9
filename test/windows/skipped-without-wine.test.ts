/**
 * The Windows build's tests on a machine without Wine: skipped, and the run's last line says
 * which program is missing, so that a run which tried less never passes quietly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(() => removeTempDirs());

/** portable.test.ts run with a PATH of the given programs only (none: an empty folder) */
function runWith(programs: string[], ...args: string[]) {
  const bin = tempDir('gecc-path-');
  for (const program of programs) {
    const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    fs.symlinkSync(found, path.join(bin, program));
  }
  return spawnSync(
    process.execPath,
    [path.join(PACKAGE_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/windows/portable.test.ts', ...args],
    { cwd: PACKAGE_ROOT, encoding: 'utf8', env: childEnv({ PATH: bin }), timeout: 240_000 },
  );
}

const lastLine = (run: ReturnType<typeof runWith>) => run.stdout.trimEnd().split('\n').at(-1);

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the Windows build where its programs are missing', () => {
  it.runIf(spawnSync('sh', ['-c', 'command -v unzip']).status === 0)(
    'without Wine and MinGW, the tests under Wine are skipped and the run ends naming both, with nothing built',
    () => {
      const run = runWith(['unzip'], '-t', 'under Wine');
      expect(run.stderr + run.stdout).not.toMatch(/FAIL/);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(/win-x64\.zip: /);
      expect(lastLine(run)).toBe('skipped: 5 tests need wine, MinGW (not installed)');
    },
    300_000,
  );

  it('without unzip, every test is skipped and the run ends naming it', () => {
    const run = runWith([]);
    expect(run.stderr + run.stdout).not.toMatch(/FAIL/);
    expect(run.status).toBe(0);
    expect(lastLine(run)).toBe('skipped: 7 tests need unzip (not installed)');
  }, 300_000);
});
