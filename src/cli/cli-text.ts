import type { Lang } from '../findings/message-spec.js';

/** Messages of the command line itself (not of an application), in each language. */
export interface CliText {
  description: string;
  checkDescription: string;
  schemaDescription: string;
  initDescription: string;
  criteriaDescription: string;
  folderMissing: (folder: string) => string;
  notAFolder: (folder: string) => string;
  unknownEdition: (edition: string, known: string) => string;
  badNow: (value: string) => string;
  badCatalogue: (detail: string) => string;
  internal: (detail: string) => string;
  usageHint: string;
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
    unknownEdition: (edition, known) => `ไม่รู้จักเกณฑ์ปี "${edition}" — ปีที่มี: ${known}`,
    badNow: (value) => `--now "${value}" ไม่ใช่วันเวลาที่อ่านได้ — ใช้รูปแบบ เช่น 2023-02-01T09:00:00+07:00`,
    badCatalogue: (detail) => `ใช้ไฟล์เกณฑ์ไม่ได้:\n${detail}`,
    internal: (detail) => `gecc ทำงานผิดพลาด: ${detail}`,
    usageHint: 'ดูวิธีใช้ด้วยคำสั่ง gecc --help',
  },
  en: {
    description: 'Checks a GECC (ศูนย์ราชการสะดวก) application before it is sent to GECC Online',
    checkDescription: 'check application folders (or a folder holding many units\' applications)',
    schemaDescription: 'print the JSON Schema of application.yaml (completion and checks while typing in an editor)',
    initDescription: 'start an application folder: application.yaml with every item ready to fill, and files/',
    criteriaDescription: 'show the criteria: every group with its items, points and thresholds, or one item',
    folderMissing: (folder) => `No such folder: "${folder}"`,
    notAFolder: (folder) => `"${folder}" is not a folder: name the application folder, not a file`,
    unknownEdition: (edition, known) => `Unknown criteria edition "${edition}"; known: ${known}`,
    badNow: (value) => `--now "${value}" is not a date-time, e.g. 2023-02-01T09:00:00+07:00`,
    badCatalogue: (detail) => `The criteria file cannot be used:\n${detail}`,
    internal: (detail) => `gecc failed: ${detail}`,
    usageHint: 'See gecc --help',
  },
};
