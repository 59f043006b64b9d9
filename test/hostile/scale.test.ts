/** Pathological sizes of application.yaml: the work grows with the file, not with its square; absurd files are refused. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ANSWERS_ENTRIES } from '../../src/answers/read-answers.js';
import { checkApplication } from '../../src/check-application.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';

afterAll(removeTempDirs);

const HEAD = 'unit:\n  name: สำนักงานเขตพระนคร\n  kind: district-office\n  applicant: new\n';
const manyKeys = (n: number) => HEAD + Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('');
const manyReferences = (n: number) =>
  `${HEAD}advanced:\n  A01:\n    text: แผนงาน\n    files:\n${Array.from({ length: n }, (_, i) => `    - f${i}.pdf\n`).join('')}`;

async function timeCheck(yaml: string) {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'application.yaml'), yaml);
  const started = performance.now();
  const result = await checkApplication(dir, { now: IN_WINDOW, concurrency: 1 });
  return { ms: performance.now() - started, result };
}

describe('100,000 keys or references', () => {
  it.each([
    ['keys', manyKeys],
    ['references', manyReferences],
  ])(
    '100,000 %s: refused with one clear finding, within 20 s',
    async (_, make) => {
      const { ms, result } = await timeCheck(make(100_000));
      expect(result.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.args])).toEqual([
        ['answers.too-many-entries', { file: 'application.yaml', entries: expect.any(Number), limit: MAX_ANSWERS_ENTRIES }],
      ]);
      // a loaded 2-core machine: a bound that catches quadratic work, not a busy neighbour
      expect(ms).toBeLessThan(45_000);
    },
    90_000,
  );

  // below the limit every key and reference is still reported: the work must grow linearly
  it.each([
    ['unknown keys', manyKeys],
    ['missing attachments in one list', manyReferences],
  ])(
    '%s: five times as many take far less than 25 times as long',
    async (_, make) => {
      const small: number[] = [];
      const large: number[] = [];
      // interleaved, best of two: a busy machine slows one run, not the least of each
      for (let round = 0; round < 2; round++) {
        small.push((await timeCheck(make(1500))).ms);
        large.push((await timeCheck(make(7500))).ms);
      }
      const { result } = await timeCheck(make(7500));
      expect(result.findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(7500);
      expect(Math.min(...large) / Math.min(...small)).toBeLessThan(12);
    },
    180_000,
  );
});
