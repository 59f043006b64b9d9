import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/cache/cache-folder.js';
import { readerVersions } from '../../src/cache/reader-identity.js';
import { VerdictCache } from '../../src/cache/verdict-cache.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-cache-'));
const IDENTITY = 'a'.repeat(32);

describe('VerdictCache', () => {
  it('gives back a verdict for the same bytes, with the path of the file that asks', async () => {
    const root = tempRoot();
    const cache = new VerdictCache(root, IDENTITY);
    const key = sha('one');
    await cache.set(key, 'pdf', {
      usable: true,
      pages: 3,
      findings: [{ code: 'pdf.no-text', severity: 'warning', args: { path: 'files/a.pdf', pages: 2, scan: true } }],
    });
    expect(await cache.get(key, 'pdf', 'files/b.pdf')).toEqual({
      usable: true,
      pages: 3,
      findings: [{ code: 'pdf.no-text', severity: 'warning', args: { path: 'files/b.pdf', pages: 2, scan: true } }],
    });
    // in the order a fresh finding has its arguments: a JSON report is the same, cached or not
    expect(JSON.stringify((await cache.get(key, 'pdf', 'files/b.pdf'))?.findings[0]?.args)).toBe(
      '{"path":"files/b.pdf","pages":2,"scan":true}',
    );
    // the name of the file first seen is not kept
    const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries).toHaveLength(1);
    expect(fs.readFileSync(path.join(entries[0]!.parentPath, entries[0]!.name), 'utf8')).not.toContain('a.pdf');
    expect(await cache.get(sha('two'), 'pdf', 'files/b.pdf')).toBeUndefined();
    expect(await cache.get(key, 'jpeg', 'files/b.pdf')).toBeUndefined();
  });

  it('keeps every verdict written at the same moment into a sub-folder not made yet', async () => {
    const root = tempRoot();
    const cache = new VerdictCache(root, IDENTITY);
    // the same first two hex digits: one sub-folder, made while the others wait
    const keys = ['0', '1', '2', '3', '4', '5'].map((d) => `ab${d.repeat(62)}`);
    await Promise.all(keys.map((key) => cache.set(key, 'pdf', { usable: true, findings: [] })));
    for (const key of keys) expect(await new VerdictCache(root, IDENTITY).get(key, 'pdf', 'a.pdf'), key).toBeDefined();
  });

  it('ignores damaged, foreign and oversized entries', async () => {
    const root = tempRoot();
    const cache = new VerdictCache(root, IDENTITY);
    const key = sha('x');
    await cache.set(key, 'pdf', { usable: true, findings: [] });
    const file = path.join(root, 'verdicts-1', IDENTITY, key.slice(0, 2), `${key}.pdf.json`);
    expect(fs.existsSync(file)).toBe(true);
    for (const content of [
      '{"format":1,"key":"pdf:',
      JSON.stringify({ format: 1, key: `pdf:${sha('other')}`, usable: true, findings: [] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [{ code: 'no.such-code', severity: 'error', args: {} }] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: 'yes', findings: [] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [], pad: 'x'.repeat(70_000) }),
      JSON.stringify({ format: 2, key: `pdf:${key}`, usable: true, findings: [] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, pages: -1, findings: [] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, pages: 1.5, findings: [] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: {} }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [null] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [{ code: 'pdf.no-text', severity: 'fatal', args: {} }] }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [{ code: 'pdf.no-text', severity: 'warning', args: [] }] }),
      JSON.stringify({
        format: 1,
        key: `pdf:${key}`,
        usable: true,
        findings: [{ code: 'pdf.no-text', severity: 'warning', args: { pages: {} } }],
      }),
      JSON.stringify({
        format: 1,
        key: `pdf:${key}`,
        usable: true,
        findings: [{ code: 'pdf.no-text', severity: 'warning', args: { pages: [true] } }],
      }),
      JSON.stringify({ format: 1, key: `pdf:${key}`, usable: true, findings: [{ code: 'toString', severity: 'warning', args: {} }] }),
      JSON.stringify([1, 2]),
      'null',
    ]) {
      fs.writeFileSync(file, content);
      expect(await new VerdictCache(root, IDENTITY).get(key, 'pdf', 'a.pdf')).toBeUndefined();
    }
  });

  it('gives back only the fields a verdict has, whatever else an entry holds', async () => {
    const root = tempRoot();
    const cache = new VerdictCache(root, IDENTITY);
    const key = sha('z');
    await cache.set(key, 'pdf', { usable: true, findings: [] });
    const file = path.join(root, 'verdicts-1', IDENTITY, key.slice(0, 2), `${key}.pdf.json`);
    const finding = { code: 'pdf.no-text', severity: 'info', args: { pages: 2, list: ['a', 1] }, file: 'elsewhere.pdf', item: 'B01' };
    fs.writeFileSync(file, JSON.stringify({ format: 1, key: `pdf:${key}`, usable: false, pages: 2, findings: [finding], extra: true }));
    expect(await new VerdictCache(root, IDENTITY).get(key, 'pdf', 'files/a.pdf')).toEqual({
      usable: false,
      pages: 2,
      // the severity is today's, the path the asking file's
      findings: [{ code: 'pdf.no-text', severity: 'warning', args: { pages: 2, list: ['a', 1], path: 'files/a.pdf' } }],
    });
  });

  it('never fails when its folder cannot be written', async () => {
    const root = path.join(tempRoot(), 'file-not-folder');
    fs.writeFileSync(root, '');
    const cache = new VerdictCache(root, IDENTITY);
    await expect(cache.set(sha('y'), 'pdf', { usable: true, findings: [] })).resolves.toBeUndefined();
    expect(await cache.get(sha('y'), 'pdf', 'a.pdf')).toBeUndefined();
  });

  it('stays bounded: the oldest entries of a full sub-folder go, and other versions’ verdicts are removed', async () => {
    const root = tempRoot();
    const old = path.join(root, 'verdicts-1', 'b'.repeat(32));
    fs.mkdirSync(old, { recursive: true });
    const cache = new VerdictCache(root, IDENTITY);
    // keys that share their first two hex digits land in one sub-folder
    const keys = Array.from({ length: 400 }, (_, i) => `00${sha(String(i)).slice(2)}`);
    for (const key of keys) await cache.set(key, 'jpeg', { usable: true, findings: [] });
    const sub = path.join(root, 'verdicts-1', IDENTITY, '00');
    expect(fs.readdirSync(sub).length).toBeLessThanOrEqual(250);
    expect(fs.existsSync(old)).toBe(false);
    expect(await cache.get(keys.at(-1)!, 'jpeg', 'x.jpg')).toBeDefined();
  });
});

