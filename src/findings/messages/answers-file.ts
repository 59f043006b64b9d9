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
      fix: () => 'เปิดไฟล์ใน Notepad แล้วเลือก "บันทึกเป็น" (Save As) ตั้ง Encoding เป็น UTF-8',
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
      fix: () => 'เปิดไฟล์ใน Notepad แล้วเลือก "บันทึกเป็น" (Save As) ตั้ง Encoding เป็น UTF-8 แล้วตรวจข้อความภาษาไทยอีกครั้ง',
    },
    en: {
      text: () => 'The answers file is not valid UTF-8 (Thai text would be garbled)',
      fix: () => 'Open it in Notepad, Save As with the UTF-8 encoding, then check the Thai text.',
    },
  }),
  'answers.empty': message({
    severity: 'error',
    th: { text: () => 'ไฟล์คำตอบว่างเปล่า', fix: () => 'สร้างแบบฟอร์มที่มีทุกข้อให้กรอกด้วยคำสั่ง gecc init (ในโฟลเดอร์ใหม่) แล้วคัดลอกมาใช้' },
    en: {
      text: () => 'The answers file is empty',
      fix: () => 'Start from the form gecc init writes (in a new folder), with every item to fill in.',
    },
  }),
  'yaml.syntax': message<{ detail: string }>({
    severity: 'error',
    th: {
      text: () => 'รูปแบบไฟล์คำตอบผิดพลาดตรงตำแหน่งนี้ (อาจเป็นการเว้นวรรค เครื่องหมาย : หรือเครื่องหมายคำพูด)',
      fix: () => 'ตรวจการเว้นวรรคหน้าบรรทัด เครื่องหมาย : และเครื่องหมายคำพูดในบรรทัดนี้และบรรทัดก่อนหน้า',
    },
    en: {
      text: (a) => `YAML syntax error here (${a.detail})`,
      fix: () => 'Check the indentation, the colons and the quotes on this line and the one before it.',
    },
  }),
  'yaml.duplicate-key': message<{ key: string }>({
    severity: 'error',
    th: { text: (a) => `หัวข้อ "${a.key}" ซ้ำกัน (กรอกไว้มากกว่าหนึ่งครั้ง)`, fix: () => 'รวมคำตอบไว้ที่เดียวแล้วลบหัวข้อที่ซ้ำออก' },
    en: { text: (a) => `The key "${a.key}" appears twice`, fix: () => 'Keep one of them and merge the answers.' },
  }),
  'yaml.tab-indent': message({
    severity: 'error',
    th: { text: () => 'ใช้ปุ่ม Tab เว้นหน้าบรรทัด ซึ่ง YAML ไม่อนุญาต', fix: () => 'ลบ Tab แล้วเว้นวรรคด้วยการเคาะ Space แทน (ทีละ 2 ช่อง)' },
    en: {
      text: () => 'A tab is used for indentation, which YAML does not allow',
      fix: () => 'Indent with spaces (two per level) instead of tabs.',
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
  'yaml.unterminated-quote': message({
    severity: 'error',
    th: { text: () => 'มีเครื่องหมายคำพูด (" หรือ \') เปิดไว้แต่ไม่ได้ปิด', fix: () => 'ใส่เครื่องหมายคำพูดปิดท้ายข้อความ' },
    en: { text: () => 'A quote (" or \') is opened but never closed', fix: () => 'Close the quoted text.' },
  }),
  'yaml.alias-bomb': message({
    severity: 'error',
    th: { text: () => 'ไฟล์ใช้การอ้างอิงซ้ำ (alias *) มากผิดปกติ จนอ่านไม่ได้อย่างปลอดภัย', fix: () => 'เขียนคำตอบตรง ๆ โดยไม่ใช้ & และ *' },
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
    th: { text: (a) => `ไม่รู้จักเกณฑ์ปี "${a.edition}"`, fix: (a) => `ใส่ edition เป็นปีที่มีเกณฑ์: ${a.known}` },
    en: { text: (a) => `Unknown criteria edition "${a.edition}"`, fix: (a) => `Use one of the editions gecc has: ${a.known}.` },
  }),
};
