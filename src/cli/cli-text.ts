import type { CacheProblem } from '../cache/cache-entries.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';

/** Messages of the command line itself (not of an application), in each language. */
export interface CliText {
  description: string;
  checkDescription: string;
  schemaDescription: string;
  initDescription: string;
  criteriaDescription: string;
  folderMissing: (folder: string) => string;
  notAFolder: (folder: string) => string;
  /** `name` does not exist, `joined` (it and the names after it, with spaces) does: a path with a space, not in quotes */
  spaceNotQuoted: (name: string, joined: string) => string;
  /** `name` ends in a quote that Windows kept after a \ before the closing quote; `folder` is the name without them */
  quoteInName: (name: string, folder: string) => string;
  /** `name` and the name after it do not exist: perhaps one path with a space, `together` */
  folderMissingMaybeSpaces: (name: string, together: string) => string;
  unknownEdition: (edition: string, known: string) => string;
  badNow: (value: string) => string;
  badCatalogue: (detail: string) => string;
  internal: (detail: string) => string;
  usageHint: string;
  /** `attachments`: what the catalogue accepts; `criteria`: the criteria file the folder was made from, if any */
  initDone: (
    folder: string,
    answersFile: string,
    filesFolder: string,
    kindMissing: boolean,
    attachments: string,
    criteria?: string,
  ) => string;
  initExists: (file: string) => string;
  watchNeedsHuman: string;
  unknownItem: (id: string, edition: string, suggestion: string | undefined, range: string) => string;
  initCannotWrite: (target: string, reason: string) => string;
  /** what a check found could not be kept in the cache folder (`reason`: the system's code) */
  cacheNotKept: (folder: string, reason: string) => string;
  editDescription: string;
  /** printed when the page's server has started; the address goes on a line of its own after it */
  editStarted: (folder: string) => string;
  /** after the address */
  editHowTo: string;
  editAlreadyRunning: (folder: string) => string;
  editStopped: string;
  badPort: (value: string) => string;
}

