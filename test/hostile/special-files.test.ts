/**
 * Files that are not what a folder of answers and scans should hold: FIFOs, devices, links out of
 * the folder, huge files. None may hang the check, take the memory, or be read outside the folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAtMost } from '../../src/attachments/read-attachment.js';
import { checkApplication } from '../../src/check-application.js';
import { loadCatalogueFile } from '../../src/criteria/parse-catalogue.js';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { NotRegularFileError, readRegularFile, readRegularFileSync } from '../../src/read-regular-file.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { codes, IN_WINDOW, only } from '../helpers/check.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(removeTempDirs);

const posix = process.platform !== 'win32';
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

/** The real command over these folders, ended by force if it hangs. */
function gecc(args: string[]) {
  return spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), ...args], {
    encoding: 'utf8',
    timeout: 50_000,
    env: childEnv(),
  });
}

type JsonFinding = { code: string; severity: string; file?: string };
/** Each application's errors and warnings (the window note left out). */
function jsonFindings(stdout: string): JsonFinding[][] {
  return (JSON.parse(stdout) as { applications: { findings: JsonFinding[] }[] }).applications.map((a) =>
    a.findings.filter((f) => f.severity !== 'info'),
  );
}

describe.runIf(posix)('FIFOs and devices never hang the check (real processes)', () => {
  it('application.yaml that is a FIFO: a finding, the batch goes on, the process ends', () => {
    const batch = tempDir('gecc-fifo-');
    const a = path.join(batch, 'unit-a');
    fs.mkdirSync(a);
    mkfifo(path.join(a, 'application.yaml'));
    writeApplication(path.join(batch, 'unit-b'), readyNewUnit());
    const run = gecc(['check', '--format', 'json', '--now', '2023-02-01T09:00:00+07:00', batch]);
    expect(run.signal).toBeNull();
    const [first, second] = jsonFindings(run.stdout);
    expect(first!.map((f) => f.code)).toEqual(['answers.not-a-file']);
    expect(second!.map((f) => f.code)).toEqual([]);
    expect(run.status).toBe(1);
  }, 60_000);

  it('an attachment that is a FIFO: a finding for that file, the process ends', () => {
    const dir = writeApplication(tempDir('gecc-fifo-'), readyNewUnit());
    fs.rmSync(path.join(dir, 'files/A03.pdf'));
    mkfifo(path.join(dir, 'files/A03.pdf'));
    const run = gecc(['check', '--format', 'json', '--now', '2023-02-01T09:00:00+07:00', dir]);
    expect(run.signal).toBeNull();
    expect(jsonFindings(run.stdout)[0]!.map((f) => `${f.code} ${f.file}`)).toEqual(['file.not-regular files/A03.pdf']);
    expect(run.status).toBe(1);
  }, 60_000);

  it.each([
    ['--criteria', 'criteria.json'],
    ['--config', 'gecc.config.yaml'],
  ])(
    '%s that is a FIFO or /dev/zero: refused (exit 2), the process ends',
    (option, name) => {
      const dir = writeApplication(tempDir('gecc-fifo-'), readyNewUnit());
      const fifo = path.join(tempDir('gecc-fifo-'), name);
      mkfifo(fifo);
      for (const file of [fifo, '/dev/zero']) {
        const run = gecc(['check', option, file, dir]);
        expect(run.signal).toBeNull();
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(file);
        expect(run.stderr).not.toMatch(/\n\s+at \S/);
      }
    },
    60_000,
  );
});

describe.runIf(posix)('the readers refuse what is not an ordinary file on the opened handle', () => {
  it('application.yaml that is a socket: not a file', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    fs.rmSync(path.join(dir, 'application.yaml'));
    const server = net.createServer().listen(path.join(dir, 'application.yaml'));
    await once(server, 'listening');
    try {
      const result = await checkApplication(dir, { now: IN_WINDOW });
      expect(only(result, 'answers.not-a-file').args).toEqual({ file: 'application.yaml', kind: 'socket' });
    } finally {
      server.close();
    }
  });

  it('an attachment swapped for a FIFO or a device after it was resolved is refused, not waited on', async () => {
    const fifo = path.join(tempDir(), 'swapped.pdf');
    mkfifo(fifo);
    // what readAtMost gets when the file was replaced between the stat and the open
    await expect(readAtMost(fifo, 4100)).rejects.toMatchObject({ code: 'ENOTREG', kind: 'fifo' });
    await expect(readAtMost('/dev/zero', 4100)).rejects.toMatchObject({ code: 'ENOTREG', kind: 'device' });
  });

  it('a regular file is read whole, a file over the limit is refused', async () => {
    const file = path.join(tempDir(), 'a.txt');
    fs.writeFileSync(file, 'x'.repeat(300_000));
    expect((await readRegularFile(file, 300_000)).length).toBe(300_000);
    expect(readRegularFileSync(file, 300_000).length).toBe(300_000);
    await expect(readRegularFile(file, 299_999)).rejects.toMatchObject({ code: 'EFBIG', limit: 299_999 });
    expect(() => readRegularFileSync(file, 299_999)).toThrow(/larger than 299999/);
    expect(() => readRegularFileSync('/dev/zero', 10)).toThrow(NotRegularFileError);
  });

  it('the criteria loader names the problem', () => {
    expect(() => loadCatalogueFile('/dev/zero')).toThrow(/ไม่ใช่ไฟล์ธรรมดา \(device\)/);
  });
});

