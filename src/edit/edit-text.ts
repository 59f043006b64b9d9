import type { Lang } from '../lang.js';

/** The fixed words of the editing page, in each language: a missing one fails to compile. */
export interface EditText {
  title: string;
  intro: string;
  folder: string;
  contents: string;
  close: string;
  closed: string;
  uploadDay: string;
  uploadDayNote: string;
  unitSection: string;
  readinessSection: string;
  unitName: string;
  kind: string;
  parent: string;
  applicant: string;
  applicantNote: string;
  contactName: string;
  phone: string;
  email: string;
  signer: string;
  signerPosition: string;
  formFile: string;
  choose: string;
  yes: string;
  no: string;
  answer: string;
  text: string;
  score: (max: number) => string;
  scoreOptional: (defaultPoints: number, max: number) => string;
  evidence: string;
  attachments: string;
  noAttachments: string;
  drop: (rule: string) => string;
  chooseFile: string;
  remove: string;
  pages: (count: number) => string;
  usable: string;
  notUsable: string;
  stateWords: Record<'complete' | 'incomplete' | 'answered-no' | 'not-answered', string>;
  verdictReady: string;
  verdictNotReady: string;
  verdictDisqualified: string;
  noAnswers: string;
  allAnswered: string;
  saving: string;
  saved: string;
  notSaved: (reason: string) => string;
  uploading: (name: string) => string;
  uploaded: (name: string, savedAs: string) => string;
  refused: (name: string) => string;
  conflict: string;
  keepMine: string;
  keepFile: string;
  /** a value that is blank */
  empty: string;
  outsideEdit: string;
  disconnected: string;
  startHeading: string;
  startIntro: string;
  startButton: string;
  /** why a change was not written, by the reason the server gives */
  reasons: Record<EditFailure, string>;
}

/** Why a change was not saved: each is said to the user in their language. */
export type EditFailure =
  | 'busy'
  | 'read-only'
  | 'cannot-write'
  | 'not-yaml'
  | 'no-answers-file'
  | 'answers-exist'
  | 'bad-name'
  | 'bad-value'
  | 'too-large'
  | 'link'
  | 'unknown-field'
  | 'stopped';

