import type { Lang } from '../lang.js';
import { UNIT_KIND_NAMES } from '../criteria/unit-kinds.js';
import { englishCount } from '../findings/english-count.js';

/** The fixed words of the human reports, in each language: a missing one fails to compile. */
export interface UiText {
  title: string;
  unit: string;
  edition: string;
  folder: string;
  kinds: Record<string, string>;
  applicants: Record<string, string>;
  unknown: string;
  scores: string;
  physicalLine: (met: number, total: number) => string;
  physicalRule: string;
  pointsLine: (score: number, max: number) => string;
  required: (required: number) => string;
  /** items of a group that are complete, e.g. "ครบ 12/16 ข้อ" */
  itemsComplete: (done: number, total: number) => string;
  /** points still missing to reach a group's threshold */
  shortBy: (points: number) => string;
  noThreshold: string;
  totalLine: (score: number, max: number) => string;
  passTotal: (pass: number) => string;
  level: string;
  incomplete: (count: number) => string;
  /** items answered ไม่มี: answered, so not under "incomplete" */
  answeredNo: (count: number) => string;
  /** beside a group whose ไม่มี disqualifies the application */
  disqualifies: string;
  /** instead of the scores, while the answers file cannot be read */
  scoresNotComputed: string;
  problems: string;
  general: string;
  notes: string;
  fix: string;
  verdict: string;
  ready: string;
  notReady: string;
  disqualified: string;
  counts: (errors: number, warnings: number) => string;
  readyReminder: string;
  notReadyReminder: string;
  sections: Record<'unit' | 'readiness_form', string>;
  placeholderTitle: string;
}

export const UI_TEXT: Record<Lang, UiText> = {
  th: {
    title: 'ตรวจใบสมัครศูนย์ราชการสะดวก (GECC) ก่อนส่ง',
    unit: 'หน่วยงาน',
    edition: 'เกณฑ์ปี',
    folder: 'โฟลเดอร์',
    kinds: UNIT_KIND_NAMES.th,
    applicants: { new: 'หน่วยงานใหม่', returning: 'เคยได้รับการรับรองแล้ว' },
    unknown: '(ไม่ระบุ)',
    scores: 'คะแนน',
    physicalLine: (met, total) => `ตอบ "มี" ${met}/${total} ข้อ`,
    physicalRule: 'ต้อง "มี" ครบทุกข้อ',
    pointsLine: (score, max) => `${score}/${max} คะแนน`,
    required: (required) => `ต้องได้อย่างน้อย ${required}`,
    itemsComplete: (done, total) => `ครบ ${done}/${total} ข้อ`,
    shortBy: (points) => `ขาดอีก ${points}`,
    noThreshold: 'ไม่มีเกณฑ์ขั้นต่ำของกลุ่ม',
    totalLine: (score, max) => `${score}/${max} คะแนน`,
    passTotal: (pass) => `ผ่านการรับรองที่ ${pass} คะแนนขึ้นไป`,
    level: 'ระดับ',
    incomplete: (count) => `ตอบคำถามไม่ครบ (${count} ข้อ)`,
    answeredNo: (count) => `ตอบ "ไม่มี" (${count} ข้อ)`,
    disqualifies: 'ตอบ "ไม่มี" ในกลุ่มนี้ = ถูกตัดสิทธิ์',
    scoresNotComputed: 'ยังไม่ได้คิดคะแนน เพราะ gecc ยังอ่านไฟล์คำตอบไม่ได้ ให้แก้ตาม "รายการที่ต้องแก้" ด้านล่าง แล้วสั่งตรวจอีกครั้ง จึงจะเห็นคะแนนของแต่ละกลุ่ม',
    problems: 'รายการที่ต้องแก้',
    general: 'ภาพรวม',
    notes: 'หมายเหตุ',
    fix: 'วิธีแก้',
    verdict: 'ผลการตรวจ',
    ready: 'พร้อมส่ง',
    notReady: 'ยังไม่พร้อมส่ง',
    disqualified: 'ถูกตัดสิทธิ์ (ตอบ "ไม่มี" ในเกณฑ์ด้านกายภาพ)',
    counts: (errors, warnings) => `ข้อผิดพลาด ${errors} รายการ · คำเตือน ${warnings} รายการ`,
    readyReminder: 'ก่อนกด "ส่งใบสมัคร" ใน GECC Online ให้ตรวจทานอีกครั้ง แล้วบันทึกใบสมัคร (Save File) เก็บไว้เป็นหลักฐาน — ส่งแล้วแก้ไขไม่ได้',
    notReadyReminder: 'อย่ากด "ส่งใบสมัคร" ใน GECC Online จนกว่าจะแก้ครบทุกรายการ — ส่งแล้วแก้ไขไม่ได้',
    sections: { unit: 'ข้อมูลหน่วยงาน', readiness_form: 'แบบประเมินความพร้อม' },
    placeholderTitle: 'ชื่อข้อจริงไม่ได้เผยแพร่',
  },
  en: {
    title: 'GECC application pre-submission check',
    unit: 'Unit',
    edition: 'Edition',
    folder: 'Folder',
    kinds: UNIT_KIND_NAMES.en,
    applicants: { new: 'new unit', returning: 'returning unit (certified before)' },
    unknown: '(not given)',
    scores: 'Scores',
    physicalLine: (met, total) => `${met}/${total} answered "yes" (มี)`,
    physicalRule: 'all must be "yes"',
    pointsLine: (score, max) => `${score}/${max} points`,
    required: (required) => `needs at least ${required}`,
    itemsComplete: (done, total) => `${done}/${total} items complete`,
    shortBy: (points) => `${points} short`,
    noThreshold: 'no group threshold',
    totalLine: (score, max) => `${score}/${max} points`,
    passTotal: (pass) => `certified from ${pass} points`,
    level: 'level',
    incomplete: (count) => `Answers incomplete: ${englishCount(count, 'item')}`,
    answeredNo: (count) => `Answered "no" (ไม่มี): ${englishCount(count, 'item')}`,
    disqualifies: 'a "no" in this group disqualifies',
    scoresNotComputed:
      'Scores are not computed yet: the answers could not be checked. Fix what "To fix" lists below and check again to see each group\'s score.',
    problems: 'To fix',
    general: 'Overall',
    notes: 'Notes',
    fix: 'Fix',
    verdict: 'Verdict',
    ready: 'ready to send',
    notReady: 'not ready to send',
    disqualified: 'disqualified (a physical item answered "no")',
    counts: (errors, warnings) => `${englishCount(errors, 'error')} · ${englishCount(warnings, 'warning')}`,
    readyReminder:
      'Before pressing "ส่งใบสมัคร" (send) in GECC Online, review once more and save a copy as evidence: a sent application cannot be edited.',
    notReadyReminder: 'Do not press "ส่งใบสมัคร" (send) in GECC Online until everything is fixed: a sent application cannot be edited.',
    sections: { unit: 'Unit details', readiness_form: 'Readiness form' },
    placeholderTitle: 'official title not published',
  },
};