export const CLI_TEXT: Record<Lang, CliText> = {
  th: {
    description: 'ตรวจใบสมัครศูนย์ราชการสะดวก (GECC) ก่อนส่งเข้า GECC Online',
    checkDescription: 'ตรวจโฟลเดอร์ใบสมัคร (หรือโฟลเดอร์ที่รวมใบสมัครหลายหน่วยงาน)',
    schemaDescription: 'พิมพ์ JSON Schema ของ application.yaml (ให้โปรแกรมแก้ไขข้อความช่วยเติมคำและตรวจขณะพิมพ์)',
    initDescription: 'สร้างโฟลเดอร์ใบสมัครใหม่: application.yaml ที่มีทุกข้อพร้อมกรอก และโฟลเดอร์ files/',
    criteriaDescription: 'ดูเกณฑ์: ทุกกลุ่มพร้อมข้อ คะแนน และเกณฑ์ผ่าน หรือรายละเอียดของข้อเดียว',
    folderMissing: (folder) => `ไม่พบโฟลเดอร์ "${folder}" — ตรวจชื่อโฟลเดอร์ให้ถูกต้อง`,
    notAFolder: (folder) => `"${folder}" ไม่ใช่โฟลเดอร์ — ให้ระบุโฟลเดอร์ใบสมัคร ไม่ใช่ไฟล์`,
    spaceNotQuoted: (name, joined) =>
      `ไม่พบโฟลเดอร์ "${name}" แต่มีโฟลเดอร์ "${joined}" — ชื่อโฟลเดอร์ที่มีช่องว่างต้องอยู่ในเครื่องหมายคำพูด: gecc check "${joined}"`,
    quoteInName: (name, folder) =>
      `ไม่พบโฟลเดอร์ "${name}" — เครื่องหมาย \\ หน้าเครื่องหมายคำพูดปิดทำให้ Windows อ่านคำพูดเป็นส่วนหนึ่งของชื่อ ให้ลบ \\ ท้ายชื่อโฟลเดอร์: gecc check "${folder}"`,
    folderMissingMaybeSpaces: (name, together) =>
      `ไม่พบโฟลเดอร์ "${name}" — ตรวจชื่อโฟลเดอร์ให้ถูกต้อง (ถ้าชื่อโฟลเดอร์มีช่องว่าง ให้ใส่ทั้งชื่อในเครื่องหมายคำพูด เช่น gecc check "${together}")`,
    unknownEdition: (edition, known) => `ไม่รู้จักเกณฑ์ปี "${edition}" — ปีที่มี: ${known}`,
    badNow: (value) => `--now "${value}" ไม่ใช่วันเวลาที่อ่านได้ — ใช้รูปแบบ ปี-เดือน-วัน และเวลา เช่น 2023-02-01T09:00 (เวลากรุงเทพฯ)`,
    badCatalogue: (detail) => `ใช้ไฟล์เกณฑ์ไม่ได้:\n${detail}`,
    internal: (detail) => `gecc ทำงานผิดพลาด: ${detail}`,
    usageHint: 'ดูวิธีใช้ด้วยคำสั่ง gecc --help',
    initDone: (folder, answersFile, filesFolder, kindMissing, attachments, criteria) =>
      [
        `สร้างใบสมัครเริ่มต้นแล้ว:`,
        `  ${answersFile}   คำตอบทุกข้อ (ยังว่างอยู่)`,
        `  ${filesFolder}/   วางไฟล์แนบ (${attachments}) ไว้ที่นี่`,
        '',
        'ขั้นต่อไป:',
        `  1. เปิด ${answersFile} ด้วยโปรแกรม Notepad (หรือโปรแกรมแก้ไขข้อความอื่น) แล้วกรอกข้อมูลหน่วยงาน${kindMissing ? ' (รวมถึงประเภทหน่วยงาน kind:)' : ''} และคำตอบทีละข้อ`,
        `  2. ตรวจความคืบหน้าได้ทุกเมื่อ: gecc check ${withCriteria(criteria)}${quote(folder)}`,
        `     หรือให้ตรวจใหม่เองทุกครั้งที่บันทึก: gecc check --watch ${withCriteria(criteria)}${quote(folder)}`,
        `  3. ดูรายละเอียดของแต่ละข้อ: gecc criteria ${withCriteria(criteria)}B01`,
        '',
      ].join('\n'),
    initExists: (file) =>
      `มีไฟล์ "${file}" อยู่แล้ว — gecc init ไม่เขียนทับไฟล์ที่มีอยู่ ใบสมัครเดิมยังอยู่ครบ\n  ตรวจใบสมัครนี้ด้วย gecc check หรือสร้างใบสมัครใหม่ในโฟลเดอร์อื่น`,
    watchNeedsHuman: '--watch ใช้กับรายงานแบบอ่านบนหน้าจอ (--format human) เท่านั้น และบันทึกลงไฟล์ (--output) ไม่ได้',
    unknownItem: (id, edition, suggestion, range) =>
      `ไม่มีข้อ "${id}" ในเกณฑ์ปี ${edition}${suggestion ? ` หรือหมายถึง ${suggestion}?` : ''} — รหัสข้อที่มี: ${range} (ดูทั้งหมดด้วย gecc criteria)`,
    initCannotWrite: (target, reason) => `สร้าง "${target}" ไม่ได้ (${reason}) — ตรวจว่ามีสิทธิ์เขียนในโฟลเดอร์นี้ หรือเลือกโฟลเดอร์อื่น`,
    cacheNotKept: (folder, reason) =>
      `หมายเหตุ: เก็บผลการตรวจไว้ใช้ครั้งหน้าในโฟลเดอร์ "${folder}" ไม่ได้ (${reason}) — ผลการตรวจครั้งนี้ถูกต้องครบถ้วน แต่การตรวจครั้งหน้าจะช้ากว่าเดิมเพราะต้องอ่านทุกไฟล์ใหม่ วิธีแก้: ถ้าดิสก์เต็มให้ลบไฟล์ที่ไม่ใช้ออก หรือกำหนดโฟลเดอร์อื่นด้วยตัวแปร GECC_CACHE_DIR`,
    editDescription: 'กรอกใบสมัครในหน้าเว็บบนเครื่องนี้: บันทึก application.yaml ให้เองและตรวจทุกข้อขณะกรอก',
    editStarted: (folder) => `เปิดหน้ากรอกใบสมัครของโฟลเดอร์ "${folder}" แล้ว ที่อยู่ของหน้า:`,
    editHowTo:
      'ถ้าเบราว์เซอร์ไม่เปิดขึ้นเอง ให้คัดลอกที่อยู่ด้านบนไปวางในเบราว์เซอร์ (หน้านี้เปิดได้เฉพาะบนเครื่องนี้)\nกด Ctrl-C ที่นี่ หรือปุ่ม "ปิดโปรแกรม" ในหน้านั้น เมื่อกรอกเสร็จ',
    editAlreadyRunning: (folder) => `gecc edit ของโฟลเดอร์ "${folder}" เปิดอยู่แล้ว: เปิดหน้าเดิมให้ ที่อยู่ของหน้า:`,
    editStopped: 'ปิดหน้ากรอกใบสมัครแล้ว ทุกอย่างที่กรอกบันทึกไว้ใน application.yaml',
    badPort: (value) => `--port "${value}" ไม่ใช่หมายเลขพอร์ต — ใช้ตัวเลข 1–65535 (หรือ 0 = พอร์ตใดก็ได้ที่ว่าง)`,
  },
  en: {
    description: 'Checks a GECC (ศูนย์ราชการสะดวก) application before it is sent to GECC Online',
    checkDescription: "check application folders (or a folder holding many units' applications)",
    schemaDescription: 'print the JSON Schema of application.yaml (completion and checks while typing in an editor)',
    initDescription: 'start an application folder: application.yaml with every item ready to fill, and files/',
    criteriaDescription: 'show the criteria: every group with its items, points and thresholds, or one item',
    folderMissing: (folder) => `No such folder: "${folder}"`,
    notAFolder: (folder) => `"${folder}" is not a folder: name the application folder, not a file`,
    spaceNotQuoted: (name, joined) =>
      `No such folder: "${name}", but there is "${joined}": a folder name with spaces must be in quotes: gecc check "${joined}"`,
    quoteInName: (name, folder) =>
      `No such folder: "${name}": a \\ before the closing quote makes Windows keep the quote in the name. Leave out the \\ at the end: gecc check "${folder}"`,
    folderMissingMaybeSpaces: (name, together) =>
      `No such folder: "${name}" (if the folder's name has spaces, put all of it in quotes, e.g. gecc check "${together}")`,
    unknownEdition: (edition, known) => `Unknown criteria edition "${edition}"; known: ${known}`,
    badNow: (value) => `--now "${value}" is not an ISO 8601 date-time, e.g. 2023-02-01T09:00 (Bangkok time unless an offset is given)`,
    badCatalogue: (detail) => `The criteria file cannot be used:\n${detail}`,
    internal: (detail) => `gecc failed: ${detail}`,
    usageHint: 'See gecc --help',
    initDone: (folder, answersFile, filesFolder, kindMissing, attachments, criteria) =>
      [
        'Started an application:',
        `  ${answersFile}   every item, still blank`,
        `  ${filesFolder}/   put the attachments (${attachments}) here`,
        '',
        'Next:',
        `  1. Open ${answersFile} and fill in the unit${kindMissing ? ' (including its kind:)' : ''} and the items one by one`,
        `  2. See how far it is at any time: gecc check ${withCriteria(criteria)}${quote(folder)} --lang en`,
        `     or re-check on every save: gecc check --watch ${withCriteria(criteria)}${quote(folder)} --lang en`,
        `  3. Details of an item: gecc criteria ${withCriteria(criteria)}B01 --lang en`,
        '',
      ].join('\n'),
    initExists: (file) =>
      `"${file}" exists already: gecc init never overwrites a file, the application is untouched.\n  Check it with gecc check, or start a new one in another folder.`,
    watchNeedsHuman: '--watch works with the on-screen human report only (--format human, no --output)',
    unknownItem: (id, edition, suggestion, range) =>
      `There is no item "${id}" in edition ${edition}.${suggestion ? ` Did you mean ${suggestion}?` : ''} Item ids run ${range}; gecc criteria lists them all.`,
    initCannotWrite: (target, reason) => `Cannot create "${target}" (${reason}): check that the folder is writable, or choose another one.`,
    cacheNotKept: (folder, reason) =>
      `Note: what this check found cannot be kept for next time in the folder "${folder}" (${reason}). This check is complete and right; the next one will be slower, reading every file again. Fix: if the disk is full, free some space, or set GECC_CACHE_DIR to another folder.`,
    editDescription: 'fill in the application in a page on this computer: application.yaml saved for you, every item checked as you type',
    editStarted: (folder) => `The page to fill in the application of "${folder}" is open at:`,
    editHowTo:
      'If no browser opened, copy the address above into one (the page opens on this computer only).\nPress Ctrl-C here, or "Close gecc" in the page, when you are done.',
    editAlreadyRunning: (folder) => `gecc edit is already open for "${folder}": opening its page, at:`,
    editStopped: 'The editing page is closed. Everything filled in is saved in application.yaml.',
    badPort: (value) => `--port "${value}" is not a port number: use 1–65535 (or 0 for any free port)`,
  },
};

/** The one line a run says when what it found could not be kept in the cache folder. */
export function cacheNotKeptText(problem: CacheProblem, lang: Lang): string {
  return `gecc: ${CLI_TEXT[lang].cacheNotKept(showControls(problem.folder), problem.reason)}\n`;
}

/** A folder name as the user would type it back in a command line. */
/** "--criteria my-criteria.json ": the same criteria file in every command the unit is told to run. */
function withCriteria(criteria: string | undefined): string {
  return criteria ? `--criteria ${quote(criteria)} ` : '';
}

function quote(folder: string): string {
  return /[\s"'&|<>^]/.test(folder) ? `"${folder}"` : folder;
}
