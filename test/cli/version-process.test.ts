import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../../src/package-root.js';
import { childEnv } from '../helpers/child-env.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/gecc.js');
const ENV = childEnv();

describe('gecc --version as a process', () => {
  it.each(['--version', '-V'])('%s prints the version and the default edition, exit 0', (flag) => {
    const run = spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8', env: ENV, timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${PACKAGE_VERSION} (criteria 2566)\n`);
    expect(run.stderr).toBe('');
  });
});
