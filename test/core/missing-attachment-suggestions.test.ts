import { afterAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/findings/render-message.js';
import { similarFiles } from '../../src/attachments/similar-files.js';
import { readyNewUnit, removeTempDirs } from '../helpers/application.js';
import { checkSpec, only } from '../helpers/check.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(removeTempDirs);

/** A08 names files/A08.pdf, which is not there; the folder holds `files` instead. */
async function missingA08(files: Record<string, Buffer>, change?: (spec: Record<string, any>) => void) {
  const spec = readyNewUnit();
  change?.(spec);
  const app = await checkSpec(spec, { omit: spec.advanced.A08.files, files });
  return only(app, 'file.not-found');
}

describe('a missing attachment with a file of a similar name that no item references', () => {
  it('the same item id with more after it: did you mean, and how to fix it either way', async () => {
    const finding = await missingA08({ 'files/A08-แผนงาน.pdf': makePdf() });
    expect(finding).toMatchObject({
      item: 'A08',
      file: 'files/A08.pdf',
      args: { path: 'files/A08.pdf', suggestion: 'files/A08-แผนงาน.pdf' },
    });
    expect(renderMessage(finding, 'th')).toEqual({
      text: 'ไม่พบไฟล์ files/A08.pdf แต่ในโฟลเดอร์มีไฟล์ชื่อคล้ายกันที่ยังไม่มีข้อใดอ้างถึง: files/A08-แผนงาน.pdf',
      fix: 'ถ้าเป็นไฟล์เดียวกัน ให้แก้ชื่อไฟล์ใน application.yaml เป็น files/A08-แผนงาน.pdf หรือเปลี่ยนชื่อไฟล์ files/A08-แผนงาน.pdf เป็น files/A08.pdf',
    });
    expect(renderMessage(finding, 'en')).toEqual({
      text: 'File not found: files/A08.pdf, but a file of a similar name that no item references is in the folder: files/A08-แผนงาน.pdf',
      fix: 'If it is the same file, change the name in application.yaml to files/A08-แผนงาน.pdf, or rename files/A08-แผนงาน.pdf to files/A08.pdf.',
    });
  });

  it('a name saved twice with its extension (.pdf.pdf), in another case, Unicode form or spelling of SARA AM, in another folder, with another extension', async () => {
    expect((await missingA08({ 'files/A08.pdf.pdf': makePdf() })).args).toEqual({ path: 'files/A08.pdf', suggestion: 'files/A08.pdf.pdf' });
    expect((await missingA08({ 'files/a08.PDF': makePdf() })).args).toEqual({ path: 'files/A08.pdf', suggestion: 'files/a08.PDF' });
    expect((await missingA08({ 'files/A08.jpg': makePdf() })).args).toEqual({ path: 'files/A08.pdf', suggestion: 'files/A08.jpg' });
    expect((await missingA08({ 'files/advanced/A08.pdf': makePdf() })).args).toEqual({
      path: 'files/A08.pdf',
      suggestion: 'files/advanced/A08.pdf',
    });
    const thai = 'files/แผนงานบริการ.pdf';
    // SARA AM typed as two characters, and the extension in capitals
    const written = 'files/ผลการดำเนินงาน.pdf';
    const onDisk = 'files/ผลการด\u0E4D\u0E32เนินงาน.PDF';
    const amAndCase = await missingA08({ [onDisk]: makePdf() }, (spec) => (spec.advanced.A08.files = [written]));
    expect(amAndCase.args).toEqual({ path: written, suggestion: onDisk });
    // decomposed (as macOS writes names), and the extension in capitals
    const cafe = 'files/café-A08.pdf';
    const decomposed = await missingA08(
      { [cafe.normalize('NFD').replace('.pdf', '.PDF')]: makePdf() },
      (spec) => (spec.advanced.A08.files = [cafe]),
    );
    expect(decomposed.args).toEqual({ path: cafe, suggestion: cafe.normalize('NFD').replace('.pdf', '.PDF') });
    // a close slip of the keyboard
    const typo = await missingA08({ 'files/แผนงานบริกร.pdf': makePdf() }, (spec) => (spec.advanced.A08.files = [thai]));
    expect(typo.args).toEqual({ path: thai, suggestion: 'files/แผนงานบริกร.pdf' });
  });

  it('several: the closest first, a few at most, all named', async () => {
    const finding = await missingA08({
      'files/A08-1.pdf': makePdf(),
      'files/A08-2.pdf': makePdf(),
      'files/A08-3.pdf': makePdf(),
      'files/A08-4.pdf': makePdf(),
      'files/a08.pdf.pdf': makePdf(),
    });
    expect(finding.args).toEqual({
      path: 'files/A08.pdf',
      suggestion: 'files/a08.pdf.pdf',
      others: ['files/A08-1.pdf', 'files/A08-2.pdf'],
    });
    expect(renderMessage(finding, 'th')).toEqual({
      text: 'ไม่พบไฟล์ files/A08.pdf แต่ในโฟลเดอร์มีไฟล์ชื่อคล้ายกันที่ยังไม่มีข้อใดอ้างถึง: files/a08.pdf.pdf, files/A08-1.pdf, files/A08-2.pdf',
      fix: 'ถ้าไฟล์ที่ต้องการเป็นไฟล์หนึ่งในนี้ ให้แก้ชื่อไฟล์ใน application.yaml เป็นชื่อไฟล์นั้น หรือเปลี่ยนชื่อไฟล์นั้นเป็น files/A08.pdf',
    });
  });

  it('never a file another item references, nor a file of another item', async () => {
    // files/A08-แผนงาน.pdf is A09's evidence: suggesting it would take it from A09
    const taken = await missingA08({ 'files/A08-แผนงาน.pdf': makePdf() }, (spec) => spec.advanced.A09.files.push('files/A08-แผนงาน.pdf'));
    expect(taken.args).toEqual({ path: 'files/A08.pdf' });
    // files/A09.pdf is one letter away, and referenced by A09
    expect((await missingA08({})).args).toEqual({ path: 'files/A08.pdf' });
    // files/A07-x.pdf is no one's, but of another item
    expect((await missingA08({ 'files/A07-x.pdf': makePdf() })).args).toEqual({ path: 'files/A08.pdf' });
    expect(renderMessage(taken, 'th')).toEqual({
      text: 'ไม่พบไฟล์ files/A08.pdf',
      fix: 'ตรวจชื่อไฟล์และโฟลเดอร์ให้ตรงกันทุกตัวอักษร หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ใบสมัคร',
    });
  });
});

describe('similarFiles', () => {
  it('ranks the same name first, then a doubled or other extension, the same item id, a close slip', () => {
    const files = ['files/B01.pdf', 'files/a08-plan.pdf', 'files/A08.pdf.pdf', 'files/x/A08.PDF', 'files/A8.pdf', 'files/readme.txt'];
    expect(similarFiles('files/A08.pdf', files)).toEqual(['files/x/A08.PDF', 'files/A08.pdf.pdf', 'files/A8.pdf']);
    expect(similarFiles('files/report-final.pdf', ['files/report-fnial.pdf', 'files/other.pdf'])).toEqual(['files/report-fnial.pdf']);
    expect(similarFiles('files/B02.pdf', files)).toEqual([]);
  });
});