export const EDIT_TEXT: Record<Lang, EditText> = {
  th: {
    title: 'กรอกใบสมัครศูนย์ราชการสะดวก (GECC)',
    intro: 'ทุกช่องบันทึกลงไฟล์ application.yaml ให้เองทันทีที่กรอก (ไม่ต้องกดบันทึก) แล้วตรวจใหม่ทุกครั้ง ข้อที่ยังไม่ครบบันทึกไว้ได้ กลับมากรอกต่อเมื่อไรก็ได้',
    folder: 'โฟลเดอร์ใบสมัคร',
    contents: 'ไปที่',
    close: 'ปิดโปรแกรม',
    closed: 'ปิดโปรแกรมแล้ว ทุกอย่างที่กรอกบันทึกไว้ใน application.yaml แล้ว ปิดแท็บนี้ได้ (เปิดอีกครั้งด้วยคำสั่ง gecc edit)',
    uploadDay: 'หน้าสำหรับวันอัปโหลด',
    uploadDayNote: 'คัดลอกข้อความของแต่ละข้อไปวางใน GECC Online พร้อมรายชื่อไฟล์ที่ต้องแนบ',
    unitSection: 'ข้อมูลหน่วยงาน',
    readinessSection: 'แบบประเมินความพร้อม',
    unitName: 'ชื่อหน่วยงาน',
    kind: 'ประเภทหน่วยงาน',
    parent: 'สังกัด (ไม่บังคับ)',
    applicant: 'ประเภทผู้สมัคร',
    applicantNote: 'หน่วยงานที่เคยได้รับการรับรองแล้ว ตอบเกณฑ์พื้นฐานเพียง มี หรือ ไม่มี',
    contactName: 'ชื่อผู้ประสานงาน',
    phone: 'เบอร์โทรศัพท์',
    email: 'อีเมล',
    signer: 'ชื่อผู้ลงนาม',
    signerPosition: 'ตำแหน่งผู้ลงนาม',
    formFile: 'ไฟล์แบบประเมินที่ลงนามแล้ว',
    choose: '— เลือก —',
    yes: 'มี',
    no: 'ไม่มี',
    answer: 'คำตอบ',
    text: 'สิ่งที่หน่วยงานทำ',
    score: (max) => `คะแนนประเมินตนเอง (0–${max})`,
    scoreOptional: (defaultPoints, max) => `คะแนนประเมินตนเอง (ไม่บังคับ: ไม่กรอก = ${defaultPoints}, สูงสุด ${max})`,
    evidence: 'หลักฐานที่ขอ',
    attachments: 'ไฟล์แนบ',
    noAttachments: 'ยังไม่มีไฟล์แนบ',
    drop: (rule) => `ลากไฟล์ (${rule}) มาวางที่นี่ หรือ`,
    chooseFile: 'เลือกไฟล์',
    remove: 'นำออกจากข้อนี้',
    pages: (count) => `${count} หน้า`,
    usable: '✔ ใช้ได้',
    notUsable: '✖ ใช้ไม่ได้',
    stateWords: { complete: '✔ ครบ', incomplete: '✖ ไม่ครบ', 'answered-no': '✖ ตอบ "ไม่มี"', 'not-answered': '✖ ยังไม่ได้ตอบ' },
    verdictReady: '✔ พร้อมส่ง',
    verdictNotReady: '✖ ยังไม่พร้อมส่ง',
    verdictDisqualified: '✖ ยังไม่พร้อมส่ง — ถูกตัดสิทธิ์ (ตอบ "ไม่มี" ในเกณฑ์ด้านกายภาพ)',
    noAnswers: 'ยังอ่านคำตอบไม่ได้: แก้ตามรายการด้านล่างก่อน แล้วคะแนนจะแสดงที่นี่',
    allAnswered: 'ตอบครบทุกข้อแล้ว',
    saving: 'กำลังบันทึก…',
    saved: '✔ บันทึกแล้ว',
    notSaved: (reason) => `✖ ยังไม่ได้บันทึก: ${reason}`,
    uploading: (name) => `กำลังตรวจไฟล์ ${name}…`,
    uploaded: (name, savedAs) => `✔ แนบ ${name} แล้ว (คัดลอกไว้เป็น ${savedAs})`,
    refused: (name) => `✖ ไม่ได้แนบ ${name} เพราะ gecc จะไม่รับไฟล์นี้:`,
    conflict: '⚠ ช่องนี้ถูกแก้ในโปรแกรมอื่นระหว่างที่กรอกอยู่ ในไฟล์ตอนนี้เขียนว่า:',
    keepMine: 'ใช้ที่กรอกในหน้านี้',
    keepFile: 'ใช้ที่อยู่ในไฟล์',
    empty: '(ว่าง)',
    outsideEdit: 'หมายเหตุ: application.yaml ถูกแก้จากโปรแกรมอื่น หน้านี้แสดงค่าล่าสุดแล้ว',
    disconnected: '✖ ติดต่อ gecc ไม่ได้ (ปิดโปรแกรมไปแล้วหรือไม่?) สิ่งที่กรอกจากนี้จะยังไม่ถูกบันทึก: เปิดคำสั่ง gecc edit อีกครั้ง',
    startHeading: 'เริ่มใบสมัครใหม่',
    startIntro:
      'โฟลเดอร์นี้ยังไม่มีไฟล์ application.yaml: เลือกประเภทหน่วยงานและประเภทผู้สมัคร แล้ว gecc จะสร้างไฟล์คำตอบและโฟลเดอร์ files ให้ (เหมือนคำสั่ง gecc init)',
    startButton: 'สร้างใบสมัคร',
    reasons: {
      busy: 'ไฟล์ถูกโปรแกรมอื่นใช้อยู่ (เช่น โปรแกรมป้องกันไวรัสหรือโปรแกรมที่เปิดไฟล์ไว้) ปิดโปรแกรมนั้นแล้วกรอกช่องนี้อีกครั้ง',
      'read-only': 'เขียนลงโฟลเดอร์นี้ไม่ได้ (อ่านอย่างเดียว หรือไม่มีสิทธิ์เขียน) ย้ายโฟลเดอร์ใบสมัครไปไว้ในที่ที่เขียนได้ เช่น Documents แล้วเปิด gecc edit ใหม่',
      'cannot-write': 'เขียนไฟล์ไม่สำเร็จ ตรวจว่าดิสก์ไม่เต็มและมีสิทธิ์เขียนในโฟลเดอร์นี้',
      'not-yaml': 'application.yaml มีจุดที่ gecc อ่านไม่ได้ จึงยังแก้ช่องนี้ให้ไม่ได้ แก้ตามรายการที่ต้องแก้ด้านบนก่อน',
      'no-answers-file': 'โฟลเดอร์นี้ไม่มี application.yaml แล้ว (ถูกย้ายหรือลบ) โหลดหน้านี้ใหม่เพื่อเริ่มใบสมัคร',
      'answers-exist': 'มี application.yaml อยู่แล้ว โหลดหน้านี้ใหม่',
      'bad-name': 'ชื่อไฟล์นี้ใช้ไม่ได้ เปลี่ยนชื่อไฟล์ (เช่น ใช้ตัวอักษรไทยหรืออังกฤษ และตัวเลข) แล้วแนบอีกครั้ง',
      'bad-value': 'ค่านี้เขียนลงไฟล์ไม่ได้',
      'too-large': 'ข้อความยาวเกินกว่าที่ gecc รับได้',
      link: 'application.yaml หรือโฟลเดอร์ files เป็นทางลัด (link) ไปที่อื่น gecc จึงไม่เขียนลงไป',
      'unknown-field': 'ไม่มีช่องนี้ในใบสมัคร',
      stopped: 'gecc กำลังปิดโปรแกรม',
    },
  },
  en: {
    title: 'GECC application (ศูนย์ราชการสะดวก)',
    intro:
      'Every field is saved to application.yaml as you fill it in (no save button), and checked again each time. An incomplete application is saved as it is: come back to it at any time.',
    folder: 'Application folder',
    contents: 'Go to',
    close: 'Close gecc',
    closed: 'gecc is closed. Everything you filled in is saved in application.yaml: you may close this tab (gecc edit opens it again).',
    uploadDay: 'Upload day page',
    uploadDayNote: "each item's text to copy into GECC Online, with the files to attach",
    unitSection: 'Unit details',
    readinessSection: 'Readiness form',
    unitName: 'Name of the unit',
    kind: 'Kind of unit',
    parent: 'Affiliation (optional)',
    applicant: 'Applicant',
    applicantNote: 'A unit certified before answers the basic items with มี or ไม่มี only',
    contactName: 'Contact person',
    phone: 'Phone',
    email: 'Email',
    signer: 'Name of the signer',
    signerPosition: 'Position of the signer',
    formFile: 'The signed readiness form',
    choose: '— choose —',
    yes: 'มี (yes)',
    no: 'ไม่มี (no)',
    answer: 'Answer',
    text: 'What the unit does',
    score: (max) => `Self-assessed score (0–${max})`,
    scoreOptional: (defaultPoints, max) => `Self-assessed score (optional: none = ${defaultPoints}, at most ${max})`,
    evidence: 'Evidence asked',
    attachments: 'Attachments',
    noAttachments: 'No attachments yet',
    drop: (rule) => `Drop files (${rule}) here, or`,
    chooseFile: 'Choose files',
    remove: 'Remove from this item',
    pages: (count) => `${count} page${count === 1 ? '' : 's'}`,
    usable: '✔ usable',
    notUsable: '✖ not usable',
    stateWords: { complete: '✔ complete', incomplete: '✖ incomplete', 'answered-no': '✖ answered ไม่มี', 'not-answered': '✖ not answered' },
    verdictReady: '✔ ready to send',
    verdictNotReady: '✖ not ready to send',
    verdictDisqualified: '✖ not ready to send — disqualified (a physical item answered ไม่มี)',
    noAnswers: 'The answers cannot be read yet: fix what is listed below, and the scores show here.',
    allAnswered: 'Every item is answered.',
    saving: 'Saving…',
    saved: '✔ Saved',
    notSaved: (reason) => `✖ Not saved: ${reason}`,
    uploading: (name) => `Checking ${name}…`,
    uploaded: (name, savedAs) => `✔ ${name} attached (copied as ${savedAs})`,
    refused: (name) => `✖ ${name} was not attached: gecc would refuse it:`,
    conflict: '⚠ This field was changed in another program while you were filling it in. The file now says:',
    keepMine: 'Keep what I typed here',
    keepFile: "Keep the file's",
    empty: '(blank)',
    outsideEdit: 'Note: application.yaml was changed in another program; this page shows the latest values.',
    disconnected: '✖ gecc cannot be reached (was it closed?). What you type now is not saved: run gecc edit again.',
    startHeading: 'Start a new application',
    startIntro:
      'This folder has no application.yaml yet: choose the kind of unit and of applicant, and gecc writes the answers file and the files folder (as gecc init does).',
    startButton: 'Create the application',
    reasons: {
      busy: 'another program holds the file (an antivirus, or a program that has it open): close it and fill in this field again',
      'read-only':
        'this folder cannot be written to (read-only, or no permission): move the application folder somewhere writable, such as Documents, and run gecc edit again',
      'cannot-write': 'the file could not be written: check that the disk is not full and the folder is writable',
      'not-yaml': 'application.yaml has a part gecc cannot read, so this field cannot be changed yet: fix what is listed above first',
      'no-answers-file': 'application.yaml is gone from this folder (moved or deleted): reload this page to start an application',
      'answers-exist': 'application.yaml exists already: reload this page',
      'bad-name': 'this file name cannot be used: rename the file (letters and digits) and attach it again',
      'bad-value': 'this value cannot be written to the file',
      'too-large': 'the text is longer than gecc takes',
      link: 'application.yaml or the files folder is a link to somewhere else: gecc does not write there',
      'unknown-field': 'the application has no such field',
      stopped: 'gecc is closing',
    },
  },
};
