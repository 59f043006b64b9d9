import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderMessage } from '../../src/findings/render-message.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { checkSpec, IN_WINDOW, problems } from '../helpers/check.js';
import { checkApplication } from '../../src/check-application.js';

afterAll(removeTempDirs);

/** The answers of a ready new unit, as a unit's application.yaml holds them (every attachment exists). */
const READY = stringify(readyNewUnit(), { lineWidth: 0 });

/** Checks the ready application with its application.yaml edited as a person might slip. */
async function checkEdited(edit: (text: string) => string) {
  const text = edit(READY);
  expect(text).not.toBe(READY);
  const dir = writeApplication(tempDir(), readyNewUnit(), { yamlText: text });
  return { text, result: await checkApplication(dir, { now: IN_WINDOW }) };
}

/** The 1-based number of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(start)}`);
  return index + 1;
}

interface Slip {
  slip: string;
  edit: (text: string) => string;
  /** the start of the line the finding must point at, in the edited file */
  at: string;
  code: string;
  th: (line: number) => string;
}

/** A key without the space after its colon: the slip told for that key. */
const noSpaceAfter = (key: string, slip: string, edit: (text: string) => string, at: string): Slip => ({
  slip,
  edit,
  at,
  code: 'yaml.no-space-after-colon',
  th: (n) => `บรรทัด ${n}: ไม่ได้เว้นวรรคหลังเครื่องหมาย : ของ ${key} ไฟล์คำตอบจึงอ่านทั้งบรรทัดเป็นข้อความ ไม่ใช่หัวข้อ ${key}`,
});