describe('cacheFolder', () => {
  it('is the user’s cache folder, or GECC_CACHE_DIR', () => {
    expect(cacheFolder({ GECC_CACHE_DIR: '/tmp/c' }, 'linux')).toBe(path.resolve('/tmp/c'));
    expect(cacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux')).toBe(path.join('/x/cache', 'gecc'));
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux')).toBe(path.join(os.homedir(), '.cache', 'gecc'));
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe(
      path.join('C:\\Users\\u\\AppData\\Local', 'gecc', 'Cache'),
    );
  });
});

describe('what made a verdict', () => {
  it("names the readers' versions as Node would load them", () => {
    const require = createRequire(import.meta.url);
    const versionAt = (name: string) => {
      // the package.json above the entry point Node resolves, the way the versions were found before
      for (let folder = path.dirname(require.resolve(name)); path.dirname(folder) !== folder; folder = path.dirname(folder)) {
        const file = path.join(folder, 'package.json');
        const manifest = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {};
        if (manifest.name === name) return manifest.version;
      }
      return undefined;
    };
    const versions = readerVersions();
    expect(Object.keys(versions)).toEqual(['pdf-parse', 'pdfjs-dist', 'file-type', 'sharp']);
    for (const [name, version] of Object.entries(versions)) expect(version, name).toBe(versionAt(name));
  });
});
