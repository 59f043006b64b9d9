import type { Lang } from '../../lang.js';

/** What gecc says about a round's config file, in each language: where (file and line), what, and how to fix it. */
export interface ConfigText {
  at: (file: string, line: number | undefined) => string;
  unreadable: (file: string, detail: string) => string;
  encoding: (file: string) => string;
  syntax: (detail: string) => string;
  notAMap: string;
  unknownKey: (key: string, known: string) => string;
  notText: (key: string) => string;
  missing: (key: string) => string;
  notYesNo: (key: string) => string;
  badMoment: (key: string) => string;
  closesBeforeOpens: string;
  unknownEdition: (edition: string, known: string) => string;
  editionAndCriteria: string;
  badReportFile: (format: string) => string;
  several: (files: string) => string;
}

export const CONFIG_TEXT: Record<Lang, ConfigText> = {
  th: {
    at: (file, line) => (line === undefined ? `ไฟล์ตั้งค่า ${file}: ` : `ไฟล์ตั้งค่า ${file} บรรทัด ${line}: `),
    unreadable: (file, detail) => `อ่านไฟล์ตั้งค่า "${file}" ไม่ได้ (${detail}) — ตรวจชื่อไฟล์และสิทธิ์การอ่าน`,
    encoding: (file) => `ไฟล์ตั้งค่า "${file}" ไม่ได้บันทึกเป็น UTF-8 — เปิดไฟล์แล้วบันทึกใหม่เป็น UTF-8`,
    syntax: (detail) => `รูปแบบ YAML ไม่ถูกต้อง (${detail}) — ตรวจการย่อหน้าด้วยช่องว่าง เครื่องหมาย : และเครื่องหมายคำพูด`,
    notAMap: 'ต้องเป็นรายการ ชื่อ: ค่า เช่น edition: "2566"',
    unknownKey: (key, known) => `ไม่รู้จัก "${key}" — ใช้ได้: ${known}`,
    notText: (key) => `"${key}" ต้องเป็นข้อความ เช่น ${key}: "…"`,
    notYesNo: (key) => `"${key}" ต้องเป็น true หรือ false`,
    missing: (key) => `ยังไม่ได้ระบุ "${key}" — เช่น window: { opens: 2566-01-01T08:30, closes: 2566-02-28T16:30 }`,
    badMoment: (key) => `"${key}" ไม่ใช่วันเวลาที่อ่านได้ — ใช้รูปแบบ ปี-เดือน-วันTชั่วโมง:นาที เช่น 2566-01-01T08:30 (เวลากรุงเทพฯ)`,
    closesBeforeOpens: 'วันปิดรับ (closes) ต้องอยู่หลังวันเปิดรับ (opens)',
    unknownEdition: (edition, known) => `ไม่มีเกณฑ์ปี "${edition}" — เกณฑ์ปีที่มี: ${known}`,
    editionAndCriteria: 'ระบุได้อย่างใดอย่างหนึ่ง: edition (เกณฑ์ปีที่มากับ gecc) หรือ criteria (ไฟล์เกณฑ์ของท่านเอง)',
    badReportFile: (format) =>
      `รายงาน "${format}" ต้องตามด้วยชื่อไฟล์ เช่น ${format}: ผลการตรวจ/สรุป.${format === 'findings-csv' ? 'csv' : format}`,
    several: (files) => `พบไฟล์ตั้งค่ามากกว่าหนึ่งไฟล์ (${files}) — ระบุไฟล์ที่จะใช้ด้วย --config`,
  },
  en: {
    at: (file, line) => (line === undefined ? `config file ${file}: ` : `config file ${file}, line ${line}: `),
    unreadable: (file, detail) => `Cannot read the config file "${file}" (${detail}): check its name and that it can be read`,
    encoding: (file) => `The config file "${file}" is not saved as UTF-8: open it and save it again as UTF-8`,
    syntax: (detail) => `not valid YAML (${detail}): check the indentation (spaces), the colons and the quotes`,
    notAMap: 'must be a list of name: value, e.g. edition: "2566"',
    unknownKey: (key, known) => `unknown setting "${key}"; known: ${known}`,
    notText: (key) => `"${key}" must be text, e.g. ${key}: "…"`,
    notYesNo: (key) => `"${key}" must be true or false`,
    missing: (key) => `"${key}" is missing, e.g. window: { opens: 2023-01-01T08:30, closes: 2023-02-28T16:30 }`,
    badMoment: (key) => `"${key}" is not a date and time: write year-month-dayThour:minute, e.g. 2023-01-01T08:30 (Bangkok time)`,
    closesBeforeOpens: 'the window must close (closes) after it opens (opens)',
    unknownEdition: (edition, known) => `no criteria edition "${edition}"; editions: ${known}`,
    editionAndCriteria: 'give one of edition (an edition gecc ships) or criteria (a criteria file of your own), not both',
    badReportFile: (format) =>
      `the "${format}" report needs a file name, e.g. ${format}: out/summary.${format === 'findings-csv' ? 'csv' : format}`,
    several: (files) => `More than one config file (${files}): name the one to use with --config`,
  },
};
