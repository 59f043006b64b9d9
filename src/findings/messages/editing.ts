import { formatMegabytes, message } from '../message-spec.js';

/** Why an upload's name was refused (see src/edit/upload-name.ts). */
export type UploadNameProblem =
  | 'empty'
  | 'separator'
  | 'dot-dot'
  | 'drive'
  | 'colon'
  | 'windows-character'
  | 'reserved'
  | 'control'
  | 'trailing-dot-or-space'
  | 'too-long';

const NAME_PROBLEM_TH: Record<UploadNameProblem, string> = {
  empty: 'ไม่มีชื่อ',
  separator: 'มีเครื่องหมาย / หรือ \\ ซึ่งใช้แบ่งโฟลเดอร์',
  'dot-dot': 'มี .. ซึ่งหมายถึงโฟลเดอร์ที่อยู่เหนือขึ้นไป',
  drive: 'ขึ้นต้นด้วยชื่อไดรฟ์ (เช่น C:)',
  colon: 'มีเครื่องหมาย : ซึ่ง Windows ไม่ให้ใช้ในชื่อไฟล์',
  'windows-character': 'มีเครื่องหมาย < > " | ? * ซึ่ง Windows ไม่ให้ใช้ในชื่อไฟล์',
  reserved: 'เป็นชื่อที่ Windows สงวนไว้ (เช่น CON, NUL, COM1, LPT1)',
  control: 'มีอักขระควบคุมที่มองไม่เห็น (หรืออักขระที่กลับทิศทางของข้อความ)',
  'trailing-dot-or-space': 'ลงท้ายด้วยจุดหรือช่องว่าง ซึ่ง Windows จะตัดทิ้ง',
  'too-long': 'ยาวเกิน 255 ไบต์ (UTF-8) ซึ่งระบบไฟล์ส่วนใหญ่รับไม่ได้',
};
const NAME_PROBLEM_EN: Record<UploadNameProblem, string> = {
  empty: 'it is empty',
  separator: 'it holds / or \\, which separate folders',
  'dot-dot': 'it holds .., which means the folder above',
  drive: 'it starts with a drive name (such as C:)',
  colon: 'it holds a colon, which Windows does not allow in a name',
  'windows-character': 'it holds one of < > " | ? *, which Windows does not allow in a name',
  reserved: 'it is a name Windows reserves (such as CON, NUL, COM1, LPT1)',
  control: 'it holds invisible control characters (or characters that turn the text around)',
  'trailing-dot-or-space': 'it ends with a dot or a space, which Windows strips',
  'too-long': 'it is longer than 255 bytes of UTF-8, more than most file systems take',
};

/** Why application.yaml or an attachment could not be written (see src/edit/write-atomically.ts). */
export type WriteProblem = 'busy' | 'read-only' | 'no-space' | 'exists' | 'other';

const WRITE_PROBLEM_TH: Record<WriteProblem, string> = {
  busy: 'มีโปรแกรมอื่นเปิดไฟล์ค้างไว้ (เช่น โปรแกรมป้องกันไวรัส หรือ Word/Excel)',
  'read-only': 'ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้ (โฟลเดอร์อ่านอย่างเดียว หรือไดรฟ์ที่ป้องกันการเขียน)',
  'no-space': 'พื้นที่ในไดรฟ์เต็ม',
  exists: 'มีไฟล์ชื่อนี้อยู่แล้ว',
  other: 'ระบบไม่ยอมให้เขียนไฟล์',
};
const WRITE_PROBLEM_EN: Record<WriteProblem, string> = {
  busy: 'another program holds the file (an antivirus, or Word/Excel)',
  'read-only': 'the folder cannot be written to (read-only, or a write-protected drive)',
  'no-space': 'the drive is full',
  exists: 'a file of that name is there already',
  other: 'the system refused to write the file',
};

