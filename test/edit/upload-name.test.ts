import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/findings/render-message.js';
import { receiveUpload } from '../../src/edit/save-upload.js';
import { checkUploadName, filesFolder, freeName, MAX_NAME_BYTES, targetIn } from '../../src/edit/upload-name.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(() => removeTempDirs());

const problemOf = (name: string) => {
  const checked = checkUploadName(name);
  return checked.ok ? undefined : checked.problem;
};

describe('checkUploadName: a name only', () => {
  it('keeps Thai letters, spaces, digits and punctuation that every system takes', () => {
    for (const name of [
      'แบบประเมินความพร้อม.pdf',
      'ภาพ จุดบริการ (ด้านหน้า) 2566.jpg',
      'B01-สำรวจ_ความต้องการ.pdf',
      'a..b.pdf',
      'สำรวจ #1 & 2 50%.pdf',
    ]) {
      expect(checkUploadName(name)).toEqual({ ok: true, name });
    }
  });

  it('gives the name composed (NFC), as Windows and Linux keep names', () => {
    expect(checkUploadName('cafe\u0301.pdf')).toEqual({ ok: true, name: 'café.pdf' });
    const thai = 'น\u0E4Dา.pdf'; // nikhahit + sara aa, the decomposed form of sara am
    expect(checkUploadName(thai)).toEqual({ ok: true, name: thai.normalize('NFC') });
  });

  it.each([
    ['empty', ''],
    ['empty', '   '],
    ['separator', 'files/a.pdf'],
    ['separator', '..\\..\\Windows\\a.pdf'],
    ['separator', '../a.pdf'],
    ['dot-dot', '..'],
    ['dot-dot', '.'],
    ['drive', 'C:a.pdf'],
    ['drive', 'c:'],
    ['colon', 'a.pdf:Zone.Identifier'],
    ['colon', 'เวลา 08:30.pdf'],
    ['windows-character', 'a?.pdf'],
    ['windows-character', 'a*.pdf'],
    ['windows-character', '"a".pdf'],
    ['windows-character', 'a<b>.pdf'],
    ['windows-character', 'a|b.pdf'],
    ['control', 'a\u0000.pdf'],
    ['control', 'a\n.pdf'],
    ['control', 'a\u001b[8m.pdf'],
    ['control', 'a\u007f.pdf'],
    ['control', 'a\u0085.pdf'],
    ['control', 'gpj\u202Eexe.pdf'],
    ['trailing-dot-or-space', 'a.pdf.'],
    ['trailing-dot-or-space', 'a.pdf '],
    ['trailing-dot-or-space', 'รายงาน...'],
  ] as const)('refuses %s: %j', (problem, name) => {
    expect(problemOf(name)).toBe(problem);
  });

  it('refuses the names Windows gives to devices, in any case and with any extension', () => {
    for (const name of [
      'CON',
      'con.pdf',
      'Prn.jpg',
      'AUX',
      'nul.tar.gz',
      'COM1.pdf',
      'com9',
      'LPT1',
      'lpt9.pdf',
      'COM¹.pdf',
      'CON .pdf',
      'CONIN$.pdf',
    ]) {
      expect(problemOf(name), name).toBe('reserved');
    }
    for (const name of ['CONSOLE.pdf', 'com10.pdf', 'nul-report.pdf', 'ตัวอย่าง con.pdf', 'COM.pdf', 'LPT.pdf'])
      expect(problemOf(name), name).toBeUndefined();
  });

  it('refuses a name over 255 bytes of UTF-8 (85 Thai letters with their marks at most), keeps one at the limit', () => {
    const thai = 'ก'.repeat(83);
    expect(Buffer.byteLength(`${thai}.pdf`)).toBe(253);
    expect(problemOf(`${thai}.pdf`)).toBeUndefined();
    expect(problemOf(`${thai}ก.pdf`)).toBe('too-long');
    expect(problemOf(`${'a'.repeat(MAX_NAME_BYTES - 4)}.pdf`)).toBeUndefined();
    expect(problemOf(`${'a'.repeat(MAX_NAME_BYTES - 3)}.pdf`)).toBe('too-long');
  });

  it('says what is wrong in Thai, naming the file as given', () => {
    const checked = checkUploadName('CON.pdf');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.finding).toMatchObject({ code: 'edit.upload-name', args: { name: 'CON.pdf', problem: 'reserved' } });
    expect(renderMessage(checked.finding, 'th').text).toBe('ชื่อไฟล์ "CON.pdf" ใช้ไม่ได้: เป็นชื่อที่ Windows สงวนไว้ (เช่น CON, NUL, COM1, LPT1)');
    expect(renderMessage(checked.finding, 'en').text).toContain('a name Windows reserves');
  });
});

