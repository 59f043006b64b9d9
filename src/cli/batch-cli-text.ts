import type { Lang } from '../lang.js';

/** Messages of the command line about concurrency, report files and progress, in each language. */
export interface BatchCliText {
  badConcurrency: (value: string, max: number, cores: number) => string;
  badReport: (value: string, formats: string) => string;
  reportInsideApplication: (file: string, folder: string) => string;
  reportIsApplicationFile: (file: string, folder: string) => string;
  sameFileTwice: (file: string) => string;
  emptyOutput: string;
  cannotWrite: (file: string, detail: string) => string;
  written: (file: string) => string;
  checking: (done: number, total: number) => string;
}

export const BATCH_CLI_TEXT: Record<Lang, BatchCliText> = {
  th: {
    badConcurrency: (value, max, cores) =>
      `--concurrency "${value}" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${max} (เครื่องนี้มี ${cores} คอร์ ใช้ได้ไม่เกิน 4 เท่าของจำนวนคอร์ และไม่เกิน 16) เช่น --concurrency 2 — ถ้าไม่ใส่ gecc ใช้ทุกคอร์เอง`,
    badReport: (value, formats) =>
      `--report "${value}" ไม่ถูกต้อง — ใช้รูปแบบ --report รูปแบบ=ไฟล์ เช่น --report csv=ผลการตรวจ/สรุป.csv (รูปแบบที่มี: ${formats})`,
    reportInsideApplication: (file, folder) =>
      `จะไม่เขียนไฟล์ "${file}" เพราะอยู่ในโฟลเดอร์ใบสมัคร "${folder}" ที่กำลังตรวจ (gecc ไม่เขียนอะไรลงในโฟลเดอร์ใบสมัคร) — ให้เลือกที่เก็บไฟล์นอกโฟลเดอร์ใบสมัคร`,
    reportIsApplicationFile: (file, folder) =>
      `จะไม่เขียนไฟล์ "${file}" เพราะเป็นไฟล์เดียวกับไฟล์หนึ่งในโฟลเดอร์ใบสมัคร "${folder}" (ชื่อต่างกันแต่เป็นไฟล์เดียวกัน: ลิงก์ของ application.yaml หรือของไฟล์แนบ) เขียนทับแล้วคำตอบหรือไฟล์แนบจะหายไป — ให้ตั้งชื่อไฟล์รายงานใหม่ที่ยังไม่มีอยู่`,
    sameFileTwice: (file) => `ระบุไฟล์ "${file}" ซ้ำกันมากกว่าหนึ่งครั้ง — ให้แต่ละรายงานใช้ไฟล์ของตัวเอง`,
    cannotWrite: (file, detail) => `เขียนไฟล์ "${file}" ไม่ได้ (${detail}) — ตรวจว่าเป็นที่ที่มีสิทธิ์เขียน และไม่ได้เปิดไฟล์นี้ค้างไว้ในโปรแกรมอื่น เช่น Excel`,
    written: (file) => `บันทึกไว้ที่ ${file}`,
    emptyOutput: '--output ต้องตามด้วยชื่อไฟล์ เช่น --output ผลการตรวจ.txt',
    checking: (done, total) => `กำลังตรวจ ${done}/${total}`,
  },
  en: {
    badConcurrency: (value, max, cores) =>
      `--concurrency "${value}" must be a whole number from 1 to ${max} (this machine has ${cores} cores: at most 4 per core, and at most 16), e.g. --concurrency 2; without it gecc uses every core`,
    badReport: (value, formats) =>
      `--report "${value}" is not of the form <format>=<file>, e.g. --report csv=out/summary.csv (formats: ${formats})`,
    reportInsideApplication: (file, folder) =>
      `Will not write "${file}": it is inside the application folder "${folder}" being checked (gecc never writes into an application folder). Choose a place outside it.`,
    reportIsApplicationFile: (file, folder) =>
      `Will not write "${file}": it is one of the files of the application folder "${folder}" under another name (a link of application.yaml or of an attachment), and writing it would overwrite the answers or the attachment. Name a new file for the report.`,
    sameFileTwice: (file) => `The file "${file}" is named more than once: give each report its own file`,
    cannotWrite: (file, detail) =>
      `Cannot write "${file}" (${detail}): check that the place is writable and the file is not open in another program such as Excel`,
    written: (file) => `Written to ${file}`,
    emptyOutput: '--output needs a file name, e.g. --output report.txt',
    checking: (done, total) => `Checking ${done}/${total}`,
  },
};
