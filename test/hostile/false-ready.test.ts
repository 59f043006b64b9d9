/**
 * The two false "ready" verdicts that came from outside the cache: watch mode ignoring an
 * attachment it had read because its path looked like an editor's scratch file, and a readiness
 * form signed by another bureau's director. Each is the command line in a process of its own, as
 * a unit runs it; neither may end in exit 0.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';
import { makePdf } from '../helpers/pdf.js';
import { sleep, until } from '../helpers/waiting.js';
import { watchProcess } from '../helpers/watch-run.js';

afterAll(removeTempDirs);

const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

const cutInHalf = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2));

describe('3. check --watch, ended with Ctrl-C, after an attachment with a hidden or temporary-looking path was broken', () => {
  for (const [name, reference] of [
    ['in a hidden folder', 'files/.scans/A02.pdf'],
    ['named like a temporary file', 'files/A02-online-queue.tmp.pdf'],
  ] as const) {
    it(`${name}: the screen turns to not ready and the exit code is 1`, async () => {
      const spec = readyReturningUnit();
      spec.advanced.A02.files = [reference];
      const dir = writeApplication(path.join(tempDir(), 'app'), spec);
      const watching = watchProcess(dir, ['.', '--no-cache', ...NOW]);
      await until(() => watching.output().includes('ตรวจครั้งแรก'), 'the first check');
      expect(watching.output()).toContain('พร้อมส่ง (ข้อผิดพลาด 0 รายการ');
      await sleep(500);
      fs.writeFileSync(path.join(dir, reference), cutInHalf(makePdf({ text: 'A02' })));
      await until(() => watching.output().includes('กลับมาไม่พร้อมส่ง'), 'the broken file checked again');
      expect(await watching.interrupt()).toBe(1);
    }, 120_000);
  }
});

describe("4. a department unit's readiness form signed by another bureau's director", () => {
  it('is not ready (exit 1), and the report names the director who must sign', () => {
    const spec = readyReturningUnit();
    spec.unit.parent = 'สำนักอนามัย';
    spec.readiness_form.signer_position = 'ผู้อำนวยการสำนักการแพทย์';
    const dir = writeApplication(path.join(tempDir(), 'app'), spec);
    const run = spawnSync(process.execPath, [path.resolve('bin/gecc.js'), 'check', dir, '--format', 'json', '--no-cache', ...NOW], {
      encoding: 'utf8',
      timeout: 60_000,
      env: childEnv(),
    });
    expect(run.status).toBe(1);
    const app = (JSON.parse(run.stdout) as { applications: { ready: boolean; findings: { code: string }[] }[] }).applications[0]!;
    expect(app.ready).toBe(false);
    expect(app.findings.map((f) => f.code)).toContain('readiness.signer-other-parent');
  }, 120_000);
});