const WRITE_FIX_TH: Record<WriteProblem, string> = {
  busy: 'ปิดโปรแกรมที่เปิดไฟล์นี้อยู่ หรือรอสักครู่ แล้วแก้คำตอบอีกครั้งเพื่อบันทึกใหม่',
  'read-only': 'คัดลอกโฟลเดอร์ใบสมัครไปไว้ในที่ที่เขียนได้ (เช่น Documents หรือ Desktop) แล้วเปิดด้วย gecc edit จากที่นั่น',
  'no-space': 'ลบไฟล์ที่ไม่ใช้ออกจากไดรฟ์นี้ให้มีที่ว่าง แล้วบันทึกอีกครั้ง',
  exists: 'แนบไฟล์อีกครั้ง gecc จะตั้งชื่อใหม่ให้',
  other: 'ตรวจว่ามีสิทธิ์เขียนในโฟลเดอร์นี้ แล้วบันทึกอีกครั้ง',
};
const WRITE_FIX_EN: Record<WriteProblem, string> = {
  busy: 'Close the program that holds the file, or wait a moment, then change the answer again to save it.',
  'read-only': 'Copy the application folder to a place you can write to (Documents, Desktop) and run gecc edit there.',
  'no-space': 'Free some space on this drive and save again.',
  exists: 'Attach the file again: gecc gives it a new name.',
  other: 'Check that you may write in this folder, then save again.',
};

type FolderProblem = 'link' | 'not-a-folder' | 'outside';
const FOLDER_PROBLEM_TH: Record<FolderProblem, string> = {
  link: 'เป็นทางลัด (link) ไม่ใช่โฟลเดอร์จริงในโฟลเดอร์ใบสมัคร',
  'not-a-folder': 'ไม่ใช่โฟลเดอร์',
  outside: 'อยู่นอกโฟลเดอร์ใบสมัคร',
};
const FOLDER_PROBLEM_EN: Record<FolderProblem, string> = {
  link: 'is a link, not a real folder inside the application folder',
  'not-a-folder': 'is not a folder',
  outside: 'lies outside the application folder',
};

/**
 * What the editing page says when it cannot save: the answer typed stays in the page, nothing
 * in the folder was changed.
 */
