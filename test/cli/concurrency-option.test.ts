import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-io.js';
import { maxConcurrency, parseConcurrency } from '../../src/cli/concurrency-option.js';
import { readyNewUnit, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

describe('--concurrency bounds', () => {
  it('allows 1 to 4 per core, at least 4 and never more than 16', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => maxConcurrency(cores))).toEqual([4, 8, 12, 16, 16, 16]);
    expect(parseConcurrency('8', 'en', 2)).toBe(8);
    expect(parseConcurrency(' 1 ', 'en', 2)).toBe(1);
    expect(parseConcurrency(undefined, 'en', 2)).toBeUndefined();
  });

  it('refuses a number above the bound, saying the bound in Thai and in English', () => {
    expect(() => parseConcurrency('9', 'th', 2)).toThrow(UsageError);
    expect(() => parseConcurrency('9', 'th', 2)).toThrow('--concurrency "9" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 8 (เครื่องนี้มี 2 คอร์');
    expect(() => parseConcurrency('1000', 'en', 2)).toThrow('must be a whole number from 1 to 8 (this machine has 2 cores');
    expect(() => parseConcurrency('99999999999999999999', 'en', 64)).toThrow(UsageError);
  });

  it('-j 1000 in a real process exits 2 at once, with the message and no stack trace', () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const bin = path.resolve('bin/gecc.js');
    for (const value of ['1000', '99999999999999999999']) {
      const result = spawnSync(process.execPath, [bin, 'check', dir, '-j', value], {
        encoding: 'utf8',
        env: childEnv(),
        timeout: 60_000,
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--concurrency "${value}" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
