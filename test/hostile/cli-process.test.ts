/** The real process, as the coordinating division runs it: hostile files end as findings, the process ends on time. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { childEnv } from '../helpers/child-env.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { truncatedJpeg } from '../helpers/hostile-files.js';
import { compressionBombPdf, encryptedPdf } from '../helpers/hostile-pdf.js';

afterAll(() => removeTempDirs());

describe('gecc check in its own process', () => {
  it('reports a compression bomb, a password and a truncated photo, and exits within the time limit', () => {
    const batch = tempDir('gecc-cli-');
    writeApplication(path.join(batch, 'unit-a'), readyNewUnit(), {
      files: {
        'files/A03.pdf': compressionBombPdf(1024),
        'files/A04.pdf': encryptedPdf({ userPassword: 'x', ownerPassword: 'y' }),
        'files/A05-photo.jpg': truncatedJpeg(0.4),
      },
    });
    writeApplication(path.join(batch, 'unit-b'), readyNewUnit());
    const check = (folder: string) => {
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), 'check', '--format', 'json', '--now', '2023-01-15T10:00:00+07:00', folder],
        { encoding: 'utf8', timeout: 90_000, env: childEnv() },
      );
      return { run, elapsed: performance.now() - started };
    };
    // the same batch with ordinary files, on this machine as loaded as it is now
    const plain = tempDir('gecc-cli-');
    writeApplication(path.join(plain, 'unit-a'), readyNewUnit());
    writeApplication(path.join(plain, 'unit-b'), readyNewUnit());
    const baseline = check(plain);
    expect(baseline.run.status).toBe(0);
    const { run, elapsed } = check(batch);
    expect(run.stderr).not.toMatch(/\n\s+at \S|Error:/);
    const report = JSON.parse(run.stdout) as { applications: { findings: { code: string; file?: string }[]; ready: boolean }[] };
    const codes = report.applications[0]!.findings.map((f) => `${f.code} ${f.file ?? ''}`);
    expect(codes).toEqual(expect.arrayContaining(['pdf.password files/A04.pdf', 'jpeg.truncated files/A05-photo.jpg']));
    // whichever limit the bomb reaches first on this machine, time or memory, ends it (on a machine
    // too busy to tell, the clock's: pdf.too-slow)
    expect(codes.filter((c) => c.endsWith('files/A03.pdf'))).toEqual([expect.stringMatching(/^pdf\.(timeout|too-slow|too-much-memory) /)]);
    expect(report.applications[1]!.ready).toBe(true);
    expect(run.status).toBe(1);
    // the bomb costs at most its time limit (4 s of its thread's work, 3 × 4 s by the clock) more
    // than ordinary files; twice the baseline leaves room for a neighbour's burst meanwhile
    expect(elapsed).toBeLessThan(3 * 4000 + 2 * baseline.elapsed);
  }, 240_000);

  it('reads PDFs when node itself was started with flags that threads refuse', () => {
    // a large batch is often run as `node --max-old-space-size=4096 …`: that must not cost the PDFs
    const dir = writeApplication(tempDir('gecc-cli-'), readyNewUnit());
    const run = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=2048',
        '--stack-size=2000',
        path.join(PACKAGE_ROOT, 'bin', 'gecc.js'),
        'check',
        '--format',
        'json',
        '--now',
        '2023-01-15T10:00:00+07:00',
        dir,
      ],
      { encoding: 'utf8', timeout: 90_000, env: childEnv() },
    );
    const report = JSON.parse(run.stdout) as { applications: { findings: { code: string }[]; ready: boolean }[] };
    expect(report.applications[0]!.findings.map((f) => f.code)).toEqual(['window.open']);
    expect(report.applications[0]!.ready).toBe(true);
    expect(run.status).toBe(0);
  }, 120_000);
});