export const editingMessages = {
  'edit.answers-broken': message<{ line?: number }>({
    severity: 'error',
    th: {
      text: (a) => `ยังบันทึกคำตอบไม่ได้ เพราะไฟล์ application.yaml มีจุดที่เขียนผิดรูปแบบ${a.line ? `ที่บรรทัด ${a.line}` : ''} ซึ่ง gecc อ่านไม่ได้`,
      fix: (a) =>
        `แก้จุดนั้นตามคำแนะนำที่แสดงไว้ก่อน (เปิด application.yaml ด้วย Notepad${a.line ? ` ไปที่บรรทัด ${a.line}` : ''}) แล้วบันทึกไฟล์ หน้านี้จะบันทึกคำตอบได้อีกครั้ง`,
    },
    en: {
      text: (a) => `The answer cannot be saved: application.yaml has a mistake${a.line ? ` at line ${a.line}` : ''} that gecc cannot read`,
      fix: (a) =>
        `Fix it as shown first (in a text editor${a.line ? `, line ${a.line}` : ''}) and save the file; then this page saves again.`,
    },
  }),
  'edit.not-a-section': message<{ field: string; section: string; line?: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `บันทึก ${a.field} ไม่ได้ เพราะใน application.yaml${a.line ? ` บรรทัด ${a.line}` : ''} ${a.section}: ตามด้วยคำตอบเดียว แทนที่จะเป็นหัวข้อย่อย`,
      fix: (a) => `เปิด application.yaml ด้วย Notepad แล้วลบคำตอบที่อยู่ต่อจาก ${a.section}: ออก (ให้เหลือแต่ ${a.section}:) แล้วกรอกใหม่ในหน้านี้`,
    },
    en: {
      text: (a) =>
        `${a.field} cannot be saved: in application.yaml${a.line ? ` (line ${a.line})` : ''} ${a.section} holds a single value instead of keys`,
      fix: (a) => `Remove the value after "${a.section}:" in a text editor, then fill it in again on this page.`,
    },
  }),
  'edit.unknown-field': message<{ field: string }>({
    severity: 'error',
    th: {
      text: (a) => `ใบสมัครไม่มีช่อง ${a.field} ให้กรอก`,
      fix: () => 'โหลดหน้านี้ใหม่ (กด F5) ถ้ายังเป็นอยู่ ให้แจ้งผู้ดูแล gecc',
    },
    en: {
      text: (a) => `The application has no field ${a.field} to fill in`,
      fix: () => 'Reload the page (F5); if it happens again, report it to the gecc maintainers.',
    },
  }),
  'edit.not-a-choice': message<{ field: string; value: string; allowed: string }>({
    severity: 'error',
    th: {
      text: (a) => `${a.field} ตอบ "${a.value}" ไม่ได้`,
      fix: (a) => `เลือกคำตอบอย่างใดอย่างหนึ่ง: ${a.allowed}`,
    },
    en: {
      text: (a) => `${a.field} cannot be "${a.value}"`,
      fix: (a) => `Choose one of: ${a.allowed}`,
    },
  }),
  'edit.too-large': message<{ limit: number }>({
    severity: 'error',
    th: {
      text: (a) => `บันทึกไม่ได้ เพราะไฟล์คำตอบจะใหญ่เกิน ${formatMegabytes(a.limit)} MB ซึ่ง gecc อ่านไม่ได้`,
      fix: () => 'ย่อข้อความที่เพิ่งพิมพ์ให้สั้นลง (ไม่ต้องวางข้อความทั้งเอกสาร) ส่วนเอกสารประกอบให้แนบเป็นไฟล์ PDF',
    },
    en: {
      text: (a) => `Not saved: the answers file would be larger than ${formatMegabytes(a.limit)} MB, which gecc cannot read`,
      fix: () => 'Shorten the text just typed; attach documents as PDF files instead of pasting them.',
    },
  }),
  'edit.would-change-other-answers': message<{ field: string; line?: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `gecc บันทึก ${a.field} ลงใน application.yaml${a.line ? ` (บรรทัด ${a.line})` : ''} ไม่ได้โดยไม่กระทบคำตอบอื่น จึงยังไม่ได้บันทึก ไฟล์ไม่ถูกเปลี่ยน`,
      fix: (a) =>
        `เปิด application.yaml ด้วย Notepad แล้วกรอก ${a.field} เอง หรือเขียนบรรทัดนั้นใหม่ให้เหมือนแบบฟอร์มที่ gecc init สร้าง แล้วแจ้งผู้ดูแล gecc พร้อมไฟล์นี้`,
    },
    en: {
      text: (a) =>
        `gecc cannot save ${a.field} into application.yaml${a.line ? ` (line ${a.line})` : ''} without changing other answers; nothing was changed`,
      fix: (a) => `Fill in ${a.field} in a text editor, or rewrite that line as gecc init writes it; please report it with the file.`,
    },
  }),
  'edit.upload-name': message<{ name: string; problem: UploadNameProblem }>({
    severity: 'error',
    th: {
      text: (a) => `ชื่อไฟล์ "${a.name}" ใช้ไม่ได้: ${NAME_PROBLEM_TH[a.problem]}`,
      fix: () => 'เปลี่ยนชื่อไฟล์ในเครื่องให้เป็นชื่อธรรมดา (ตัวอักษรไทยหรืออังกฤษ ตัวเลข ช่องว่าง - _ ได้) แล้วแนบใหม่',
    },
    en: {
      text: (a) => `The file name "${a.name}" cannot be used: ${NAME_PROBLEM_EN[a.problem]}`,
      fix: () => 'Rename the file to a plain name (Thai or English letters, digits, spaces, - and _) and attach it again.',
    },
  }),
  'edit.files-folder-unsafe': message<{ folder: string; problem: FolderProblem }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้แนบไฟล์ เพราะ ${a.folder} ${FOLDER_PROBLEM_TH[a.problem]}`,
      fix: (a) => `ลบหรือเปลี่ยนชื่อ ${a.folder} ออก แล้วสร้างโฟลเดอร์ชื่อ files ขึ้นใหม่ในโฟลเดอร์ใบสมัคร จากนั้นแนบไฟล์อีกครั้ง`,
    },
    en: {
      text: (a) => `Not attached: ${a.folder} ${FOLDER_PROBLEM_EN[a.problem]}`,
      fix: (a) => `Move ${a.folder} away, make a real folder named files in the application folder, and attach again.`,
    },
  }),
  'edit.cannot-write': message<{ file: string; problem: WriteProblem; reason: string }>({
    severity: 'error',
    th: {
      text: (a) => `บันทึก ${a.file} ไม่ได้: ${WRITE_PROBLEM_TH[a.problem]} (${a.reason}) ไฟล์เดิมยังอยู่ครบ ไม่ถูกเปลี่ยน`,
      fix: (a) => WRITE_FIX_TH[a.problem],
    },
    en: {
      text: (a) => `${a.file} could not be saved: ${WRITE_PROBLEM_EN[a.problem]} (${a.reason}); the file as it was is unchanged`,
      fix: (a) => WRITE_FIX_EN[a.problem],
    },
  }),
};
