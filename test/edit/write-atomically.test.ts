import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/findings/render-message.js';
import { writeAtomically, writeNewFile } from '../../src/edit/write-atomically.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

afterAll(() => removeTempDirs());

const refusing = (code: string, times = Number.POSITIVE_INFINITY) => {
  let calls = 0;
  const fn = async (from: string, to: string) => {
    calls++;
    if (calls <= times) throw Object.assign(new Error(`${code}: held`), { code });
    await rename(from, to);
  };
  return Object.assign(fn, { calls: () => calls });
};

const isRoot = process.getuid?.() === 0;
/** the unprivileged user of Debian and most systems */
const NOBODY = 65534;
const WRITER = path.resolve(import.meta.dirname, '../../dist/edit/write-atomically.js');

/** As root: whether an ordinary user can run this Node and read the built writer (a Node kept in a private folder cannot). */
function nobodyCanRunTheWriter(): boolean {
  if (!isRoot) return false;
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(WRITER)})`], {
    uid: NOBODY,
    gid: NOBODY,
    env: childEnv(),
    timeout: 60_000,
  });
  return probe.status === 0;
}

describe('writeAtomically: application.yaml replaced whole, or not at all', () => {
  it('replaces the file, keeps its permissions and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'application.yaml');
    fs.writeFileSync(file, 'unit:\r\n  name: เดิม\r\n');
    fs.chmodSync(file, 0o640);
    expect(await writeAtomically(file, '\uFEFFunit:\r\n  name: ใหม่\r\n')).toEqual({ ok: true });
    expect(fs.readFileSync(file)).toEqual(Buffer.from('\uFEFFunit:\r\n  name: ใหม่\r\n', 'utf8'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
  });

  it('writes a file that is not there yet', async () => {
    const dir = tempDir();
    expect(await writeAtomically(path.join(dir, 'application.yaml'), Buffer.from('unit:\n'))).toEqual({ ok: true });
    expect(fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8')).toBe('unit:\n');
  });

  it('tries a rename refused for a moment again (EBUSY, EPERM, EACCES: an antivirus holding the file)', async () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const dir = tempDir();
      const file = path.join(dir, 'application.yaml');
      fs.writeFileSync(file, 'old');
      const held = refusing(code, 3);
      expect(await writeAtomically(file, 'new', { rename: held })).toEqual({ ok: true });
      expect(held.calls()).toBe(4);
      expect(fs.readFileSync(file, 'utf8')).toBe('new');
      expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
    }
  });

  it('gives up after its time, says in Thai that another program holds the file, and leaves the old file and no temporary one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'application.yaml');
    fs.writeFileSync(file, 'old');
    const held = refusing('EBUSY');
    const outcome = await writeAtomically(file, 'new', { rename: held, retryForMs: 150 });
    expect(outcome).toMatchObject({ ok: false, problem: 'busy', code: 'EBUSY', finding: { code: 'edit.cannot-write' } });
    expect(held.calls()).toBeGreaterThan(1);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
    if (outcome.ok) return;
    expect(renderMessage(outcome.finding, 'th').text).toBe(
      'บันทึก application.yaml ไม่ได้: มีโปรแกรมอื่นเปิดไฟล์ค้างไว้ (เช่น โปรแกรมป้องกันไวรัส หรือ Word/Excel) (EBUSY) ไฟล์เดิมยังอยู่ครบ ไม่ถูกเปลี่ยน',
    );
  });

  it('does not try again a rename that fails for good', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'application.yaml');
    fs.writeFileSync(file, 'old');
    const broken = refusing('EXDEV');
    expect(await writeAtomically(file, 'new', { rename: broken })).toMatchObject({ ok: false, problem: 'other', code: 'EXDEV' });
    expect(broken.calls()).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
  });

  it('writes nothing where no temporary file can be made (a "folder" that is a file: refused even to root)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    const outcome = await writeAtomically(path.join(dir, 'not-a-folder', 'application.yaml'), 'new');
    expect(outcome).toMatchObject({ ok: false, code: 'ENOTDIR', finding: { code: 'edit.cannot-write', args: { reason: 'ENOTDIR' } } });
    expect(fs.readdirSync(dir)).toEqual(['not-a-folder']);
  });

  // as root, chmod stops nothing: the write is made by a process of an ordinary user (skipped
  // where that user cannot run this Node or read dist/, e.g. a Node unpacked in a private folder)
  it.runIf(nobodyCanRunTheWriter())(
    'writes nothing in a read-only folder (as root: in a process of an ordinary user)',
    () => {
      const dir = tempDir();
      const file = path.join(dir, 'application.yaml');
      fs.writeFileSync(file, 'old');
      fs.chmodSync(file, 0o644);
      fs.chmodSync(dir, 0o555);
      const writer = pathToFileURL(WRITER).href;
      const script = `const { writeAtomically } = await import(${JSON.stringify(writer)}); console.log(JSON.stringify(await writeAtomically(${JSON.stringify(file)}, 'new')));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        uid: NOBODY,
        gid: NOBODY,
        env: childEnv(),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(child.stderr).toBe('');
      expect(JSON.parse(child.stdout)).toMatchObject({
        ok: false,
        problem: 'read-only',
        code: 'EACCES',
        finding: { code: 'edit.cannot-write' },
      });
      expect(fs.readFileSync(file, 'utf8')).toBe('old');
      expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
    },
    90_000,
  );

  it.skipIf(isRoot)('writes nothing in a read-only folder, and says why in Thai', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'application.yaml');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(dir, 0o555);
    try {
      const outcome = await writeAtomically(file, 'new');
      expect(outcome).toMatchObject({ ok: false, problem: 'read-only', code: 'EACCES' });
      if (!outcome.ok) expect(renderMessage(outcome.finding, 'th').text).toContain('ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้');
      expect(fs.readFileSync(file, 'utf8')).toBe('old');
      expect(fs.readdirSync(dir)).toEqual(['application.yaml']);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('writeNewFile: an attachment copied in, never over another file', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = tempDir();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]);
    expect(await writeNewFile(path.join(dir, 'ภาพ.jpg'), bytes)).toEqual({ ok: true });
    expect(fs.readFileSync(path.join(dir, 'ภาพ.jpg'))).toEqual(bytes);
    expect(fs.readdirSync(dir)).toEqual(['ภาพ.jpg']);
  });

  it('refuses a name taken (by a file or by a link, even a dangling one), leaving it as it was', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.pdf'), 'keep');
    expect(await writeNewFile(path.join(dir, 'a.pdf'), Buffer.from('new'))).toMatchObject({ ok: false, problem: 'exists', code: 'EEXIST' });
    expect(fs.readFileSync(path.join(dir, 'a.pdf'), 'utf8')).toBe('keep');
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'b.pdf'));
    expect(await writeNewFile(path.join(dir, 'b.pdf'), Buffer.from('new'))).toMatchObject({ ok: false, problem: 'exists' });
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('writes nothing where the folder cannot take a file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'files'), 'x');
    expect(await writeNewFile(path.join(dir, 'files', 'a.pdf'), Buffer.from('x'))).toMatchObject({ ok: false, code: 'ENOTDIR' });
    expect(fs.readdirSync(dir)).toEqual(['files']);
  });
});
