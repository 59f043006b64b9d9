import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_FAST, notFast } from './not-fast.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** what starts a process, a browser, Wine or LibreOffice in a test file, straight or through a helper */
const SLOW = [
  /from 'node:child_process'/,
  /from 'playwright-core'/,
  /helpers\/(reference-readers|reference-tools|libreoffice|wine)\.js'/,
  /\b(watchProcess|spawnEdit)\(/,
];

function testFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(file);
    return file.endsWith('.test.ts') ? [file] : [];
  });
}

describe('the fast suite (npm run test:fast)', () => {
  it('leaves out every test that starts a process, a browser, Wine or LibreOffice', () => {
    const self = path
      .relative(ROOT, import.meta.filename)
      .split(path.sep)
      .join('/');
    const slowButFast = testFiles('test').filter((file) => {
      if (file === self) return false; // its patterns are no process
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return SLOW.some((pattern) => pattern.test(text)) && !notFast(file);
    });
    expect(slowButFast).toEqual([]);
  });

  it('names only tests that are there', () => {
    expect(NOT_FAST.filter((entry) => !fs.existsSync(path.join(ROOT, entry)))).toEqual([]);
  });
});
