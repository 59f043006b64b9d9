/**
 * With the verdict cache, a file is first only hashed, through a buffer reused from file to file,
 * and read whole only when no verdict on its bytes is known. The hash must be the hash of the
 * bytes, whatever the file's size against the buffer's; a changed byte anywhere must be read again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HASH_CHUNK_BYTES, hashAtMost } from '../../src/attachments/hash-file.js';
import { readerIdentity } from '../../src/cache/reader-identity.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';
import { checkApplication } from '../../src/check-application.js';
import { NotRegularFileError } from '../../src/read-regular-file.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';
import { jpegWithTrailer } from '../helpers/hostile-files.js';

afterAll(removeTempDirs);

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** bytes that differ at every offset, so that a chunk hashed twice or skipped changes the hash */
const patterned = (size: number) => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >>> 8) * 7 + (i >>> 16)) & 0xff;
  return bytes;
};

describe('hashing through a reused buffer', () => {
  const C = HASH_CHUNK_BYTES;
  it.each([0, 1, 4099, 4100, 4101, C - 1, C, C + 1, 2 * C - 1, 2 * C, 2 * C + 1, 3 * C + 12_345])(
    'a file of %d bytes: the same hash as the whole file read at once, and its first bytes',
    async (size) => {
      const file = path.join(tempDir(), 'f.bin');
      const bytes = patterned(size);
      fs.writeFileSync(file, bytes);
      const hashed = await hashAtMost(file, size, 4100);
      expect(hashed.sha256).toBe(sha(bytes));
      expect(hashed.bytes).toBe(size);
      expect(hashed.head.equals(bytes.subarray(0, 4100))).toBe(true);
    },
  );

  it('stops at the length asked for, as the whole read does (a file may grow while it is read)', async () => {
    const file = path.join(tempDir(), 'f.bin');
    const bytes = patterned(C + 10);
    fs.writeFileSync(file, bytes);
    const hashed = await hashAtMost(file, C + 1, 4100);
    expect(hashed.sha256).toBe(sha(bytes.subarray(0, C + 1)));
  });

  it('a file shorter than said (truncated since it was listed) is hashed as it is now', async () => {
    const file = path.join(tempDir(), 'f.bin');
    const bytes = patterned(C - 5);
    fs.writeFileSync(file, bytes);
    const hashed = await hashAtMost(file, 2 * C, 4100);
    expect(hashed).toMatchObject({ sha256: sha(bytes), bytes: C - 5 });
  });

  it('files hashed at the same time never share a buffer', async () => {
    const dir = tempDir();
    const sizes = Array.from({ length: 12 }, (_, i) => C - 3 + i * 97_003);
    const contents = sizes.map((size, i) => {
      const bytes = Buffer.from(patterned(size).map((b) => b ^ i));
      fs.writeFileSync(path.join(dir, `${i}.bin`), bytes);
      return bytes;
    });
    const hashed = await Promise.all(sizes.map((size, i) => hashAtMost(path.join(dir, `${i}.bin`), size, 4100)));
    expect(hashed.map((h) => h.sha256)).toEqual(contents.map(sha));
    expect(hashed.every((h, i) => h.head.equals(contents[i]!.subarray(0, 4100)))).toBe(true);
  });

  it.runIf(process.platform !== 'win32')('a FIFO is refused without waiting for a writer', async () => {
    const file = path.join(tempDir(), 'pipe.pdf');
    execFileSync('mkfifo', [file]);
    await expect(hashAtMost(file, 1000, 4100)).rejects.toBeInstanceOf(NotRegularFileError);
  });
});

describe('a re-check with the cache', () => {
  it('reports every attachment exactly as the check that read them did', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    // a photo larger than the buffer, so that it is hashed in several pieces
    const big = Buffer.concat([jpegWithTrailer(), patterned(HASH_CHUNK_BYTES + 1)]);
    fs.writeFileSync(path.join(dir, 'files/A05-photo.jpg'), big);
    const root = tempDir();
    const first = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    const again = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    const uncached = await checkApplication(dir, { now: IN_WINDOW, cache: false });
    const photo = again.attachments.find((a) => a.path === 'files/A05-photo.jpg')!;
    expect(photo.sha256).toBe(sha(big));
    // verdicts read back from the cache list their arguments in another order: compare as values
    const shape = (r: typeof first) => JSON.parse(JSON.stringify({ findings: r.findings, attachments: r.attachments })) as unknown;
    expect(shape(again)).toEqual(shape(first));
    expect(shape(again)).toEqual(shape(uncached));
    for (const report of again.attachments) {
      if (report.sha256) expect(report.sha256).toBe(sha(fs.readFileSync(path.join(dir, report.path))));
    }
  });

  it('reads a file again when only a byte past the first buffer changed', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const file = path.join(dir, 'files/A05-photo.jpg');
    const big = Buffer.concat([jpegWithTrailer(), patterned(HASH_CHUNK_BYTES + 100)]);
    fs.writeFileSync(file, big);
    const root = tempDir();
    // a verdict no reader would give this photo: seeing it proves the cache was asked
    await new VerdictCache(root, readerIdentity()).set(sha(big), 'jpeg', {
      usable: false,
      findings: [{ code: 'jpeg.truncated', severity: 'error', args: { path: 'x.jpg', offset: 12 } }],
    });
    const planted = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(planted.findings.filter((f) => f.file === 'files/A05-photo.jpg').map((f) => f.code)).toEqual(['jpeg.truncated']);
    const changed = Buffer.from(big);
    changed[big.length - 1] = changed[big.length - 1]! ^ 0xff;
    fs.writeFileSync(file, changed);
    const result = await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(result.findings.filter((f) => f.file === 'files/A05-photo.jpg')).toEqual([]);
    expect(result.attachments.find((a) => a.path === 'files/A05-photo.jpg')!.sha256).toBe(sha(changed));
  });

  it('a re-check writes nothing into the checked folder', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const root = tempDir();
    const listing = () => fs.readdirSync(dir, { recursive: true }).map(String).sort();
    const before = listing();
    await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    await checkApplication(dir, { now: IN_WINDOW, cacheFolder: root });
    expect(listing()).toEqual(before);
  });
});
