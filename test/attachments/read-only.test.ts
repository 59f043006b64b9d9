import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { damagedJpeg, truncatedJpeg } from '../helpers/hostile-files.js';
import { compressionBombPdf, cyclicPageTreePdf, encryptedPdf } from '../helpers/hostile-pdf.js';

afterAll(() => removeTempDirs());

/** Everything about a folder that checking could change: names, kinds, sizes, contents, modes, times. */
function fingerprint(root: string): string[] {
  const lines: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(root, relative);
    const info = fs.lstatSync(full);
    const base = `${relative} mode=${info.mode} size=${info.size} mtime=${info.mtimeMs} ctime=${info.ctimeMs}`;
    if (info.isSymbolicLink()) lines.push(`${base} -> ${fs.readlinkSync(full)}`);
    else if (info.isDirectory()) {
      lines.push(`${base} dir`);
      for (const name of fs.readdirSync(full).sort()) walk(path.join(relative, name));
    } else lines.push(`${base} sha256=${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`);
  };
  walk('.');
  return lines;
}

describe('gecc never writes into the folder it checks', () => {
  it('leaves a batch of ready and hostile applications exactly as they were', async () => {
    const batch = tempDir('gecc-readonly-');
    writeApplication(path.join(batch, 'ready'), readyNewUnit());
    writeApplication(path.join(batch, 'hostile'), readyNewUnit(), {
      files: {
        'files/A03.pdf': cyclicPageTreePdf(),
        'files/A04.pdf': encryptedPdf({ userPassword: 'x', ownerPassword: 'y' }),
        'files/A06.pdf': compressionBombPdf(64),
        'files/A05-photo.jpg': truncatedJpeg(0.5),
        'files/extra.jpg': damagedJpeg(),
      },
    });
    fs.symlinkSync('/etc', path.join(batch, 'hostile', 'files', 'etc-link'));
    fs.mkdirSync(path.join(batch, 'hostile', 'files', 'empty-folder'));
    const before = fingerprint(batch);
    const report = await checkTargets([batch], { now: new Date('2023-01-15T10:00:00+07:00'), pdfTimeoutMs: 2000 });
    expect(report.summary.applications).toBe(2);
    expect(fingerprint(batch)).toEqual(before);
  });
});
