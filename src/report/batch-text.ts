import type { Lang } from '../lang.js';
import type { NotReadReason } from './application-facts.js';

/** The fixed words of the batch reports (summary table, CSV, JUnit), in each language. */
export interface BatchText {
  summaryTitle: (applications: number) => string;
  columns: {
    index: string;
    folder: string;
    unit: string;
    parent: string;
    kind: string;
    applicant: string;
    edition: string;
    physical: string;
    basic: string;
    advanced: string;
    outcome: string;
    total: string;
    verdict: string;
    errors: string;
    warnings: string;
    incomplete: string;
    problems: string;
    /** a column of the most there is, and of the least required, beside a score column */
    outOf: (column: string) => string;
    least: (column: string) => string;
    contactName: string;
    contactPhone: string;
    contactEmail: string;
    checkedAt: string;
    version: string;
    criteria: string;
    /** items answered ไม่มี: answered, and disqualifying in the physical group */
    answeredNo: string;
    item: string;
    file: string;
    line: string;
    severity: string;
    code: string;
    message: string;
    fix: string;
  };
  severities: Record<'error' | 'warning' | 'info', string>;
  /** the summary table's headings where it must fit 100 columns */
  short: Pick<
    BatchText['columns'],
    'index' | 'folder' | 'unit' | 'kind' | 'applicant' | 'physical' | 'basic' | 'advanced' | 'outcome' | 'verdict' | 'errors' | 'warnings'
  >;
  shortKinds: Record<string, string>;
  shortApplicants: Record<string, string>;
  /** short words, to keep the summary table narrow */
  kinds: Record<string, string>;
  applicants: Record<string, string>;
  ready: string;
  notReady: string;
  disqualified: string;
  /** in the unit's cell of an application whose answers were not read: why, in a few words (at most 24 columns: one line of the default table) */
  notReadBecause: Record<NotReadReason, string>;
  /** in the unit's cell where the answers give no name */
  noUnitName: string;
  /** beside a unit's name that another folder of the batch also names */
  sameName: string;
  /** below the table, once per name that several folders give */
  sameNameNote: (unit: string, folders: readonly string[]) => string;
  totals: (applications: number) => string;
  totalVerdict: (ready: number, notReady: number) => string;
  /** the JUnit test case that carries the verdict and the findings about the whole application */
  verdictCase: string;
  itemIncomplete: string;
  notChecked: string;
  fix: string;
}

