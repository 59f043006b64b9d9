import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from './application.js';
import { childEnv } from './child-env.js';
import { command, findImageMagick } from './reference-tools.js';

afterAll(() => removeTempDirs());

/** A folder of commands that each print a line and fail, as a stand-in does for what it cannot convert. */
function fakeCommands(scripts: Record<string, string>): string {
  const dir = tempDir('gecc-fake-tools-');
  for (const [name, output] of Object.entries(scripts)) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\necho '${output}'\n[ "$1" = -version ] || exit 1\n`, { mode: 0o755 });
  }
  return dir;
}

describe.skipIf(process.platform === 'win32')('ImageMagick is known by what it says it is', () => {
  it('a convert that is something else is not taken for it', () => {
    const dir = fakeCommands({ convert: 'convert: stands in for ImageMagick, PNG only' });
    expect(findImageMagick({ ...process.env, PATH: dir })).toBeUndefined();
  });

  it('magick (ImageMagick 7) first, then a convert that names ImageMagick', () => {
    const seven = fakeCommands({ magick: 'Version: ImageMagick 7.1.1-43 Q16-HDRI x86_64', convert: 'Version: ImageMagick 7.1.1-43' });
    expect(findImageMagick({ ...process.env, PATH: seven })).toBe('magick');
    const six = fakeCommands({ convert: 'Version: ImageMagick 6.9.11-60 Q16 x86_64 2021-01-25 https://imagemagick.org' });
    expect(findImageMagick({ ...process.env, PATH: six })).toBe('convert');
  });

  // the JPEG reference tests in a run of their own, with a convert that is not ImageMagick first on the PATH
  it.skipIf(command('djpeg') === undefined)(
    'its tests are skipped where it is missing, and the run ends saying so',
    () => {
      const fake = fakeCommands({ convert: 'convert: stands in for ImageMagick, PNG only' });
      const run = spawnSync(
        process.execPath,
        [
          path.join(PACKAGE_ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
          'run',
          'test/attachments/inspect-jpeg.test.ts',
          '-t',
          'agrees with djpeg',
        ],
        { cwd: PACKAGE_ROOT, encoding: 'utf8', env: childEnv({ PATH: `${fake}${path.delimiter}${process.env.PATH}` }), timeout: 240_000 },
      );
      expect(run.stderr + run.stdout).not.toMatch(/FAIL/);
      expect(run.status).toBe(0);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^skipped: \d+ tests need ImageMagick \(not installed\)$/);
    },
    300_000,
  );
});
