import type { Lang } from '../lang.js';

/** The words of `gecc criteria`, in each language: a missing one fails to compile. */
export interface DescribeText {
  edition: (edition: string) => string;
  physicalRule: (count: number) => string;
  items: (count: number) => string;
  pointsEach: (points: number) => string;
  pointsParts: (parts: string) => string;
  max: (max: number) => string;
  required: (required: number) => string;
  noRequired: string;
  inferred: string;
  source: string;
  note: string;
  passTotal: (pass: number, max: number) => string;
  levels: string;
  window: (opens: string, closes: string, timeZone: string) => string;
  attachments: (types: string, maxMb: string, maxBytes: string, warnBytes: string) => string;
  readinessForm: string;
  placeholderMark: string;
  legendPlaceholder: string;
  legendInferred: string;
  sources: string;
  group: string;
  number: string;
  points: string;
  itemPoints: (max: number, defaultPoints: number, distribution: boolean) => string;
  evidence: string;
  noEvidence: string;
  howToAnswer: string;
  answers: Record<'physical' | 'basic' | 'advanced' | 'outcome', (max: number, defaultPoints: number) => string>;
  titleSource: string;
  groupSource: string;
  otherLanguage: string;
  placeholder: string;
  more: (id: string) => string;
}

export const DESCRIBE_TEXT: Record<Lang, DescribeText> = {
  th: {
    edition: (edition) => `เกณฑ์ปี ${edition}`,
    physicalRule: (count) => `${count} ข้อ · ต้องตอบ "มี" ทุกข้อ (ตอบ "ไม่มี" ข้อเดียว = ถูกตัดสิทธิ์)`,
    items: (count) => `${count} ข้อ`,
    pointsEach: (points) => `ข้อละ ${points} คะแนน`,
    pointsParts: (parts) => `คะแนน ${parts}`,
    max: (max) => `เต็ม ${max}`,
    required: (required) => `ต้องได้อย่างน้อย ${required}`,
    noRequired: 'ไม่มีเกณฑ์ขั้นต่ำของกลุ่ม',
    inferred: '(อนุมาน)',
    source: 'ที่มา',
    note: 'หมายเหตุ',
    passTotal: (pass, max) => `ผ่านการรับรองเมื่อคะแนนรวม ${pass} จาก ${max} ขึ้นไป`,
    levels: 'ระดับการรับรอง',
    window: (opens, closes, timeZone) => `ช่วงเวลารับสมัคร: ${opens} ถึง ${closes} (${timeZone})`,
    attachments: (types, maxMb, maxBytes, warnBytes) =>
      `ไฟล์แนบ: ${types} ไม่เกิน ${maxMb} MB (${maxBytes} ไบต์) ต่อไฟล์ · เตือนเมื่อเกิน ${warnBytes} ไบต์`,
    readinessForm: 'แบบประเมินความพร้อม ผู้ลงนาม',
    placeholderMark: '*',
    legendPlaceholder: '* ชื่อข้อจริงไม่ได้เผยแพร่: ใช้ชื่อแทนตามลำดับข้อ ดูชื่อข้อใน GECC Online',
    legendInferred: '(อนุมาน) = ค่าที่อนุมาน ไม่ได้เผยแพร่อย่างเป็นทางการ',
    sources: 'แหล่งที่มา',
    group: 'กลุ่ม',
    number: 'เลขข้อในเกณฑ์',
    points: 'คะแนน',
    itemPoints: (max, defaultPoints, distribution) => (distribution ? `สูงสุด ${max} (ไม่ประเมินตนเอง = ${defaultPoints})` : `${max}`),
    evidence: 'หลักฐานที่ขอ',
    noEvidence: 'ไม่ได้ระบุในเกณฑ์ที่เผยแพร่',
    howToAnswer: 'วิธีตอบใน application.yaml',
    answers: {
      physical: () => 'มี หรือ ไม่มี (ต้อง มี)',
      basic: () => 'หน่วยงานใหม่: text และ files อย่างน้อย 1 ไฟล์ · หน่วยงานที่เคยได้รับการรับรอง: answer: มี',
      advanced: (max, defaultPoints) => `text และ files อย่างน้อย 1 ไฟล์ · score ไม่บังคับ (ไม่กรอก = ${defaultPoints}, สูงสุด ${max})`,
      outcome: (max) => `text, files อย่างน้อย 1 ไฟล์ และ score (0–${max})`,
    },
    titleSource: 'ที่มาของชื่อข้อ',
    groupSource: 'ที่มาของกลุ่ม',
    otherLanguage: 'English',
    placeholder: 'ชื่อข้อจริงไม่ได้เผยแพร่ ใช้ชื่อแทน',
    more: (id) => `ดูรายละเอียดของข้อ: gecc criteria ${id}`,
  },
  en: {
    edition: (edition) => `edition ${edition}`,
    physicalRule: (count) => `${count} items · all must be answered "yes" (มี); one "no" (ไม่มี) disqualifies`,
    items: (count) => `${count} items`,
    pointsEach: (points) => `${points} point${points === 1 ? '' : 's'} each`,
    pointsParts: (parts) => `points ${parts}`,
    max: (max) => `maximum ${max}`,
    required: (required) => `at least ${required} needed`,
    noRequired: 'no group threshold',
    inferred: '(inferred)',
    source: 'source',
    note: 'Note',
    passTotal: (pass, max) => `Certified from a total of ${pass} of ${max}`,
    levels: 'Levels',
    window: (opens, closes, timeZone) => `Application window: ${opens} to ${closes} (${timeZone})`,
    attachments: (types, maxMb, maxBytes, warnBytes) =>
      `Attachments: ${types}, at most ${maxMb} MB (${maxBytes} bytes) each · warning above ${warnBytes} bytes`,
    readinessForm: 'Readiness form signed by',
    placeholderMark: '*',
    legendPlaceholder: '* official title not published: a neutral stand-in by position; see GECC Online',
    legendInferred: '(inferred) = not officially published',
    sources: 'Sources',
    group: 'Group',
    number: 'Official number',
    points: 'Points',
    itemPoints: (max, defaultPoints, distribution) => (distribution ? `at most ${max} (no self-assessment = ${defaultPoints})` : `${max}`),
    evidence: 'Evidence asked',
    noEvidence: 'not stated in the published criteria',
    howToAnswer: 'How to answer in application.yaml',
    answers: {
      physical: () => 'มี or ไม่มี (must be มี)',
      basic: () => 'new unit: text and at least one file · returning unit: answer: มี',
      advanced: (max, defaultPoints) => `text and at least one file · score optional (none = ${defaultPoints}, at most ${max})`,
      outcome: (max) => `text, at least one file and a score (0–${max})`,
    },
    titleSource: 'Title from',
    groupSource: 'Group from',
    otherLanguage: 'ภาษาไทย',
    placeholder: 'official title not published, a stand-in',
    more: (id) => `Details of an item: gecc criteria ${id} --lang en`,
  },
};
