import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';

afterAll(() => removeTempDirs());

const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

/** Every file and folder in the tree, so a test can say nothing was added or changed. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = entry.isFile() ? fs.readFileSync(full).toString('base64') : entry.isDirectory() ? 'dir' : 'other';
  }
  return out;
}

function setUp() {
  const app = writeApplication(path.join(tempDir(), 'app'), readyNewUnit());
  const outside = tempDir('gecc-out-');
  return { app, outside, before: tree(app) };
}

const commands = (app: string, file: string): string[][] => [
  ['check', app, ...NOW, '-o', file],
  ['check', app, ...NOW, '--report', `csv=${file}`],
  ['check', app, ...NOW, '-f', 'html', '--output', file],
  ['form', app, '--output', file],
];

describe('report and form files never land in a checked folder', () => {
  it('refuses a dangling symbolic link whose target is inside the folder: nothing is created there (exit 2)', async () => {
    const { app, outside, before } = setUp();
    const link = path.join(outside, 'report.html');
    fs.symlinkSync(path.join(app, 'files', 'report.html'), link);
    const chain = path.join(outside, 'chain.html');
    fs.symlinkSync(link, chain);
    // a folder that is a link to a folder not made yet inside the application
    const folderLink = path.join(outside, 'reports');
    fs.symlinkSync(path.join(app, 'files', 'reports'), folderLink);
    for (const file of [link, chain, path.join(folderLink, 'report.html')]) {
      for (const argv of commands(app, file)) {
        const { code, stdout, stderr } = await runCli(argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain('จะไม่เขียนไฟล์');
        expect(stderr).toContain('เพราะอยู่ในโฟลเดอร์ใบสมัคร');
        expect(tree(app)).toEqual(before);
      }
    }
  }, 60_000);

  it('refuses a hard link of application.yaml or of an attachment: the answers stay as they were (exit 2)', async () => {
    const { app, outside, before } = setUp();
    const answers = path.join(outside, 'answers-copy.txt');
    fs.linkSync(path.join(app, 'application.yaml'), answers);
    const attachment = path.join(outside, 'attachment.csv');
    fs.linkSync(path.join(app, 'files', 'B01.pdf'), attachment);
    for (const file of [answers, attachment]) {
      for (const argv of commands(app, file)) {
        const { code, stderr } = await runCli(argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(stderr).toContain('เพราะเป็นไฟล์เดียวกับไฟล์หนึ่งในโฟลเดอร์ใบสมัคร');
        expect(tree(app)).toEqual(before);
      }
    }
    const english = await runCli(['check', app, '--lang', 'en', '-o', answers]);
    expect(english.stderr).toContain('under another name (a link of application.yaml or of an attachment)');
  }, 60_000);

  it('writes by replacing the name: a file hard-linked elsewhere keeps its content, and no temporary file is left', async () => {
    const { app, outside } = setUp();
    const report = path.join(outside, 'report.txt');
    const keep = path.join(outside, 'keep.txt');
    fs.writeFileSync(keep, 'my own notes');
    fs.linkSync(keep, report);
    const { code, stderr } = await runCli(['check', app, ...NOW, '-o', report]);
    expect(code).toBe(0);
    expect(stderr).toContain('บันทึกไว้ที่');
    expect(fs.readFileSync(report, 'utf8')).toContain('พร้อมส่ง');
    expect(fs.readFileSync(keep, 'utf8')).toBe('my own notes');
    expect(fs.readdirSync(outside).sort()).toEqual(['keep.txt', 'report.txt']);

    // a dangling link that points outside every checked folder: the report replaces the link
    const elsewhere = tempDir('gecc-elsewhere-');
    const link = path.join(outside, 'linked.csv');
    fs.symlinkSync(path.join(elsewhere, 'target.csv'), link);
    expect((await runCli(['check', app, ...NOW, '--report', `csv=${link}`])).code).toBe(0);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(fs.lstatSync(link).isFile()).toBe(true);
  }, 60_000);

  it('leaves no temporary file when the rename fails, and keeps the old report whole', async () => {
    const { app, outside } = setUp();
    const blocked = path.join(outside, 'folder.txt');
    fs.mkdirSync(blocked);
    fs.writeFileSync(path.join(blocked, 'inside'), 'x');
    const { code, stderr } = await runCli(['check', app, ...NOW, '-o', blocked]);
    expect(code).toBe(2);
    expect(stderr).toContain('เขียนไฟล์');
    expect(fs.readdirSync(outside)).toEqual(['folder.txt']);
  }, 60_000);
});