const SLIPS: Slip[] = [
  {
    slip: 'a Tab before a key',
    edit: (t) => t.replace('  P03: มี', '\tP03: มี'),
    at: '\tP03',
    code: 'yaml.tab-indent',
    th: (n) => `บรรทัด ${n} กดปุ่ม Tab ไว้หน้าบรรทัด ไฟล์คำตอบต้องเว้นหน้าบรรทัดด้วยการเคาะ Space เท่านั้น`,
  },
  {
    slip: 'a line indented deeper than the one above',
    edit: (t) => t.replace('  applicant: new', '    applicant: new'),
    at: '    applicant',
    code: 'yaml.indent-deeper',
    th: (n) => `บรรทัด ${n} เว้นวรรคหน้าบรรทัดมากเกินไป ไม่ตรงกับบรรทัดอื่นในหัวข้อเดียวกัน`,
  },
  {
    slip: 'the first line under an item indented too deep',
    edit: (t) => t.replace('  B02:\n    text:', '  B02:\n      text:'),
    at: '      text: ดำเนินการตามเกณฑ์พื้นฐาน B02',
    code: 'yaml.indent-deeper',
    th: (n) => `บรรทัด ${n} เว้นวรรคหน้าบรรทัดมากเกินไป ไม่ตรงกับบรรทัดอื่นในหัวข้อเดียวกัน`,
  },
  {
    slip: 'a line indented less than the one above',
    edit: (t) => t.replace('  applicant: new', ' applicant: new'),
    at: ' applicant',
    code: 'yaml.indent-shallower',
    th: (n) => `บรรทัด ${n} เว้นวรรคหน้าบรรทัดน้อยกว่าบรรทัดข้างบน ไม่ตรงกับบรรทัดอื่นในหัวข้อเดียวกัน`,
  },
  {
    slip: 'a text pasted from Word with its line break (next line not indented)',
    edit: (t) => t.replace('ดำเนินการตามเกณฑ์พื้นฐาน B01 ครบถ้วน', 'ดำเนินการตามเกณฑ์พื้นฐาน B01\nครบถ้วนตามแบบสำรวจ'),
    at: 'ครบถ้วนตามแบบสำรวจ',
    code: 'yaml.text-not-indented',
    th: (n) => `บรรทัด ${n} เป็นข้อความที่ต่อจาก text: ข้างบน แต่ไม่ได้เว้นวรรคหน้าบรรทัด (มักเกิดเมื่อคัดลอกข้อความหลายบรรทัดมาจาก Word)`,
  },
  {
    slip: 'a pasted line that itself holds ": "',
    edit: (t) => t.replace('ดำเนินการตามเกณฑ์พื้นฐาน B01 ครบถ้วน', 'ดำเนินการตามเกณฑ์พื้นฐาน B01\nหมายเหตุ: ครบถ้วน'),
    at: 'หมายเหตุ',
    code: 'yaml.text-not-indented',
    th: (n) => `บรรทัด ${n} เป็นข้อความที่ต่อจาก text: ข้างบน แต่ไม่ได้เว้นวรรคหน้าบรรทัด (มักเกิดเมื่อคัดลอกข้อความหลายบรรทัดมาจาก Word)`,
  },
  {
    slip: '": " inside an unquoted Thai text',
    edit: (t) => t.replace('text: ดำเนินการตามเกณฑ์พื้นฐาน B02', 'text: หมายเหตุ: ดำเนินการตามเกณฑ์พื้นฐาน B02'),
    at: '    text: หมายเหตุ',
    code: 'yaml.colon-in-text',
    th: (n) => `บรรทัด ${n}: ข้อความของ text: มีเครื่องหมาย : ตามด้วยช่องว่างอยู่ข้างใน ไฟล์คำตอบจึงอ่านเป็นหัวข้อใหม่`,
  },
  {
    slip: 'a Windows path in double quotes',
    edit: (t) => t.replace('      - files/B03.pdf', '      - "C:\\Users\\somchai\\B03.pdf"'),
    at: '      - "C:',
    code: 'yaml.backslash-in-quotes',
    th: (n) => `บรรทัด ${n} มีเครื่องหมาย \\ อยู่ในเครื่องหมายคำพูด "…" ซึ่งไฟล์คำตอบอ่านเป็นรหัสพิเศษ (มักเป็นที่อยู่ไฟล์แบบ Windows เช่น "C:\\Users\\…")`,
  },
  {
    slip: 'a missing colon between an item and its answer',
    edit: (t) => t.replace('  P03: มี', '  P03 มี'),
    at: '  P03 มี',
    code: 'yaml.missing-colon',
    th: (n) => `บรรทัด ${n} ขาดเครื่องหมาย : หลัง P03`,
  },
  {
    slip: 'a missing colon after an item id',
    edit: (t) => t.replace('  B02:\n', '  B02\n'),
    at: '  B02',
    code: 'yaml.missing-colon',
    th: (n) => `บรรทัด ${n} ขาดเครื่องหมาย : หลัง B02`,
  },
  {
    slip: 'a missing colon after a section heading',
    edit: (t) => t.replace('basic:\n', 'basic\n'),
    at: 'basic',
    code: 'yaml.missing-colon',
    th: (n) => `บรรทัด ${n} ขาดเครื่องหมาย : หลัง basic`,
  },
  noSpaceAfter('P06', 'no space after the colon of a physical item', (t) => t.replace('  P06: มี', '  P06:มี'), '  P06:มี'),
  noSpaceAfter('P01', 'no space after the colon of the first item of a group', (t) => t.replace('  P01: มี', '  P01:มี'), '  P01:มี'),
  noSpaceAfter(
    'text',
    'no space after text:',
    (t) => t.replace('text: ดำเนินการตามเกณฑ์พื้นฐาน B02', 'text:ดำเนินการตามเกณฑ์พื้นฐาน B02'),
    '    text:ดำเนินการ',
  ),
  noSpaceAfter(
    'score',
    'no space after score:',
    (t) => t.replace('      - files/A03.pdf\n    score: 2', '      - files/A03.pdf\n    score:2'),
    '    score:2',
  ),
  noSpaceAfter(
    'phone',
    'no space after phone: before its quotes',
    (t) => t.replace('    phone: 02 123 4567', '    phone:"02 123 4567"'),
    '    phone:"',
  ),
  {
    slip: 'ซ for the colon (Shift+; with the keyboard still in Thai)',
    edit: (t) => t.replace('  P06: มี', '  P06ซ มี'),
    at: '  P06ซ',
    code: 'yaml.colon-lookalike',
    th: (n) => `บรรทัด ${n}: หลัง P06 เป็นตัว ซ แทนเครื่องหมาย : (กด Shift กับปุ่ม ; ตอนที่แป้นพิมพ์ยังเป็นภาษาไทย)`,
  },
  {
    slip: 'a fullwidth colon',
    edit: (t) => t.replace('  P06: มี', '  P06：มี'),
    at: '  P06：',
    code: 'yaml.colon-lookalike',
    th: (n) => `บรรทัด ${n}: หลัง P06 เป็นเครื่องหมาย ： ที่หน้าตาคล้าย : แต่ไฟล์คำตอบไม่อ่านเป็นเครื่องหมาย :`,
  },
  {
    slip: 'an unclosed double quote',
    edit: (t) => t.replace('name: สำนักงานเขตพระนคร', 'name: "สำนักงานเขตพระนคร'),
    at: '  name: "',
    code: 'yaml.unterminated-quote',
    th: (n) => `บรรทัด ${n} เปิดเครื่องหมายคำพูด (" หรือ ') แต่ไม่ได้ปิด ไฟล์คำตอบจึงอ่านบรรทัดต่อจากนี้ผิดไปด้วย`,
  },
  {
    slip: 'an unclosed single quote',
    edit: (t) => t.replace('signer: นายตัวอย่าง ผู้ลงนาม', "signer: 'นายตัวอย่าง ผู้ลงนาม"),
    at: "  signer: '",
    code: 'yaml.unterminated-quote',
    th: (n) => `บรรทัด ${n} เปิดเครื่องหมายคำพูด (" หรือ ') แต่ไม่ได้ปิด ไฟล์คำตอบจึงอ่านบรรทัดต่อจากนี้ผิดไปด้วย`,
  },
  {
    slip: 'an unclosed [',
    edit: (t) => t.replace('    files:\n      - files/B02.pdf', '    files: [files/B02.pdf'),
    at: '    files: [files/B02.pdf',
    code: 'yaml.unclosed-bracket',
    th: (n) => `บรรทัด ${n} เปิดวงเล็บ [ หรือ { แต่ไม่ได้ปิด`,
  },
  {
    slip: 'a line that fits no pattern gets the plain explanation',
    edit: (t) => t.replace('  P03: มี', '  - P03: มี'),
    at: '  - P03',
    code: 'yaml.syntax',
    th: (n) => `บรรทัด ${n} อ่านไม่ได้ เพราะไม่อยู่ในรูป "หัวข้อ: คำตอบ" แบบบรรทัดอื่น`,
  },
];