describe('application.yaml is read only inside its folder, and only up to a limit', () => {
  async function checkWithAnswersLink(target: string) {
    const dir = writeApplication(tempDir(), readyNewUnit());
    fs.rmSync(path.join(dir, 'application.yaml'));
    fs.symlinkSync(target, path.join(dir, 'application.yaml'));
    return checkApplication(dir, { now: IN_WINDOW });
  }

  it.runIf(posix)('a link to /etc/passwd or /proc/self/environ is refused; nothing of it is shown', async () => {
    for (const target of ['/etc/passwd', '/proc/self/environ', '/dev/zero']) {
      const result = await checkWithAnswersLink(target);
      expect(codes(result)).toEqual(['answers.link-outside']);
      expect(JSON.stringify(result.findings)).not.toMatch(/root|PATH/);
      expect(result.ready).toBe(false);
    }
  });

  it.runIf(posix)('a link to a file inside the folder is read (the nearest passing case)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    fs.renameSync(path.join(dir, 'application.yaml'), path.join(dir, 'answers-real.yaml'));
    fs.symlinkSync('answers-real.yaml', path.join(dir, 'application.yaml'));
    const result = await checkApplication(dir, { now: IN_WINDOW });
    expect(codes(result)).toEqual([]);
  });

  it('a link to a copy in a sibling folder whose name starts the same is outside too', async () => {
    const parent = tempDir();
    const dir = writeApplication(path.join(parent, 'unit'), readyNewUnit());
    writeApplication(path.join(parent, 'unit-copy'), readyNewUnit());
    fs.rmSync(path.join(dir, 'application.yaml'));
    fs.symlinkSync(path.join(parent, 'unit-copy', 'application.yaml'), path.join(dir, 'application.yaml'));
    expect(codes(await checkApplication(dir, { now: IN_WINDOW }))).toEqual(['answers.link-outside']);
  });

  it('an answers file over 2 MiB is refused with the limit; a 150 MB one too, without reading it', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, 'application.yaml');
    fs.appendFileSync(file, `# ${'ก'.repeat(1_100_000)}\n`);
    const finding = only(await checkApplication(dir, { now: IN_WINDOW }), 'answers.too-large');
    expect(finding).toMatchObject({ severity: 'error', file: 'application.yaml', args: { limit: 2 * 1024 * 1024 } });
    fs.truncateSync(file, 150 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const huge = only(await checkApplication(dir, { now: IN_WINDOW }), 'answers.too-large');
    expect(huge.args.bytes).toBe(150 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('an answers file just under the limit is read (the nearest passing case)', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, 'application.yaml');
    const size = fs.statSync(file).size;
    fs.appendFileSync(file, `#${'x'.repeat(2 * 1024 * 1024 - size - 3)}\n`);
    expect(fs.statSync(file).size).toBe(2 * 1024 * 1024 - 1);
    expect(codes(await checkApplication(dir, { now: IN_WINDOW }))).toEqual([]);
  });

  it.runIf(posix)(
    'a 150 MB answers file in a real process: a finding, no out-of-memory crash',
    () => {
      const dir = writeApplication(tempDir('gecc-huge-'), readyNewUnit());
      const file = path.join(dir, 'application.yaml');
      fs.writeFileSync(file, `unit:\n  name: ${'ก'.repeat(50_000_000)}\n`);
      const run = gecc(['check', '--format', 'json', '--now', '2023-02-01T09:00:00+07:00', dir]);
      expect(run.stderr).not.toMatch(/heap|\n\s+at \S/);
      expect(jsonFindings(run.stdout)[0]!.map((f) => f.code)).toEqual(['answers.too-large']);
      expect(run.status).toBe(1);
    },
    60_000,
  );
});
