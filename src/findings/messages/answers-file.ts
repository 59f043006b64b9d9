import { message } from '../message-spec.js';

/** Findings about finding, reading and parsing application.yaml. */
export const answersFileMessages = {
  'application.no-answers-file': message<{ folder: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่พบไฟล์คำตอบ application.yaml ในโฟลเดอร์ ${a.folder}`,
      fix: () => 'สร้างไฟล์ application.yaml ในโฟลเดอร์นี้ (ใช้คำสั่ง gecc init เพื่อสร้างแบบฟอร์มเปล่า) หรือตรวจว่าเลือกโฟลเดอร์ถูกต้อง',
    },
    en: {
      text: (a) => `No answers file application.yaml in the folder ${a.folder}`,
      fix: () => 'Create application.yaml in this folder (gecc init writes an empty one), or check that this is the right folder.',
    },
  }),
  'application.two-answers-files': message<{ used: string; ignored: string }>({
    severity: 'warning',
    th: {
      text: (a) => `มีทั้ง ${a.used} และ ${a.ignored}: ใช้ ${a.used} และไม่อ่าน ${a.ignored}`,
      fix: (a) => `ลบหรือย้าย ${a.ignored} ออก เพื่อไม่ให้สับสนว่าไฟล์ไหนคือคำตอบจริง`,
    },
    en: {
      text: (a) => `Both ${a.used} and ${a.ignored} exist: ${a.used} is used, ${a.ignored} is ignored`,
      fix: (a) => `Remove ${a.ignored} so that there is one answers file.`,
    },
  }),
  'answers.unreadable': message<{ reason: string }>({
    severity: 'error',
    th: { text: (a) => `เปิดอ่านไฟล์คำตอบไม่ได้ (${a.reason})`, fix: () => 'ตรวจว่าไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น และมีสิทธิ์อ่านไฟล์' },
    en: {
      text: (a) => `The answers file cannot be read (${a.reason})`,
      fix: () => 'Check that no other program holds the file and that you may read it.',
    },
  }),
  'answers.encoding-utf16': message({
    severity: 'error',
    th: {
      text: () => 'ไฟล์คำตอบถูกบันทึกเป็น UTF-16 (Unicode) ซึ่งอ่านภาษาไทยไม่ถูกต้อง',
      fix: () => 'เปิดไฟล์ด้วยโปรแกรม Notepad เลือก ไฟล์ > บันทึกเป็น (File > Save As) แล้วที่ช่อง "การเข้ารหัส" (Encoding) ด้านล่างเลือก UTF-8 แล้วกดบันทึก',
    },
    en: {
      text: () => 'The answers file is saved as UTF-16 (Unicode)',
      fix: () => 'Open it in Notepad, Save As, and choose the UTF-8 encoding.',
    },
  }),
  'answers.encoding-binary': message({
    severity: 'error',
    th: {
      text: () => 'ไฟล์คำตอบไม่ใช่ไฟล์ข้อความ (มีข้อมูลไบนารีปนอยู่)',
      fix: () => 'application.yaml ต้องเป็นไฟล์ข้อความธรรมดา แก้ด้วยโปรแกรมแก้ไขข้อความ เช่น Notepad หรือ VS Code',
    },
    en: {
      text: () => 'The answers file is not a text file (it holds binary data)',
      fix: () => 'application.yaml must be plain text: edit it with a text editor such as Notepad or VS Code.',
    },
  }),
  'answers.encoding-invalid': message({
    severity: 'error',
    th: {
      text: () => 'ไฟล์คำตอบไม่ได้บันทึกเป็น UTF-8 (ตัวอักษรภาษาไทยจะเพี้ยน)',
      fix: () =>
        'เปิดไฟล์ด้วยโปรแกรม Notepad เลือก ไฟล์ > บันทึกเป็น (File > Save As) แล้วที่ช่อง "การเข้ารหัส" (Encoding) ด้านล่างเลือก UTF-8 กดบันทึก แล้วตรวจข้อความภาษาไทยอีกครั้ง',
    },
    en: {
      text: () => 'The answers file is not valid UTF-8 (Thai text would be garbled)',
      fix: () => 'Open it in Notepad, Save As with the UTF-8 encoding, then check the Thai text.',
    },
  }),
  'answers.empty': message({
    severity: 'error',
    th: {
      text: () => 'ไฟล์คำตอบว่างเปล่า',
      fix: () => 'สร้างแบบฟอร์มที่มีทุกข้อให้กรอกด้วยคำสั่ง gecc init ในโฟลเดอร์ใหม่ แล้วคัดลอกไฟล์ application.yaml ที่ได้มาแทนไฟล์นี้',
    },
    en: {
      text: () => 'The answers file is empty',
      fix: () => 'Start from the form gecc init writes (in a new folder), with every item to fill in.',
    },
  }),
  'yaml.syntax': message<{ line: number; detail: string }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} อ่านไม่ได้ เพราะไม่อยู่ในรูป "หัวข้อ: คำตอบ" แบบบรรทัดอื่น`,
      fix: (a) =>
        `เทียบบรรทัด ${a.line} กับบรรทัดข้างบน: ทุกบรรทัดเป็นชื่อหัวข้อ ตามด้วย : เว้น 1 ช่อง แล้วจึงคำตอบ เช่น "  P01: มี" และเว้นวรรคหน้าบรรทัดเท่ากับบรรทัดอื่นในหัวข้อเดียวกัน`,
    },
    en: {
      text: (a) => `Line ${a.line} cannot be read: it is not a "key: value" line like the others (${a.detail})`,
      fix: (a) =>
        `Compare line ${a.line} with the line above: a key, a colon, a space, then the answer (e.g. "  P01: มี"), indented like the other lines under the same heading.`,
    },
  }),
  'yaml.duplicate-key': message<{ key: string }>({
    severity: 'error',
    th: { text: (a) => `หัวข้อ "${a.key}" ซ้ำกัน (กรอกไว้มากกว่าหนึ่งครั้ง)`, fix: () => 'รวมคำตอบไว้ที่เดียวแล้วลบหัวข้อที่ซ้ำออก' },
    en: { text: (a) => `The key "${a.key}" appears twice`, fix: () => 'Keep one of them and merge the answers.' },
  }),
  'yaml.tab-indent': message<{ line: number }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} กดปุ่ม Tab ไว้หน้าบรรทัด ไฟล์คำตอบต้องเว้นหน้าบรรทัดด้วยการเคาะ Space เท่านั้น`,
      fix: (a) => `ลบ Tab หน้าบรรทัด ${a.line} แล้วเคาะ Space แทน ให้เริ่มตรงกับบรรทัดอื่นในหัวข้อเดียวกัน (ชั้นละ 2 ช่อง เช่น "  P03: มี")`,
    },
    en: {
      text: (a) => `Line ${a.line} is indented with a Tab, which YAML does not allow`,
      fix: (a) =>
        `Replace the Tab at the start of line ${a.line} with spaces, lined up with the other lines under the same heading (two per level).`,
    },
  }),
  'yaml.indent-deeper': message<{ line: number; spaces: number }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} เว้นวรรคหน้าบรรทัดมากเกินไป ไม่ตรงกับบรรทัดอื่นในหัวข้อเดียวกัน`,
      fix: (a) =>
        `ลบช่องว่างหน้าบรรทัด ${a.line} ให้เหลือ ${a.spaces} ช่อง เท่ากับบรรทัดข้างเคียง (เช่น "    text:" กับ "    files:" ของข้อเดียวกันต้องเริ่มตรงกัน)`,
    },
    en: {
      text: (a) => `Line ${a.line} is indented deeper than the lines beside it under the same heading`,
      fix: (a) =>
        `Indent line ${a.line} by ${a.spaces} spaces, like its neighbours (e.g. "    text:" and "    files:" of one item start in the same column).`,
    },
  }),
  'yaml.indent-shallower': message<{ line: number; spaces: number }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} เว้นวรรคหน้าบรรทัดน้อยกว่าบรรทัดข้างบน ไม่ตรงกับบรรทัดอื่นในหัวข้อเดียวกัน`,
      fix: (a) =>
        `เคาะ Space หน้าบรรทัด ${a.line} ให้เป็น ${a.spaces} ช่อง เท่ากับบรรทัดข้างบน (เช่น "    text:" กับ "    files:" ของข้อเดียวกันต้องเริ่มตรงกัน)`,
    },
    en: {
      text: (a) => `Line ${a.line} is indented less than the line above it, under the same heading`,
      fix: (a) =>
        `Indent line ${a.line} by ${a.spaces} spaces, like the line above (e.g. "    text:" and "    files:" of one item start in the same column).`,
    },
  }),
  'yaml.text-not-indented': message<{ line: number; key: string }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} เป็นข้อความที่ต่อจาก ${a.key}: ข้างบน แต่ไม่ได้เว้นวรรคหน้าบรรทัด (มักเกิดเมื่อคัดลอกข้อความหลายบรรทัดมาจาก Word)`,
      fix: (a) =>
        `ลบการขึ้นบรรทัดใหม่ก่อนบรรทัด ${a.line} ให้ข้อความต่อกันอยู่บรรทัดเดียวกับ ${a.key}: หรือเขียน "${a.key}: |" แล้วให้ทุกบรรทัดของข้อความเว้นวรรคหน้าบรรทัดมากกว่า ${a.key}: อีก 2 ช่อง`,
    },
    en: {
      text: (a) => `Line ${a.line} continues the text of ${a.key}: above but is not indented (typical of a paste from Word)`,
      fix: (a) =>
        `Remove the line break before line ${a.line} so the text stays on the line of ${a.key}:, or write "${a.key}: |" and indent every line of the text two spaces deeper than ${a.key}:.`,
    },
  }),
  'yaml.colon-in-text': message<{ line: number; key: string }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line}: ข้อความของ ${a.key}: มีเครื่องหมาย : ตามด้วยช่องว่างอยู่ข้างใน ไฟล์คำตอบจึงอ่านเป็นหัวข้อใหม่`,
      fix: (a) =>
        `ในบรรทัด ${a.line} ใส่ข้อความทั้งหมดในเครื่องหมายคำพูด เช่น ${a.key}: "หมายเหตุ: ข้อความ" หรือเขียน "${a.key}: |" แล้วขึ้นบรรทัดใหม่ เว้นวรรคเข้าไปอีก 2 ช่องจึงพิมพ์ข้อความ`,
    },
    en: {
      text: (a) => `Line ${a.line}: the text of ${a.key}: holds a colon followed by a space, so it reads as a new key`,
      fix: (a) =>
        `On line ${a.line}, put the whole text in quotes, e.g. ${a.key}: "Note: text", or write "${a.key}: |" and the text on the next lines, indented two more spaces.`,
    },
  }),
  'yaml.comma-in-braces': message<{ line: number; key: string; rest: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        `บรรทัด ${a.line}: ข้อความของ ${a.key}: อยู่ในวงเล็บ { } และมีเครื่องหมายจุลภาค (,) ข้อความจึงถูกตัดที่จุลภาค ส่วนที่เหลือ "${a.rest}" ถูกอ่านเป็นหัวข้อ`,
      fix: (a) =>
        `ในบรรทัด ${a.line} ใส่ข้อความในเครื่องหมายคำพูด เช่น { ${a.key}: "ข้อความ, ข้อความ", files: [files/B01.pdf] } หรือเขียน ${a.key}: และ files: แยกกันคนละบรรทัดแบบที่ gecc init สร้าง`,
    },
    en: {
      text: (a) => `Line ${a.line}: the text of ${a.key}: inside { } holds a comma, so it was cut there and "${a.rest}" read as a key`,
      fix: (a) =>
        `On line ${a.line}, quote the text, e.g. { ${a.key}: "one, two", files: [files/B01.pdf] }, or write ${a.key}: and files: on lines of their own as gecc init does.`,
    },
  }),
  'yaml.backslash-in-quotes': message<{ line: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `บรรทัด ${a.line} มีเครื่องหมาย \\ อยู่ในเครื่องหมายคำพูด "…" ซึ่งไฟล์คำตอบอ่านเป็นรหัสพิเศษ (มักเป็นที่อยู่ไฟล์แบบ Windows เช่น "C:\\Users\\…")`,
      fix: (a) =>
        `ในบรรทัด ${a.line} อ้างไฟล์จากโฟลเดอร์ใบสมัครและใช้ / แทน \\ เช่น files/B01.pdf (ไม่ต้องมี C:\\… ข้างหน้า) หรือถ้าต้องใช้ \\ ให้ใช้เครื่องหมายคำพูดเดี่ยว เช่น 'files\\B01.pdf'`,
    },
    en: {
      text: (a) =>
        `Line ${a.line} has a backslash inside double quotes, which YAML reads as an escape (a Windows path such as "C:\\Users\\…")`,
      fix: (a) =>
        `On line ${a.line}, name the file relative to the application folder with / (e.g. files/B01.pdf), or use single quotes: 'files\\B01.pdf'.`,
    },
  }),
  'yaml.missing-colon': message<{ line: number; key: string; example: string }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} ขาดเครื่องหมาย : หลัง ${a.key}`,
      fix: (a) => `ในบรรทัด ${a.line} พิมพ์ : ต่อท้าย ${a.key} แล้วเว้น 1 ช่องก่อนคำตอบ เช่น ${a.example}`,
    },
    en: {
      text: (a) => `Line ${a.line} lacks the colon after ${a.key}`,
      fix: (a) => `On line ${a.line}, type a colon after ${a.key}, then a space before the answer: ${a.example}`,
    },
  }),
  'yaml.no-space-after-colon': message<{ line: number; key: string; example: string }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line}: ไม่ได้เว้นวรรคหลังเครื่องหมาย : ของ ${a.key} ไฟล์คำตอบจึงอ่านทั้งบรรทัดเป็นข้อความ ไม่ใช่หัวข้อ ${a.key}`,
      fix: (a) => `ในบรรทัด ${a.line} เคาะ Space 1 ช่องหลัง ${a.key}: เช่น ${a.example}`,
    },
    en: {
      text: (a) => `Line ${a.line}: no space after the colon of ${a.key}, so the whole line reads as a text, not as the key ${a.key}`,
      fix: (a) => `On line ${a.line}, type a space after ${a.key}:, e.g. ${a.example}`,
    },
  }),
  'yaml.colon-lookalike': message<{ line: number; key: string; mark: string; example: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        a.mark === 'ซ'
          ? `บรรทัด ${a.line}: หลัง ${a.key} เป็นตัว ซ แทนเครื่องหมาย : (กด Shift กับปุ่ม ; ตอนที่แป้นพิมพ์ยังเป็นภาษาไทย)`
          : `บรรทัด ${a.line}: หลัง ${a.key} เป็นเครื่องหมาย ${a.mark} ที่หน้าตาคล้าย : แต่ไฟล์คำตอบไม่อ่านเป็นเครื่องหมาย :`,
      fix: (a) => `ในบรรทัด ${a.line} ลบ ${a.mark} หลัง ${a.key} แล้วพิมพ์ : ตอนที่แป้นพิมพ์เป็นภาษาอังกฤษ ตามด้วยเว้นวรรค 1 ช่อง เช่น ${a.example}`,
    },
    en: {
      text: (a) =>
        a.mark === 'ซ'
          ? `Line ${a.line}: ${a.key} is followed by ซ instead of a colon (Shift+; typed while the keyboard was set to Thai)`
          : `Line ${a.line}: ${a.key} is followed by ${a.mark}, which looks like a colon but is not read as one`,
      fix: (a) =>
        `On line ${a.line}, replace ${a.mark} after ${a.key} with a colon typed on the English keyboard, then a space: ${a.example}`,
    },
  }),
  'yaml.item-indent': message<{
    line: number;
    key: string;
    group: string;
    found: number;
    spaces: number;
    example?: string;
    childrenTo?: number;
  }>({
    severity: 'error',
    th: {
      text: (a) =>
        `บรรทัด ${a.line}: ข้อ ${a.key} ${a.found === 0 ? 'ไม่ได้เว้นวรรคหน้าบรรทัด' : `เว้นวรรคหน้าบรรทัด ${a.found} ช่อง`} ต่างจากข้ออื่นใต้ ${a.group}: ที่เว้น ${a.spaces} ช่อง ไฟล์คำตอบจึงอ่านข้อนี้ผิดที่`,
      fix: (a) =>
        `ในบรรทัด ${a.line} ให้เว้นวรรคหน้า ${a.key}: ${a.spaces} ช่อง เท่ากับข้ออื่นใต้ ${a.group}:${a.example ? ` เช่น "${a.example}"` : ''}${
          a.childrenTo === undefined ? ' (บรรทัดอื่นไม่ต้องแก้)' : ` แล้วเว้นวรรคหน้าบรรทัดที่อยู่ใต้ ${a.key}: (เช่น text:, files:) ${a.childrenTo} ช่อง`
        }`,
    },
    en: {
      text: (a) =>
        `Line ${a.line}: item ${a.key} is indented ${a.found} spaces, unlike the other items under ${a.group}: (${a.spaces} spaces), so it is read in the wrong place`,
      fix: (a) =>
        `On line ${a.line}, indent ${a.key}: by ${a.spaces} spaces like the other items under ${a.group}:${a.example ? `, e.g. "${a.example}"` : ''}${
          a.childrenTo === undefined
            ? ' (leave the other lines as they are).'
            : `, and the lines under it (text:, files:) by ${a.childrenTo}.`
        }`,
    },
  }),
  'yaml.multiple-documents': message({
    severity: 'error',
    th: { text: () => 'ไฟล์มีเส้นคั่น --- แบ่งเป็นหลายเอกสาร', fix: () => 'ลบบรรทัด --- ที่คั่นกลางไฟล์ ให้เหลือคำตอบชุดเดียว' },
    en: {
      text: () => 'The file holds several YAML documents (separated by ---)',
      fix: () => 'Remove the --- separator so that one set of answers remains.',
    },
  }),
  'yaml.unterminated-quote': message<{ line: number }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} เปิดเครื่องหมายคำพูด (" หรือ ') แต่ไม่ได้ปิด ไฟล์คำตอบจึงอ่านบรรทัดต่อจากนี้ผิดไปด้วย`,
      fix: (a) => `ใส่เครื่องหมายคำพูดแบบเดียวกันปิดท้ายข้อความในบรรทัด ${a.line} เช่น name: "สำนักงานเขตพระนคร" หรือลบเครื่องหมายคำพูดตัวเปิดออก`,
    },
    en: {
      text: (a) => `Line ${a.line} opens a quote (" or ') that is never closed, so the lines after it are misread`,
      fix: (a) => `Close the quote at the end of the text on line ${a.line}, e.g. name: "สำนักงานเขตพระนคร", or remove the opening quote.`,
    },
  }),
  'yaml.unclosed-bracket': message<{ line: number }>({
    severity: 'error',
    th: {
      text: (a) => `บรรทัด ${a.line} เปิดวงเล็บ [ หรือ { แต่ไม่ได้ปิด`,
      fix: (a) => `ใส่ ] หรือ } ปิดท้ายในบรรทัด ${a.line} เช่น files: [files/B01.pdf]`,
    },
    en: {
      text: (a) => `Line ${a.line} opens a [ or { that is never closed`,
      fix: (a) => `Close it on line ${a.line}, e.g. files: [files/B01.pdf]`,
    },
  }),
  'yaml.alias-bomb': message({
    severity: 'error',
    th: {
      text: () => 'ไฟล์คำตอบใช้เครื่องหมาย & และ * อ้างถึงข้อความซ้ำมากผิดปกติ จนอ่านไม่ได้อย่างปลอดภัย',
      fix: () => 'เขียนคำตอบตรง ๆ โดยไม่ใช้ & และ *',
    },
    en: {
      text: () => 'The file uses an abnormal number of aliases (*) and cannot be read safely',
      fix: () => 'Write the answers out without & and *.',
    },
  }),
  'answers.not-a-mapping': message({
    severity: 'error',
    th: { text: () => 'ไฟล์คำตอบไม่ได้อยู่ในรูป "หัวข้อ: คำตอบ"', fix: () => 'เริ่มไฟล์ด้วยหัวข้อ เช่น unit:, physical:, basic: ตามแบบที่ gecc init สร้าง' },
    en: {
      text: () => 'The answers file is not a set of "key: value" entries',
      fix: () => 'Start with the sections unit:, physical:, basic: …, as gecc init writes them.',
    },
  }),
  'edition.unknown': message<{ edition: string; known: string }>({
    severity: 'error',
    th: { text: (a) => `ไม่รู้จักเกณฑ์ปี "${a.edition}"`, fix: (a) => `แก้บรรทัด edition: ให้เป็นปีที่มีเกณฑ์ (ปีที่มี: ${a.known})` },
    en: { text: (a) => `Unknown criteria edition "${a.edition}"`, fix: (a) => `Use one of the editions gecc has: ${a.known}.` },
  }),
};