describe('one YAML slip, one finding in plain Thai at its line', () => {
  it.each(SLIPS)('$slip → $code', async ({ edit, at, code, th }) => {
    const { text, result } = await checkEdited(edit);
    const line = lineOf(text, at);
    const found = problems(result).map((f) => ({ code: f.code, line: f.line, th: renderMessage(f, 'th').text }));
    expect(found).toEqual([{ code, line, th: th(line) }]);
    expect(result.ready).toBe(false);
  });

  it('each of these slips gives the parser many errors, which are not repeated to the user', async () => {
    const { result } = await checkEdited((t) => t.replace('  P03: มี', '\tP03: มี'));
    expect(problems(result)).toHaveLength(1);
  });

  it('two slips in two sections are two findings, in the order of the file', async () => {
    const { text, result } = await checkEdited((t) => t.replace('  P03: มี', '\tP03: มี').replace('  B02:\n', '  B02\n'));
    expect(problems(result).map((f) => [f.code, f.line])).toEqual([
      ['yaml.tab-indent', lineOf(text, '\tP03')],
      ['yaml.missing-colon', lineOf(text, '  B02')],
    ]);
  });

  it('a line ending in CRLF (Windows Notepad) is placed the same', async () => {
    const { text, result } = await checkEdited((t) => t.replace('  P03: มี', '  P03 มี').replace(/\n/g, '\r\n'));
    expect(problems(result).map((f) => [f.code, f.line, f.column])).toEqual([
      ['yaml.missing-colon', lineOf(text.replace(/\r/g, ''), '  P03'), 3],
    ]);
  });

  it('every fix says what to type, with the line', async () => {
    for (const { edit, at } of SLIPS) {
      const { text, result } = await checkEdited(edit);
      const { fix } = renderMessage(problems(result)[0]!, 'th');
      expect(fix, at).toMatch(/\S/);
      expect(fix, at).toContain(String(lineOf(text, at)));
    }
  });
});