describe('freeName: a name already taken gets a new one', () => {
  it('keeps a free name, numbers a taken one before its extension', async () => {
    const folder = tempDir();
    expect(await freeName(folder, 'ชื่อ.pdf')).toBe('ชื่อ.pdf');
    fs.writeFileSync(path.join(folder, 'ชื่อ.pdf'), 'x');
    expect(await freeName(folder, 'ชื่อ.pdf')).toBe('ชื่อ (2).pdf');
    fs.writeFileSync(path.join(folder, 'ชื่อ (2).pdf'), 'x');
    expect(await freeName(folder, 'ชื่อ.pdf')).toBe('ชื่อ (3).pdf');
    fs.writeFileSync(path.join(folder, 'README'), 'x');
    expect(await freeName(folder, 'README')).toBe('README (2)');
  });

  it('counts a name taken in another case or composed the other way (Windows and macOS treat them as one)', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'Report.PDF'), 'x');
    fs.writeFileSync(path.join(folder, 'cafe\u0301.pdf'), 'x');
    expect(await freeName(folder, 'report.pdf')).toBe('report (2).pdf');
    expect(await freeName(folder, 'café.pdf')).toBe('café (2).pdf');
  });

  it('shortens a long name by whole letters so that the number still fits', async () => {
    const folder = tempDir();
    const name = `กข${'ที่'.repeat(27)}.pdf`;
    expect(Buffer.byteLength(name)).toBe(253);
    fs.writeFileSync(path.join(folder, name), 'x');
    // ' (2)' does not fit after the whole stem: its last letter (ท with its vowel and tone mark) goes whole
    expect(await freeName(folder, name)).toBe(`กข${'ที่'.repeat(26)} (2).pdf`);
  });
});

describe('filesFolder and targetIn: inside the application folder, no links', () => {
  it('gives the real files/ folder, making it when it is missing', async () => {
    const app = tempDir();
    const folder = await filesFolder(app);
    expect(folder).toEqual({ ok: true, folder: path.join(fs.realpathSync(app), 'files'), made: true });
    expect(await filesFolder(app)).toMatchObject({ ok: true, made: false });
    expect(fs.statSync(path.join(app, 'files')).isDirectory()).toBe(true);
  });

  it('refuses a files/ that is a link, to a folder outside or inside, or no folder', async () => {
    const outside = tempDir();
    const app = tempDir();
    fs.symlinkSync(outside, path.join(app, 'files'));
    expect(await filesFolder(app)).toMatchObject({ ok: false, finding: { code: 'edit.files-folder-unsafe', args: { problem: 'link' } } });
    const inner = tempDir();
    fs.mkdirSync(path.join(inner, 'real'));
    fs.symlinkSync(path.join(inner, 'real'), path.join(inner, 'files'));
    expect(await filesFolder(inner)).toMatchObject({ ok: false, finding: { args: { problem: 'link' } } });
    const file = tempDir();
    fs.writeFileSync(path.join(file, 'files'), 'x');
    expect(await filesFolder(file)).toMatchObject({ ok: false, finding: { args: { problem: 'not-a-folder' } } });
  });

  it('an application folder reached through a link is fine: its real path is used', async () => {
    const real = tempDir();
    const links = tempDir();
    fs.symlinkSync(real, path.join(links, 'app'));
    expect(await filesFolder(path.join(links, 'app'))).toEqual({ ok: true, folder: path.join(fs.realpathSync(real), 'files'), made: true });
  });

  it('refuses a target that is a link (even one that leads nowhere), or a name that is a path', async () => {
    const folder = (await filesFolder(tempDir())) as { folder: string };
    fs.symlinkSync('/etc/passwd', path.join(folder.folder, 'a.pdf'));
    fs.symlinkSync(path.join(folder.folder, 'nowhere'), path.join(folder.folder, 'b.pdf'));
    expect(await targetIn(folder.folder, 'a.pdf')).toBeUndefined();
    expect(await targetIn(folder.folder, 'b.pdf')).toBeUndefined();
    expect(await targetIn(folder.folder, '../c.pdf')).toBeUndefined();
    expect(await targetIn(folder.folder, 'c.pdf')).toBe(path.join(folder.folder, 'c.pdf'));
  });
});

/** An upload received and put in place with nothing judged in between. */
async function saveUpload(app: string, name: string, bytes: Uint8Array) {
  const received = await receiveUpload(app, name, Readable.from([Buffer.from(bytes)]), Number.POSITIVE_INFINITY);
  if (!received.ok) return received;
  try {
    return await received.upload.place();
  } finally {
    await received.upload.discard();
  }
}

