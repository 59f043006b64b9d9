import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/answers/read-answers.js';
import { checkApplication } from '../../src/check-application.js';
import {
  addFileReference,
  answersText,
  type EditRefusal,
  readAnswerValue,
  readAnswerValues,
  removeFileReference,
  setAnswer,
} from '../../src/edit/answers-edit.js';
import type { FindingCode } from '../../src/findings/messages.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { IN_WINDOW } from '../helpers/check.js';
import { catalogue, edited, example, lineChange, oneLineChange, starter, withBom, withCrlf } from './edit-helpers.js';

afterAll(() => removeTempDirs());

const set = (text: string, path: string[], value: string) => edited(setAnswer(text, path, value, catalogue));

describe('setAnswer on a starter: one value, one line', () => {
  const text = starter({ kind: 'district-office' });

  it('keeps a phone number text, leading 0 and all, as gecc check reads it from the file', async () => {
    const after = set(text, ['unit', 'contact', 'phone'], '021234567');
    const [, line] = oneLineChange(text, after);
    expect(line).toBe('    phone: "021234567"    # เบอร์โทรศัพท์ ในเครื่องหมายคำพูด เช่น "02 123 4567"');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'application.yaml'), after);
    const read = await readAnswers(path.join(dir, 'application.yaml'));
    expect(read.ok && (read.data.unit as any).contact.phone).toBe('021234567');
  });

  it('writes the value after the colon and keeps the comment in its column', () => {
    const [before, line] = oneLineChange(text, set(text, ['physical', 'P01'], 'มี'));
    expect(before).toBe('  P01:                    # [1] เวลาให้บริการ — มี / ไม่มี');
    expect(line).toBe('  P01: มี                 # [1] เวลาให้บริการ — มี / ไม่มี');
    expect(line.indexOf('#')).toBe(before.indexOf('#'));
  });

  it('quotes a free text that a comment follows on its line, so that the check does not warn it was cut', () => {
    const [, line] = oneLineChange(text, set(text, ['basic', 'B01', 'text'], 'สำรวจความต้องการ'));
    expect(line).toBe('    text: "สำรวจความต้องการ" # สิ่งที่หน่วยงานทำ');
  });

  it('writes a score as its number, Thai digits too; a score that is no whole number stays text for the check to report', () => {
    expect(oneLineChange(text, set(text, ['advanced', 'A01', 'score'], '๒'))[1]).toMatch(/^ {4}score: 2 {14}# /);
    expect(oneLineChange(text, set(text, ['outcome', 'R01', 'score'], '10'))[1]).toMatch(/^ {4}score: 10 {13}# /);
    const half = set(text, ['advanced', 'A01', 'score'], '2.5');
    expect(oneLineChange(text, half)[1]).toMatch(/^ {4}score: "2\.5" {10}# /);
    expect(readAnswerValue(half, ['advanced', 'A01', 'score'])).toBe('2.5');
    expect(readAnswerValue(set(text, ['advanced', 'A01', 'score'], 'สอง'), ['advanced', 'A01', 'score'])).toBe('สอง');
  });

  it("'' empties a value and gives the line back byte for byte as gecc init wrote it", () => {
    let after = text;
    for (const [p, v] of [
      [['unit', 'contact', 'phone'], '02 123 4567'],
      [['basic', 'B01', 'text'], 'สองบรรทัด\nบรรทัดที่สอง'],
      [['advanced', 'A03', 'score'], '4'],
      [['physical', 'P14'], 'ไม่มี'],
    ] as const) {
      after = set(after, [...p], v);
      expect(after).not.toBe(text);
      after = set(after, [...p], '');
      expect(after).toBe(text);
    }
  });

  it('changes nothing when the value is what the file holds already', () => {
    const once = set(text, ['unit', 'name'], 'สำนักงานเขตพระนคร');
    expect(set(once, ['unit', 'name'], 'สำนักงานเขตพระนคร')).toBe(once);
    expect(set(text, ['unit', 'parent'], '')).toBe(text);
  });
});

describe('what gecc check makes of the answers the page writes', () => {
  it('a ready application stays ready through edits; a phone keeps its 0; a score in Thai digits counts; a junk score is reported', async () => {
    const dir = tempDir();
    fs.cpSync(path.resolve(import.meta.dirname, '../../examples/ready-new-unit'), dir, { recursive: true });
    const file = path.join(dir, 'application.yaml');
    let text = fs.readFileSync(file, 'utf8');
    text = set(text, ['unit', 'contact', 'phone'], '0812345678');
    text = set(text, ['advanced', 'A02', 'score'], '๖');
    text = set(text, ['basic', 'B02', 'text'], 'วิเคราะห์ผลการสำรวจ\nแล้วนำไปปรับเวลาให้บริการ: 08:30 น. #ปรับปรุง');
    fs.writeFileSync(file, text);
    const ready = await checkApplication(dir, { now: IN_WINDOW });
    expect(ready.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(ready.ready).toBe(true);

    fs.writeFileSync(file, set(text, ['advanced', 'A03', 'score'], '2.5'));
    const junk = await checkApplication(dir, { now: IN_WINDOW });
    expect(junk.ready).toBe(false);
    expect(junk.findings.filter((f) => f.severity === 'error')).toMatchObject([{ item: 'A03' }]);
  });
});

describe('how a text is written so that it reads back exactly', () => {
  // a section with no comments: the plain style shows wherever it is safe
  const text = 'unit:\n  name: เดิม\n  kind: other\n  applicant: new\n';
  const line = (value: string) => oneLineChange(text, set(text, ['unit', 'name'], value))[1];

  it('plain where nothing in the text could be read otherwise', () => {
    expect(line('สำนักงานเขตพระนคร')).toBe('  name: สำนักงานเขตพระนคร');
    expect(line('ศูนย์บริการ 3 ขั้นตอน (ลดจาก 5)')).toBe('  name: ศูนย์บริการ 3 ขั้นตอน (ลดจาก 5)');
    expect(line('email@example.go.th')).toBe('  name: email@example.go.th');
  });

  it.each([
    ['a phone number', '0812345678', '"0812345678"'],
    ['a number', '2566', '"2566"'],
    ['a number with an exponent', '1e3', '"1e3"'],
    ['a hexadecimal number', '0x1F', '"0x1F"'],
    ['a date', '2023-01-01', '"2023-01-01"'],
    ['a time', '08:30', '"08:30"'],
    ['true', 'true', '"true"'],
    ['yes (YAML 1.1)', 'yes', '"yes"'],
    ['null', 'null', '"null"'],
    ['~', '~', '"~"'],
    ['.inf', '.inf', '".inf"'],
    ['a list dash', '- ก', '"- ก"'],
    ['a key colon', ': ก', '": ก"'],
    ['a hash', '# ก', '"# ก"'],
    ['a single quote', "'ก'", `"'ก'"`],
    ['a double quote', '"ก"', '"\\"ก\\""'],
    ['an alias', '*ก', '"*ก"'],
    ['an anchor', '&ก', '"&ก"'],
    ['a tag', '!ก', '"!ก"'],
    ['a directive', '%ก', '"%ก"'],
    ['an at sign', '@ก', '"@ก"'],
    ['a backquote', '`ก', '"`ก"'],
    ['a brace', '{ก}', '"{ก}"'],
    ['a bracket', '[ก]', '"[ก]"'],
    ['a folded block sign', '> ก', '"> ก"'],
    ['a literal block sign', '| ก', '"| ก"'],
    ['a space and a hash inside', 'ข้อ 1 #สำคัญ', '"ข้อ 1 #สำคัญ"'],
    ['a colon and a space inside', 'หมายเหตุ: ทดสอบ', '"หมายเหตุ: ทดสอบ"'],
    ['a colon at the end', 'หมายเหตุ:', '"หมายเหตุ:"'],
    ['leading spaces', '  ก', '"  ก"'],
    ['trailing spaces', 'ก  ', '"ก  "'],
    ['a tab', 'ก\tข', '"ก\\tข"'],
    ['a backslash inside quotes', '"C:\\ก"', '"\\"C:\\\\ก\\""'],
    ['a control character', 'ก\u0007', '"ก\\x07"'],
    ['a byte-order mark', 'ก\uFEFF', '"ก\\uFEFF"'],
    ['a line separator', 'ก\u2028ข', '"ก\\Lข"'],
  ])('quotes %s', (_, value, written) => {
    const after = set(text, ['unit', 'name'], value);
    expect(oneLineChange(text, after)[1]).toBe(`  name: ${written}`);
    expect(readAnswerValue(after, ['unit', 'name'])).toBe(value);
  });

  it('keeps emoji and other characters beyond the first 65,536 as they are', () => {
    expect(line('บริการดี 👍🏽')).toBe('  name: บริการดี 👍🏽');
  });

  it('escapes half of a surrogate pair (it has no UTF-8 form)', () => {
    const after = set(text, ['unit', 'name'], 'ก\uD83D');
    expect(oneLineChange(text, after)[1]).toBe('  name: "ก\\uD83D"');
    expect(readAnswerValue(after, ['unit', 'name'])).toBe('ก\uD83D');
  });

  it('writes several lines as a |- block under the key, or | when the text ends with a line break', () => {
    const after = set(text, ['unit', 'name'], 'บรรทัดหนึ่ง\n\nบรรทัดสาม: มี # ด้วย');
    expect(after).toBe('unit:\n  name: |-\n    บรรทัดหนึ่ง\n\n    บรรทัดสาม: มี # ด้วย\n  kind: other\n  applicant: new\n');
    const ending = set(text, ['unit', 'name'], 'ก\nข\n');
    expect(ending).toBe('unit:\n  name: |\n    ก\n    ข\n  kind: other\n  applicant: new\n');
    expect(readAnswerValue(ending, ['unit', 'name'])).toBe('ก\nข\n');
  });

  it('says how deep a block is indented when its first line starts with spaces', () => {
    const after = set(text, ['unit', 'name'], '  ย่อหน้า\nต่อ');
    expect(after).toBe('unit:\n  name: |2-\n      ย่อหน้า\n    ต่อ\n  kind: other\n  applicant: new\n');
    expect(readAnswerValue(after, ['unit', 'name'])).toBe('  ย่อหน้า\nต่อ');
  });

  it('writes a text a block cannot hold exactly in double quotes: ending in blank lines, blank only, control characters', () => {
    for (const value of ['ก\n\n', '\n', '  \n ', 'ก\n\u0001']) {
      const after = set(text, ['unit', 'name'], value);
      expect(oneLineChange(text, after)[1]).toMatch(/^ {2}name: "/);
      expect(readAnswerValue(after, ['unit', 'name'])).toBe(value);
    }
  });

  it('writes several lines in double quotes where a line below is indented as deep as a block body would be', () => {
    const odd = 'unit:\n  name: x\n      # a comment indented deep\n  kind: other\n';
    const after = set(odd, ['unit', 'name'], 'ก\nข');
    expect(after).toBe('unit:\n  name: "ก\\nข"\n      # a comment indented deep\n  kind: other\n');
    expect(set('unit:\n  kind: other\n      # deep\n', ['unit', 'name'], 'ก\nข')).toBe(
      'unit:\n  name: |-\n    ก\n    ข\n  kind: other\n      # deep\n',
    );
  });

  it('reads CRLF typed in a box as one line break (YAML reads every line break as LF)', () => {
    const after = set(text, ['unit', 'name'], 'ก\r\nข');
    expect(after).toContain('  name: |-\n    ก\n    ข\n');
    expect(readAnswerValue(after, ['unit', 'name'])).toBe('ก\nข');
  });

  it('replaces a block with a one-line value and a one-line value with a block, the lines around them untouched', () => {
    const block = set(text, ['unit', 'name'], 'ก\nข\nค');
    expect(lineChange(text, block)).toMatchObject({ first: 1, end: 2 });
    expect(set(block, ['unit', 'name'], 'เดิม')).toBe(text);
    const folded = 'unit:\n  name: >-   # ชื่อ\n    ยาว\n    มาก\n\n  kind: other\n';
    expect(set(folded, ['unit', 'name'], 'สั้น')).toBe('unit:\n  name: "สั้น" # ชื่อ\n\n  kind: other\n');
  });

  it('replaces a plain text that runs over several lines, keeping the comment after it', () => {
    const wrapped = 'unit:\n  name: ยาว\n    ต่อบรรทัด   # c\n  kind: other\n';
    expect(set(wrapped, ['unit', 'name'], 'สั้น')).toBe('unit:\n  name: "สั้น"  # c\n  kind: other\n');
    const kind = 'unit:\n  kind: ยาว\n    ต่อบรรทัด   # c\n  name: x\n';
    expect(set(kind, ['unit', 'kind'], 'other')).toBe('unit:\n  kind: other   # c\n  name: x\n');
  });
});

describe('values inside { } and [ ] stay on their line', () => {
  const text = example('not-ready-unit');

  it('writes a text inside braces plain or in double quotes, several lines with \\n', () => {
    const [, one] = oneLineChange(text, set(text, ['basic', 'B02', 'text'], 'ก, ข'));
    expect(one).toBe('  B02: { text: "ก, ข", files: [files/basic/B02.pdf] }');
    const [, two] = oneLineChange(text, set(text, ['basic', 'B02', 'text'], 'ก\nข'));
    expect(two).toBe('  B02: { text: "ก\\nข", files: [files/basic/B02.pdf] }');
    const [, empty] = oneLineChange(text, set(text, ['basic', 'B02', 'text'], ''));
    expect(empty).toBe('  B02: { text:, files: [files/basic/B02.pdf] }');
  });

  it('adds a missing key inside braces in the catalogue order', () => {
    const withAnswer = set(text, ['basic', 'B02', 'answer'], 'มี');
    expect(oneLineChange(text, withAnswer)[1]).toBe(
      '  B02: { answer: มี, text: วิเคราะห์ผลการสำรวจและนำไปปรับปรุงบริการ, files: [files/basic/B02.pdf] }',
    );
    const flow = 'advanced:\n  A01: { text: ก, files: [files/a.pdf] }\n';
    expect(set(flow, ['advanced', 'A01', 'score'], '3')).toBe('advanced:\n  A01: { text: ก, files: [files/a.pdf], score: 3 }\n');
    expect(set('advanced:\n  A01: {}\n', ['advanced', 'A01', 'score'], '3')).toBe('advanced:\n  A01: { score: 3 }\n');
  });
});

describe('a missing key, item or section goes where gecc init would have it', () => {
  it('a missing key right after the key before it, in the item’s indentation', () => {
    const text = example('not-ready-unit');
    const after = set(text, ['outcome', 'R02', 'score'], '3');
    const change = lineChange(text, after);
    expect(change.removed).toEqual([]);
    expect(change.added).toEqual(['    score: 3']);
    expect(after.split('\n')[change.first - 1]).toBe('    files: [files/outcome/R02-channels.pdf]');
  });

  it('a missing key goes below the comments indented under the key before it', () => {
    const text = 'outcome:\n  R01:\n    files:\n      # ยังไม่ได้แนบ\n    score: 1\n';
    expect(set(text, ['outcome', 'R01', 'text'], 'ก')).toBe('outcome:\n  R01:\n    text: ก\n    files:\n      # ยังไม่ได้แนบ\n    score: 1\n');
    const nested = 'outcome:\n  R01:\n    text: ก\n      # ต่อ\n  R03:\n    text: ค\n';
    expect(set(nested, ['outcome', 'R02', 'text'], 'ข')).toBe(
      'outcome:\n  R01:\n    text: ก\n      # ต่อ\n  R02:\n    text: ข\n  R03:\n    text: ค\n',
    );
  });

  it('a missing item between its neighbours, written on one line like them', () => {
    const text = example('not-ready-unit');
    const after = set(text, ['basic', 'B03', 'text'], 'ให้บริการ ณ จุดเดียว');
    const change = lineChange(text, after);
    expect(change.removed).toEqual([]);
    expect(change.added).toEqual(['  B03: { text: ให้บริการ ณ จุดเดียว }']);
    expect(after.split('\n')[change.first - 1]).toMatch(/^ {2}B02: /);
  });

  it('a missing item in a block section, before the comments that head the next item', () => {
    const text = 'basic:\n  # B01 heading\n  B01:\n    text: ก\n  # B03 heading\n  B03:\n    text: ค\n';
    expect(set(text, ['basic', 'B02', 'text'], 'ข')).toBe(
      'basic:\n  # B01 heading\n  B01:\n    text: ก\n  B02:\n    text: ข\n  # B03 heading\n  B03:\n    text: ค\n',
    );
  });

  it('a first item goes before the heading comments of the item that follows it', () => {
    const text = 'basic:\n  # B02 heading\n  B02:\n    text: ข\n';
    expect(set(text, ['basic', 'B01', 'text'], 'ก')).toBe('basic:\n  B01:\n    text: ก\n  # B02 heading\n  B02:\n    text: ข\n');
  });

  it('a missing section between the sections around it, with a blank line as gecc init leaves', () => {
    const text = 'unit:\n  name: ก\n\n# physical heading\nphysical:\n  P01: มี\n\n# outcome\noutcome:\n  R01:\n    score: 1\n';
    expect(set(text, ['readiness_form', 'signer'], 'นาย ก')).toBe(
      'unit:\n  name: ก\n\nreadiness_form:\n  signer: นาย ก\n\n# physical heading\nphysical:\n  P01: มี\n\n# outcome\noutcome:\n  R01:\n    score: 1\n',
    );
    expect(set(text, ['advanced', 'A02', 'score'], '4')).toBe(
      'unit:\n  name: ก\n\n# physical heading\nphysical:\n  P01: มี\n\nadvanced:\n  A02:\n    score: 4\n\n# outcome\noutcome:\n  R01:\n    score: 1\n',
    );
  });

  it("uses the file's own indentation (4 spaces here)", () => {
    const text = 'unit:\n    name: ก\nbasic:\n    B01:\n        text: ก\n';
    expect(set(text, ['basic', 'B02', 'text'], 'ข\nค')).toBe(
      'unit:\n    name: ก\nbasic:\n    B01:\n        text: ก\n    B02:\n        text: |-\n            ข\n            ค\n',
    );
  });

  it('fills an item or a section left empty (`B01:`, `basic:`)', () => {
    expect(set('basic:\n  B01:   # first\n  B02:\n', ['basic', 'B01', 'text'], 'ก')).toBe(
      'basic:\n  B01:   # first\n    text: ก\n  B02:\n',
    );
    expect(set('basic:\nadvanced:\n', ['basic', 'B01', 'text'], 'ก')).toBe('basic:\n  B01:\n    text: ก\nadvanced:\n');
    expect(set('basic: ~\n', ['basic', 'B01', 'text'], 'ก')).toBe('basic:\n  B01:\n    text: ก\n');
  });

  it('starts a file that holds only comments (gecc reads it as empty)', () => {
    expect(set('# เริ่ม\n', ['unit', 'name'], 'ก')).toBe('# เริ่ม\n\nunit:\n  name: ก\n');
    expect(set('', ['unit', 'name'], 'ก')).toBe('unit:\n  name: ก\n');
    expect(set('\uFEFF', ['unit', 'name'], 'ก')).toBe('\uFEFFunit:\n  name: ก\n');
  });

  it('adds to a last line that has no line break', () => {
    expect(set('unit:\n  name: ก', ['unit', 'kind'], 'other')).toBe('unit:\n  name: ก\n  kind: other');
  });
});

describe('line breaks and the byte-order mark stay as the file has them', () => {
  it('a CRLF file stays CRLF everywhere, blocks and new keys included', () => {
    const text = withCrlf(starter());
    let after = set(text, ['basic', 'B01', 'text'], 'ก\nข\r\nค');
    after = set(after, ['unit', 'contact', 'phone'], '021234567');
    expect(after.match(/(?<!\r)\n/g)).toBeNull();
    expect(readAnswerValue(after, ['basic', 'B01', 'text'])).toBe('ก\nข\nค');
    const missing = withCrlf('unit:\n  name: ก\nbasic:\n  B01:\n    text: ก\n');
    const inserted = set(missing, ['basic', 'B02', 'text'], 'ข\nค');
    expect(inserted).toBe(withCrlf('unit:\n  name: ก\nbasic:\n  B01:\n    text: ก\n  B02:\n    text: |-\n      ข\n      ค\n'));
  });

  it('a byte-order mark stays the first character', () => {
    const text = withBom(starter());
    const after = set(text, ['unit', 'name'], 'ก');
    expect(after.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(oneLineChange(text, after)[1]).toMatch(/^ {2}name: "ก"/);
    const first = withBom('physical:\n  P02: มี\n');
    expect(set(first, ['unit', 'name'], 'ก')).toBe(withBom('unit:\n  name: ก\n\nphysical:\n  P02: มี\n'));
  });
});

describe('file references', () => {
  const add = (text: string, item: string[], file: string) => edited(addFileReference(text, item, file, catalogue));
  const remove = (text: string, item: string[], file: string) => edited(removeFileReference(text, item, file));

  it('fills an empty files: of a starter as a [ ] list on its line, and empties it again byte for byte', () => {
    const text = starter();
    const one = add(text, ['basic', 'B01'], 'files/สำรวจ (2).pdf');
    expect(oneLineChange(text, one)[1]).toBe('    files: [files/สำรวจ (2).pdf] # เช่น [files/ชื่อไฟล์.pdf]');
    const two = add(one, ['basic', 'B01'], 'files/b, c.pdf');
    expect(oneLineChange(one, two)[1]).toBe('    files: [files/สำรวจ (2).pdf, "files/b, c.pdf"] # เช่น [files/ชื่อไฟล์.pdf]');
    expect(readAnswerValue(two, ['basic', 'B01', 'files'])).toEqual(['files/สำรวจ (2).pdf', 'files/b, c.pdf']);
    const back = remove(remove(two, ['basic', 'B01'], 'files/b, c.pdf'), ['basic', 'B01'], 'files/สำรวจ (2).pdf');
    expect(oneLineChange(text, back)[1]).toBe('    files: []             # เช่น [files/ชื่อไฟล์.pdf]');
  });

  it('adds a line to a block list in its indentation, and takes lines out of it', () => {
    const text = 'basic:\n  B01:\n    files:\n    - files/a.pdf   # ก\n    - files/b.pdf\n    text: ก\n';
    const after = add(text, ['basic', 'B01'], 'files/c.pdf');
    expect(after).toBe('basic:\n  B01:\n    files:\n    - files/a.pdf   # ก\n    - files/b.pdf\n    - files/c.pdf\n    text: ก\n');
    expect(remove(after, ['basic', 'B01'], 'files/a.pdf')).toBe(
      'basic:\n  B01:\n    files:\n    - files/b.pdf\n    - files/c.pdf\n    text: ก\n',
    );
    const last = remove(remove(text, ['basic', 'B01'], 'files/a.pdf'), ['basic', 'B01'], 'files/b.pdf');
    expect(last).toBe('basic:\n  B01:\n    files:\n    text: ก\n');
    expect(readAnswerValue(last, ['basic', 'B01', 'files'])).toBeUndefined();
  });

  it('takes an entry out of a [ ] list with one comma, wherever it stands', () => {
    const text = 'basic:\n  B01: { files: [a.pdf, b.pdf, c.pdf] }\n';
    expect(remove(text, ['basic', 'B01'], 'a.pdf')).toBe('basic:\n  B01: { files: [b.pdf, c.pdf] }\n');
    expect(remove(text, ['basic', 'B01'], 'b.pdf')).toBe('basic:\n  B01: { files: [a.pdf, c.pdf] }\n');
    expect(remove(text, ['basic', 'B01'], 'c.pdf')).toBe('basic:\n  B01: { files: [a.pdf, b.pdf] }\n');
    expect(remove('basic:\n  B01: { files: [a.pdf, a.pdf] }\n', ['basic', 'B01'], 'a.pdf')).toBe('basic:\n  B01: { files: [] }\n');
  });

  it('turns a single name into a list, keeps [] and empty files: as lists on their line', () => {
    expect(add('basic:\n  B01:\n    files: a.pdf\n', ['basic', 'B01'], 'b.pdf')).toBe('basic:\n  B01:\n    files: [a.pdf, b.pdf]\n');
    expect(add('basic:\n  B01:\n    files: []\n', ['basic', 'B01'], 'b.pdf')).toBe('basic:\n  B01:\n    files: [b.pdf]\n');
    expect(add('basic:\n  B01:\n    text: ก\n', ['basic', 'B01'], 'b.pdf')).toBe('basic:\n  B01:\n    text: ก\n    files: [b.pdf]\n');
    expect(remove('basic:\n  B01:\n    files: a.pdf\n', ['basic', 'B01'], 'a.pdf')).toBe('basic:\n  B01:\n    files:\n');
  });

  it('does not list a file twice (the same name composed apart, as macOS writes it, is the same)', () => {
    const text = 'basic:\n  B01:\n    files: [files/แบบ.pdf]\n';
    expect(add(text, ['basic', 'B01'], 'files/แบบ.pdf')).toBe(text);
    const composed = 'basic:\n  B01:\n    files: [files/é.pdf]\n';
    expect(add(composed, ['basic', 'B01'], 'files/e\u0301.pdf')).toBe(composed);
    expect(remove(composed, ['basic', 'B01'], 'files/e\u0301.pdf')).toBe('basic:\n  B01:\n    files: []\n');
  });

  it('removing a file not listed changes nothing', () => {
    const text = example('ready-new-unit');
    expect(remove(text, ['basic', 'B01'], 'files/none.pdf')).toBe(text);
    expect(remove(text, ['basic', 'B99'], 'files/none.pdf')).toBe(text);
  });

  it("sets and clears the readiness form's file:", () => {
    const text = starter();
    const after = add(text, ['readiness_form'], 'files/แบบประเมิน.pdf');
    expect(oneLineChange(text, after)[1]).toBe('  file: files/แบบประเมิน.pdf # ไฟล์ที่สแกนแล้ว เช่น files/แบบประเมินความพร้อม.pdf');
    expect(remove(after, ['readiness_form'], 'files/อื่น.pdf')).toBe(after);
    expect(remove(after, ['readiness_form'], 'files/แบบประเมิน.pdf')).toBe(text);
  });
});

describe('refusals: the text stays as it was and the page says why', () => {
  const FINDING_OF: Record<EditRefusal, FindingCode> = {
    'answers-broken': 'edit.answers-broken',
    'not-a-mapping': 'edit.not-a-section',
    'bad-path': 'edit.unknown-field',
    'bad-value': 'edit.not-a-choice',
    'too-large': 'edit.too-large',
    'unsafe-result': 'edit.would-change-other-answers',
  };

  it('every refusal comes with its finding, in Thai and English', () => {
    const refusals = [
      setAnswer('unit:\n\tname: ก\n', ['unit', 'name'], 'ข', catalogue),
      setAnswer('basic:\n  B01: มี\n', ['basic', 'B01', 'text'], 'ก', catalogue),
      setAnswer('unit:\n', ['unit', 'colour'], 'ก', catalogue),
      setAnswer('physical:\n', ['physical', 'P01'], 'ใช่', catalogue),
      setAnswer('unit:\n', ['unit', 'name'], 'ก'.repeat(800_000), catalogue),
      setAnswer('unit:\n  name: &n ก\n  parent: *n\n', ['unit', 'name'], 'ข', catalogue),
    ];
    expect(refusals.map((r) => !r.ok && r.reason).sort()).toEqual(Object.keys(FINDING_OF).sort());
    for (const refusal of refusals) {
      if (refusal.ok) continue;
      expect(refusal.finding.code).toBe(FINDING_OF[refusal.reason]);
      expect(renderMessage(refusal.finding, 'th').text).toMatch(/[ก-๙]/);
      expect(renderMessage(refusal.finding, 'th').fix).toBeTruthy();
      expect(renderMessage(refusal.finding, 'en').text).toMatch(/[a-z]/);
    }
    expect(refusals[1]!.ok || renderMessage(refusals[1]!.finding, 'th').text).toBe(
      'บันทึก basic.B01.text ไม่ได้ เพราะใน application.yaml บรรทัด 2 basic.B01: ตามด้วยคำตอบเดียว แทนที่จะเป็นหัวข้อย่อย',
    );
  });

  it('a file gecc cannot read: answers-broken, with the line and the finding gecc check gives', () => {
    const text = 'unit:\n  name: ก\n\tkind: other\n';
    const outcome = setAnswer(text, ['unit', 'name'], 'ข', catalogue);
    expect(outcome).toMatchObject({ ok: false, reason: 'answers-broken', line: 3, finding: { code: 'edit.answers-broken', line: 3 } });
    expect(!outcome.ok && outcome.cause?.code).toBe('yaml.tab-indent');
    expect(readAnswerValues(text)).toMatchObject({ ok: false, finding: { code: 'yaml.tab-indent' } });
    expect(readAnswerValue(text, ['unit', 'name'])).toBeUndefined();
    expect(setAnswer('unit:\n  name: ก\n  name: ข\n', ['unit', 'kind'], 'other', catalogue)).toMatchObject({
      reason: 'answers-broken',
      line: 3,
    });
    expect(setAnswer('- a\n- b\n', ['unit', 'kind'], 'other', catalogue)).toMatchObject({ reason: 'answers-broken' });
  });

  it('a section that holds a value instead of keys: not-a-mapping, with its line', () => {
    const outcome = setAnswer('basic:\n  B01: มี\n', ['basic', 'B01', 'text'], 'ก', catalogue);
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'not-a-mapping',
      line: 2,
      finding: { code: 'edit.not-a-section', args: { field: 'basic.B01.text', section: 'basic.B01', line: 2 } },
    });
    expect(addFileReference('basic: [a]\n', ['basic', 'B01'], 'a.pdf', catalogue)).toMatchObject({ reason: 'not-a-mapping', line: 1 });
  });

  it('a path that is no answer: bad-path (a file list is changed through add/removeFileReference)', () => {
    for (const p of [['basic', 'B99', 'text'], ['unit', 'colour'], ['basic', 'B01'], ['basic', 'B01', 'files'], [], ['physical']]) {
      expect(setAnswer('unit:\n  name: ก\n', p, 'x', catalogue)).toMatchObject({
        ok: false,
        reason: 'bad-path',
        finding: { code: 'edit.unknown-field' },
      });
    }
    expect(addFileReference('unit:\n', ['unit'], 'a.pdf', catalogue)).toMatchObject({ reason: 'bad-path' });
    expect(addFileReference('unit:\n', ['basic', 'B01'], '', catalogue)).toMatchObject({ reason: 'bad-path' });
  });

  it('a มี/ไม่มี answer given anything else: bad-value', () => {
    expect(setAnswer(starter(), ['physical', 'P01'], 'yes', catalogue)).toMatchObject({
      ok: false,
      reason: 'bad-value',
      finding: { code: 'edit.not-a-choice', args: { field: 'physical.P01', value: 'yes' } },
    });
    expect(edited(setAnswer(starter({ applicant: 'returning' }), ['basic', 'B01', 'answer'], ' ไม่มี ', catalogue))).toContain(
      '    answer: ไม่มี ',
    );
  });

  it('a file that would grow past what gecc reads: too-large', () => {
    expect(setAnswer(starter(), ['basic', 'B01', 'text'], 'ก'.repeat(800_000), catalogue)).toMatchObject({
      ok: false,
      reason: 'too-large',
      finding: { code: 'edit.too-large' },
    });
  });

  it('an edit that would change another answer is refused by the read-back (an anchor used elsewhere)', () => {
    const text = 'basic:\n  B01:\n    text: &same ข้อความเดียวกัน\n  B02:\n    text: *same\n';
    const outcome = setAnswer(text, ['basic', 'B01', 'text'], 'ใหม่', catalogue);
    expect(outcome).toMatchObject({ ok: false, reason: 'unsafe-result', line: 3, finding: { code: 'edit.would-change-other-answers' } });
    // the alias itself can be replaced: nothing else reads it
    expect(set(text, ['basic', 'B02', 'text'], 'ใหม่')).toBe('basic:\n  B01:\n    text: &same ข้อความเดียวกัน\n  B02:\n    text: ใหม่\n');
  });
});

describe('answersText: the bytes of the file as text to edit', () => {
  it('gives UTF-8 bytes back as the same bytes, a byte-order mark and CRLF included', () => {
    for (const text of [withBom(withCrlf(starter())), example('not-ready-unit'), '']) {
      const bytes = Buffer.from(text, 'utf8');
      const decoded = answersText(bytes);
      expect(decoded).toEqual({ ok: true, text });
      if (decoded.ok) expect(Buffer.from(decoded.text, 'utf8')).toEqual(bytes);
    }
  });

  it('refuses bytes that are not UTF-8 with the finding gecc check gives (decoding them would lose every Thai letter)', () => {
    expect(answersText(Buffer.from('\uFEFFunit:\n', 'utf16le'))).toMatchObject({ ok: false, finding: { code: 'answers.encoding-utf16' } });
    const windows874 = Buffer.from([0x75, 0x6e, 0x69, 0x74, 0x3a, 0x0a, 0x20, 0x20, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xa1, 0xa2, 0x0a]);
    expect(answersText(windows874)).toMatchObject({ ok: false, finding: { code: 'answers.encoding-invalid', line: 2 } });
  });
});

describe('readAnswerValue: what the page shows', () => {
  const text = example('not-ready-unit');
  it('shows texts, numbers, lists of files and blanks as the check reads them', () => {
    expect(readAnswerValue(text, ['unit', 'name'])).toBe('สำนักงานเขตบางรัก');
    expect(readAnswerValue(text, ['unit', 'contact', 'phone'])).toBe('21234567');
    expect(readAnswerValue(text, ['advanced', 'A12', 'score'])).toBe('8');
    expect(readAnswerValue(text, ['basic', 'B01', 'files'])).toEqual(['files/B01-สำรวจความต้องการ.pdf']);
    expect(readAnswerValue(text, ['readiness_form', 'file'])).toBe('files/แบบประเมินความพร้อม.pdf');
    expect(readAnswerValue(text, ['basic', 'B03', 'text'])).toBeUndefined();
    expect(readAnswerValue(text, ['basic', 'B05', 'files'])).toBeUndefined();
    expect(readAnswerValue(text, ['basic', 'B01'])).toBeUndefined();
    expect(readAnswerValue(starter(), ['unit', 'name'])).toBeUndefined();
    expect(readAnswerValue('physical:\n  P01: true\n  P02: false\n', ['physical', 'P02'])).toBe('ไม่มี');
    expect(readAnswerValue('basic:\n  B01:\n    files: a.pdf\n', ['basic', 'B01', 'files'])).toEqual(['a.pdf']);
  });
});