describe('a key without the space after its colon', () => {
  const COLON_SLIPS = SLIPS.filter((s) => s.code === 'yaml.no-space-after-colon' || s.code === 'yaml.colon-lookalike');

  it.each(COLON_SLIPS)('$slip: the example in the fix, typed over the line, makes the application ready', async ({ edit, at }) => {
    const { text, result } = await checkEdited(edit);
    const [slip] = problems(result);
    const line = lineOf(text, at);
    const lines = text.split('\n');
    const example = (slip!.args as { example: string }).example;
    expect(renderMessage(slip!, 'th').fix).toContain(example);
    lines[line - 1] = `${/^ */.exec(lines[line - 1]!)![0]}${example}`;
    const dir = writeApplication(tempDir(), readyNewUnit(), { yamlText: lines.join('\n') });
    const fixed = await checkApplication(dir, { now: IN_WINDOW });
    expect(problems(fixed)).toEqual([]);
    expect(fixed.ready).toBe(true);
  });

  it('P06:มี: the exact finding, in Thai and English, at the line of P06 and the column after its colon', async () => {
    const { text, result } = await checkEdited((t) => t.replace('  P06: มี', '  P06:มี'));
    const line = lineOf(text, '  P06:มี');
    expect(
      problems(result).map((f) => ({
        code: f.code,
        item: f.item,
        line: f.line,
        column: f.column,
        th: renderMessage(f, 'th'),
        en: renderMessage(f, 'en'),
      })),
    ).toEqual([
      {
        code: 'yaml.no-space-after-colon',
        item: 'P06',
        line,
        column: 7,
        th: {
          text: `บรรทัด ${line}: ไม่ได้เว้นวรรคหลังเครื่องหมาย : ของ P06 ไฟล์คำตอบจึงอ่านทั้งบรรทัดเป็นข้อความ ไม่ใช่หัวข้อ P06`,
          fix: `ในบรรทัด ${line} เคาะ Space 1 ช่องหลัง P06: เช่น P06: มี`,
        },
        en: {
          text: `Line ${line}: no space after the colon of P06, so the whole line reads as a text, not as the key P06`,
          fix: `On line ${line}, type a space after P06:, e.g. P06: มี`,
        },
      },
    ]);
  });

  it('answer:มี of a returning unit, the only line under its item (the parser reads it without a complaint)', async () => {
    const spec = readyReturningUnit();
    const text = stringify(spec, { lineWidth: 0 }).replace(/( {2}B04:\n {4})answer: มี/, '$1answer:มี');
    const dir = writeApplication(tempDir(), spec, { yamlText: text });
    const result = await checkApplication(dir, { now: IN_WINDOW });
    const line = lineOf(text, '    answer:มี');
    expect(problems(result).map((f) => ({ code: f.code, line: f.line, th: renderMessage(f, 'th').text }))).toEqual([
      {
        code: 'yaml.no-space-after-colon',
        line,
        th: `บรรทัด ${line}: ไม่ได้เว้นวรรคหลังเครื่องหมาย : ของ answer ไฟล์คำตอบจึงอ่านทั้งบรรทัดเป็นข้อความ ไม่ใช่หัวข้อ answer`,
      },
    ]);
  });

  it('a text that runs on to a line starting "score:2" is text, and a URL after a key is its value', async () => {
    const { result } = await checkEdited((t) =>
      t.replace(
        'text: ดำเนินการตามเกณฑ์พื้นฐาน B02 ครบถ้วน',
        'text: ดำเนินการตามเกณฑ์พื้นฐาน B02 ครบถ้วน\n      score:2 ตามแบบประเมิน ดู http://example.go.th',
      ),
    );
    expect(problems(result)).toEqual([]);
    expect(result.items.find((i) => i.id === 'B02')?.text).toBe(
      'ดำเนินการตามเกณฑ์พื้นฐาน B02 ครบถ้วน score:2 ตามแบบประเมิน ดู http://example.go.th',
    );
  });
});