export const BATCH_TEXT: Record<Lang, BatchText> = {
  th: {
    summaryTitle: (n) => `สรุปผลการตรวจ ${n} ใบสมัคร`,
    columns: {
      index: '#',
      folder: 'โฟลเดอร์',
      unit: 'หน่วยงาน',
      parent: 'สังกัด',
      kind: 'ประเภท',
      applicant: 'ผู้สมัคร',
      edition: 'เกณฑ์ปี',
      physical: 'กายภาพ',
      basic: 'พื้นฐาน',
      advanced: 'ชั้นสูง',
      outcome: 'ผลลัพธ์',
      total: 'คะแนนรวม',
      verdict: 'ผลการตรวจ',
      errors: 'ข้อผิดพลาด',
      warnings: 'คำเตือน',
      incomplete: 'ข้อที่ตอบไม่ครบ',
      problems: 'รายการที่ต้องแก้',
      outOf: (column) => `${column} (เต็ม)`,
      least: (column) => `${column} (ขั้นต่ำ)`,
      contactName: 'ผู้ประสานงาน',
      contactPhone: 'โทรศัพท์',
      contactEmail: 'อีเมล',
      checkedAt: 'ตรวจเมื่อ',
      version: 'รุ่น gecc',
      criteria: 'เกณฑ์',
      answeredNo: 'ข้อที่ตอบ "ไม่มี"',
      item: 'ข้อ',
      file: 'ไฟล์',
      line: 'บรรทัด (ไฟล์คำตอบ)',
      severity: 'ระดับ',
      code: 'รหัส',
      message: 'ข้อความ',
      fix: 'วิธีแก้',
    },
    severities: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'หมายเหตุ' },
    short: {
      index: '#',
      folder: 'โฟลเดอร์',
      unit: 'หน่วยงาน',
      kind: 'ประเภท',
      applicant: 'ผู้สมัคร',
      physical: 'กายภาพ',
      basic: 'พื้นฐาน',
      advanced: 'ชั้นสูง',
      outcome: 'ผลลัพธ์',
      verdict: 'ผล',
      errors: 'ผิด',
      warnings: 'เตือน',
    },
    shortKinds: { 'district-office': 'เขต', 'department-unit': 'สำนัก', other: 'อื่น ๆ' },
    shortApplicants: { new: 'ใหม่', returning: 'เก่า' },
    kinds: { 'district-office': 'สำนักงานเขต', 'department-unit': 'สังกัดสำนัก', other: 'อื่น ๆ' },
    applicants: { new: 'ใหม่', returning: 'เคยได้รับรอง' },
    ready: 'พร้อมส่ง',
    notReady: 'ยังไม่พร้อม',
    disqualified: 'ถูกตัดสิทธิ์',
    notReadBecause: {
      'empty-folder': '(โฟลเดอร์ว่าง)',
      'not-an-application': '(ไม่ใช่ใบสมัคร)',
      zip: '(ไฟล์ ZIP ที่ยังไม่ได้แตก)',
      'answers-misnamed': '(ไฟล์คำตอบตั้งชื่อผิด)',
      'answers-deeper': '(ใบสมัครอยู่ลึกลงไป)',
      'loose-answers-file': '(ไฟล์คำตอบนอกโฟลเดอร์)',
      'broken-link': '(ทางลัดที่ชี้ไปที่ไม่มีแล้ว)',
      'folder-unreadable': '(เปิดโฟลเดอร์ไม่ได้)',
      'answers-unreadable': '(อ่านไฟล์คำตอบไม่ได้)',
      'answers-not-text': '(ไฟล์คำตอบไม่ใช่ UTF-8)',
      'answers-empty': '(ไฟล์คำตอบว่างเปล่า)',
      'yaml-broken': '(ไฟล์คำตอบผิดรูปแบบ YAML)',
      'edition-unknown': '(ไม่รู้จักเกณฑ์ปีที่ระบุ)',
      'not-checked': '(ตรวจไม่ได้)',
    },
    noUnitName: '(ไม่ได้ระบุชื่อหน่วยงาน)',
    sameName: '(ชื่อซ้ำ)',
    sameNameNote: (unit, folders) =>
      `หมายเหตุ: ชื่อหน่วยงาน "${unit}" อยู่ใน ${folders.length} โฟลเดอร์ (${folders.join(', ')}) — ตรวจว่าโฟลเดอร์ใดเป็นใบสมัครที่จะส่ง แล้วย้ายโฟลเดอร์อื่นออกจากโฟลเดอร์รวม`,
    totals: (n) => `รวม ${n} ใบสมัคร`,
    totalVerdict: (ready, notReady) => `พร้อม ${ready} · ไม่พร้อม ${notReady}`,
    verdictCase: 'ผลการตรวจใบสมัคร',
    itemIncomplete: 'ข้อนี้ยังไม่ครบ',
    notChecked: 'ไม่ได้ตรวจ เพราะไม่มีหรืออ่านไฟล์คำตอบ (application.yaml) ไม่ได้',
    fix: 'วิธีแก้',
  },
  en: {
    summaryTitle: (n) => `Summary of ${n} applications`,
    columns: {
      index: '#',
      folder: 'folder',
      unit: 'unit',
      parent: 'parent',
      kind: 'kind',
      applicant: 'applicant',
      edition: 'edition',
      physical: 'physical',
      basic: 'basic',
      advanced: 'advanced',
      outcome: 'outcome',
      total: 'total',
      verdict: 'verdict',
      errors: 'errors',
      warnings: 'warnings',
      incomplete: 'incomplete items',
      problems: 'to fix',
      outOf: (column) => `${column} (max)`,
      least: (column) => `${column} (required)`,
      contactName: 'contact',
      contactPhone: 'phone',
      contactEmail: 'e-mail',
      checkedAt: 'checked at',
      version: 'gecc version',
      criteria: 'criteria',
      answeredNo: 'items answered "no"',
      item: 'item',
      file: 'file',
      line: 'line (answers file)',
      severity: 'severity',
      code: 'code',
      message: 'message',
      fix: 'fix',
    },
    severities: { error: 'error', warning: 'warning', info: 'note' },
    short: {
      index: '#',
      folder: 'folder',
      unit: 'unit',
      kind: 'kind',
      applicant: 'new?',
      physical: 'phys',
      basic: 'basic',
      advanced: 'adv',
      outcome: 'outc',
      verdict: 'verdict',
      errors: 'err',
      warnings: 'warn',
    },
    shortKinds: { 'district-office': 'district', 'department-unit': 'dept', other: 'other' },
    shortApplicants: { new: 'new', returning: 'again' },
    kinds: { 'district-office': 'district', 'department-unit': 'department', other: 'other' },
    applicants: { new: 'new', returning: 'returning' },
    ready: 'ready',
    notReady: 'not ready',
    disqualified: 'disqualified',
    notReadBecause: {
      'empty-folder': '(empty folder)',
      'not-an-application': '(not an application)',
      zip: '(a ZIP, not extracted)',
      'answers-misnamed': '(answers file misnamed)',
      'answers-deeper': '(answers further down)',
      'loose-answers-file': '(loose answers file)',
      'broken-link': '(a link to nothing)',
      'folder-unreadable': '(cannot open folder)',
      'answers-unreadable': '(answers unreadable)',
      'answers-not-text': '(answers not UTF-8)',
      'answers-empty': '(answers file empty)',
      'yaml-broken': '(broken YAML)',
      'edition-unknown': '(unknown edition)',
      'not-checked': '(could not be checked)',
    },
    noUnitName: '(no unit name)',
    sameName: '(same name)',
    sameNameNote: (unit, folders) =>
      `Note: the unit name "${unit}" is in ${folders.length} folders (${folders.join(', ')}): find out which is the application to send, and move the others out of the batch folder`,
    totals: (n) => `${n} applications`,
    totalVerdict: (ready, notReady) => `ready ${ready} · not ready ${notReady}`,
    verdictCase: 'application verdict',
    itemIncomplete: 'this item is incomplete',
    notChecked: 'not checked: there is no readable answers file (application.yaml)',
    fix: 'fix',
  },
};