describe('saveUpload: the bytes in files/, never over another file', () => {
  it('saves under the name given, then under a new name, and says how the answers file refers to it', async () => {
    const app = tempDir();
    const pdf = makePdf({ pages: 1 });
    expect(await saveUpload(app, 'แบบประเมิน.pdf', pdf)).toEqual({ ok: true, name: 'แบบประเมิน.pdf', reference: 'files/แบบประเมิน.pdf' });
    const second = Buffer.from('%PDF-second');
    expect(await saveUpload(app, 'แบบประเมิน.pdf', second)).toEqual({
      ok: true,
      name: 'แบบประเมิน (2).pdf',
      reference: 'files/แบบประเมิน (2).pdf',
    });
    expect(fs.readFileSync(path.join(app, 'files', 'แบบประเมิน.pdf'))).toEqual(Buffer.from(pdf));
    expect(fs.readFileSync(path.join(app, 'files', 'แบบประเมิน (2).pdf'))).toEqual(second);
    expect(fs.readdirSync(path.join(app, 'files')).sort()).toEqual(['แบบประเมิน (2).pdf', 'แบบประเมิน.pdf']);
  });

  it('never writes through a link named like the file: it takes the next name', async () => {
    const app = tempDir();
    const outside = path.join(tempDir(), 'victim.txt');
    fs.writeFileSync(outside, 'keep');
    fs.mkdirSync(path.join(app, 'files'));
    fs.symlinkSync(outside, path.join(app, 'files', 'a.pdf'));
    expect(await saveUpload(app, 'a.pdf', Buffer.from('%PDF'))).toMatchObject({ ok: true, name: 'a (2).pdf' });
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep');
  });

  it('refuses a bad name or an unsafe files/ folder and writes nothing', async () => {
    const app = tempDir();
    expect(await saveUpload(app, '../application.yaml', Buffer.from('x'))).toMatchObject({
      ok: false,
      finding: { code: 'edit.upload-name' },
    });
    fs.symlinkSync(tempDir(), path.join(app, 'files'));
    expect(await saveUpload(app, 'a.pdf', Buffer.from('x'))).toMatchObject({ ok: false, finding: { code: 'edit.files-folder-unsafe' } });
    expect(fs.readdirSync(fs.realpathSync(path.join(app, 'files')))).toEqual([]);
  });
});

describe('receiveUpload: the body streamed into files/, judged there, then placed or thrown away', () => {
  const chunks = (count: number, size: number) => Readable.from(Array.from({ length: count }, () => Buffer.alloc(size, 0x41)));

  it('writes the body into a hidden temporary file in files/, which place() names and discard() removes', async () => {
    const app = tempDir();
    fs.mkdirSync(path.join(app, 'files'));
    const received = await receiveUpload(app, 'ภาพ.pdf', chunks(40, 64 * 1024), 40 * 64 * 1024);
    if (!received.ok) throw new Error('not received');
    expect(path.dirname(received.upload.file)).toBe(path.join(fs.realpathSync(app), 'files'));
    expect(path.basename(received.upload.file)).toMatch(/^\.ภาพ\.pdf\.[0-9a-f]{12}\.tmp$/);
    expect(received.upload.bytes).toBe(40 * 64 * 1024);
    expect(fs.statSync(received.upload.file).size).toBe(40 * 64 * 1024);
    expect(await received.upload.place()).toEqual({ ok: true, name: 'ภาพ.pdf', reference: 'files/ภาพ.pdf' });
    await received.upload.discard();
    expect(fs.readdirSync(path.join(app, 'files'))).toEqual(['ภาพ.pdf']);
    expect(fs.statSync(path.join(app, 'files', 'ภาพ.pdf')).size).toBe(40 * 64 * 1024);
  });

  it('stops at the limit while streaming and leaves no temporary file, nor the files/ folder it made', async () => {
    const app = tempDir();
    const body = chunks(40, 64 * 1024);
    expect(await receiveUpload(app, 'ใหญ่.pdf', body, 10 * 64 * 1024)).toEqual({ ok: false, tooLong: true });
    expect(fs.readdirSync(app)).toEqual([]);
    const kept = tempDir();
    fs.mkdirSync(path.join(kept, 'files'));
    expect(await receiveUpload(kept, 'ใหญ่.pdf', chunks(40, 64 * 1024), 10 * 64 * 1024)).toEqual({ ok: false, tooLong: true });
    expect(fs.readdirSync(path.join(kept, 'files'))).toEqual([]);
  });

  it('leaves nothing of a body broken off half way', async () => {
    const app = tempDir();
    fs.mkdirSync(path.join(app, 'files'));
    const body = new PassThrough();
    const receiving = receiveUpload(app, 'ครึ่ง.pdf', body, 1024 * 1024);
    body.write(Buffer.alloc(64 * 1024));
    setTimeout(() => body.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), 20);
    expect(await receiving).toMatchObject({ ok: false, finding: { code: 'edit.cannot-write' } });
    expect(fs.readdirSync(path.join(app, 'files'))).toEqual([]);
  });

  it('throws away a refused upload: nothing is left in files/, and files/ only if it was there', async () => {
    const app = tempDir();
    const received = await receiveUpload(app, 'ปฏิเสธ.pdf', chunks(1, 100), 1000);
    if (!received.ok) throw new Error('not received');
    expect(fs.readdirSync(path.join(app, 'files'))).toHaveLength(1);
    await received.upload.discard();
    expect(fs.readdirSync(app)).toEqual([]);
  });
});