describe('slips the parser accepts, found by their shape', () => {
  it('a comma in a text inside { } is one finding about the cut text, not an unknown heading', async () => {
    const { text, result } = await checkEdited((t) =>
      t.replace(
        / {2}B02:\n {4}text: .*\n {4}files:\n {6}- files\/B02\.pdf\n/,
        '  B02: { text: วิเคราะห์ผลสำรวจ, ปรับเวลาให้บริการ, files: [files/B02.pdf] }\n',
      ),
    );
    const line = lineOf(text, '  B02: {');
    expect(problems(result).map((f) => ({ code: f.code, item: f.item, line: f.line, th: renderMessage(f, 'th').text }))).toEqual([
      {
        code: 'yaml.comma-in-braces',
        item: 'B02',
        line,
        th: `บรรทัด ${line}: ข้อความของ text: อยู่ในวงเล็บ { } และมีเครื่องหมายจุลภาค (,) ข้อความจึงถูกตัดที่จุลภาค ส่วนที่เหลือ "ปรับเวลาให้บริการ" ถูกอ่านเป็นหัวข้อ`,
      },
    ]);
  });

  it('a misspelt group heading is one finding; its items are not listed as missing one by one', async () => {
    const { text, result } = await checkEdited((t) => t.replace('physical:', 'physcial:'));
    expect(problems(result).map((f) => ({ code: f.code, line: f.line, th: renderMessage(f, 'th').text }))).toEqual([
      {
        code: 'answers.unknown-key',
        line: lineOf(text, 'physcial:'),
        th: 'ไม่รู้จักหัวข้อ "physcial" ที่ระดับบนสุดของไฟล์ หรือหมายถึง "physical"? — จนกว่าจะแก้ชื่อ gecc ไม่อ่านคำตอบใต้หัวข้อนี้ ทั้ง 14 ข้อจึงนับว่ายังไม่ได้ตอบ',
      },
    ]);
    expect(result.items.filter((i) => i.group === 'physical' && i.state === 'not-answered')).toHaveLength(14);
  });

  it('a misspelt group with attachments does not call its files "named nowhere"', async () => {
    const { result } = await checkEdited((t) => t.replace('basic:', 'basci:'));
    expect(problems(result).map((f) => f.code)).toEqual(['answers.unknown-key', 'group.below-required']);
  });

  it('B5 for B05 is reported at its own line, and B05 counts as not answered once', async () => {
    const { text, result } = await checkEdited((t) => t.replace('  B05:', '  B5:'));
    const found = problems(result).map((f) => ({ code: f.code, item: f.item, line: f.line, th: renderMessage(f, 'th').text }));
    expect(found[0]).toEqual({
      code: 'answers.unknown-item',
      item: 'B05',
      line: lineOf(text, '  B5:'),
      th: 'ไม่มีข้อ "B5" ในกลุ่ม เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน หรือหมายถึง "B05"? — จนกว่าจะแก้ ข้อ B05 นับว่ายังไม่ได้ตอบ',
    });
    // the group's score falls short by that one item: said for the group, not again for B05
    expect(found.slice(1).map((f) => f.code)).toEqual(['group.below-required']);
    expect(result.items.filter((i) => i.id === 'B05')).toMatchObject([{ state: 'not-answered' }]);
  });

  it('B5 beside an answered B05 is an unknown item, B05 stays answered', async () => {
    const spec = readyNewUnit();
    spec.basic.B5 = { text: 'ซ้ำ', files: ['files/B05.pdf'] };
    const result = await checkSpec(spec);
    expect(problems(result).map((f) => [f.code, f.item])).toEqual([['answers.unknown-item', 'B5']]);
    expect(result.items.find((i) => i.id === 'B05')).toMatchObject({ state: 'complete' });
  });
});
