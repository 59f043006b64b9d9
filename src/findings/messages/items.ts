import type { ScoredGroupId } from '../../criteria/catalogue-schema.js';
import { message } from '../message-spec.js';

// items whose files were not read this time (a busy machine) count 0 for now: check again first
const UNREAD_TH = (a: { unread?: string }) => (a.unread ? ` (ข้อ ${a.unread} ได้ 0 คะแนนไว้ก่อน เพราะครั้งนี้ยังอ่านไฟล์ของข้อนั้นไม่เสร็จ)` : '');
const UNREAD_EN = (a: { unread?: string }) => (a.unread ? ` (${a.unread} count 0 for now: their files were not read this time)` : '');
const RECHECK_TH = 'ปิดโปรแกรมอื่นที่ไม่ได้ใช้ แล้วตรวจอีกครั้ง คะแนนจะนับใหม่เมื่ออ่านไฟล์ได้ครบ ถ้ายังไม่ถึงเกณฑ์ ให้ทำข้อที่ยังไม่ครบให้ครบ';
const RECHECK_EN =
  'Close programs you are not using and check again: the score is counted again once the files are read. If it still falls short, complete the incomplete items.';

/** Findings about the answers to the criteria: completeness, answers, scores, thresholds. */
export const itemMessages = {
  'physical.missing': message({
    severity: 'error',
    th: {
      text: () => 'ยังไม่ได้ตอบข้อนี้ (เกณฑ์ด้านกายภาพต้องตอบ "มี" ทุกข้อ)',
      fix: () => 'เมื่อหน่วยงานดำเนินการเรื่องนี้แล้ว ให้พิมพ์ มี ต่อจากรหัสข้อนี้ในบรรทัดที่แสดงด้านบน (เช่น P01: มี)',
    },
    en: { text: () => 'Not answered (every physical item must be answered มี)', fix: () => 'Answer มี once the unit has it.' },
  }),
  'physical.answered-no': message({
    severity: 'error',
    th: {
      text: () => 'ตอบ "ไม่มี": ถ้าตอบไม่มีแม้เพียงข้อเดียว กรรมการจะตัดสิทธิ์และไม่พิจารณาใบสมัคร',
      fix: () => 'ดำเนินการเรื่องนี้ให้เรียบร้อยก่อน แล้วจึงตอบ มี — อย่าส่งใบสมัครจนกว่าจะตอบ มี ครบทุกข้อ',
    },
    en: {
      text: () => 'Answered "no" (ไม่มี): a single "no" disqualifies the application',
      fix: () => 'Put this in place first, then answer มี. Do not send until every physical item is มี.',
    },
  }),
  'item.missing': message({
    severity: 'error',
    th: {
      text: () => 'ยังไม่ได้ตอบข้อนี้',
      fix: () =>
        'กรอกคำตอบใต้รหัสข้อนี้ในไฟล์คำตอบให้ครบทุกหัวข้อตามแบบที่ gecc init สร้าง (เช่น text: สิ่งที่หน่วยงานทำ และ files: ไฟล์แนบ) ถ้ายังไม่มีข้อนี้ในไฟล์ ให้เพิ่ม',
    },
    en: { text: () => 'This item is not answered', fix: () => 'Add the item with its text and attachment.' },
  }),
  'item.returning-missing': message({
    severity: 'error',
    th: { text: () => 'ยังไม่ได้ตอบข้อนี้ (หน่วยงานที่เคยได้รับการรับรองตอบ มี/ไม่มี)', fix: () => 'เพิ่มบรรทัด answer: มี ใต้รหัสข้อนี้ในไฟล์คำตอบ' },
    en: { text: () => 'This item is not answered (a returning unit answers มี/ไม่มี)', fix: () => 'Add answer: มี to the item.' },
  }),
  'item.text-missing': message({
    severity: 'error',
    th: { text: () => 'ยังไม่ได้กรอกข้อความอธิบาย (text)', fix: () => 'เพิ่ม text: อธิบายสิ่งที่หน่วยงานทำในข้อนี้ ข้อความนี้คือสิ่งที่จะพิมพ์ลงใน GECC Online' },
    en: {
      text: () => 'No explanatory text (text)',
      fix: () => 'Add text: describing what the unit does for this item; it is what you will type into GECC Online.',
    },
  }),
  'item.files-missing': message({
    severity: 'error',
    th: { text: () => 'ยังไม่ได้แนบไฟล์หลักฐาน (files)', fix: (_a, n) => `เพิ่ม files: [files/ชื่อไฟล์.pdf] โดยเป็นไฟล์ ${n.attachments}` },
    en: { text: () => 'No supporting file (files)', fix: (_a, n) => `Add files: [files/name.pdf] with a file: ${n.attachments}.` },
  }),
  'item.no-valid-file': message({
    severity: 'error',
    th: { text: () => 'ไม่มีไฟล์แนบที่ใช้ได้เลยสักไฟล์ ข้อนี้จึงยังไม่ครบ', fix: () => 'แก้ไฟล์แนบตามรายการปัญหาของข้อนี้' },
    en: {
      text: () => 'None of the attachments is usable, so the item is incomplete',
      fix: () => 'Fix the attachments as listed for this item.',
    },
  }),
  'item.answered-no': message({
    severity: 'error',
    th: { text: () => 'ตอบ "ไม่มี": ข้อนี้จะได้ 0 คะแนน และต้องดำเนินการให้ครบทุกข้อ', fix: () => 'ดำเนินการให้เรียบร้อยแล้วตอบ มี พร้อมข้อความและหลักฐาน' },
    en: {
      text: () => 'Answered "no" (ไม่มี): the item scores 0, and every item must be done',
      fix: () => 'Do it, then answer มี with text and evidence.',
    },
  }),
  'item.returning-extra': message<{ fields: string }>({
    severity: 'warning',
    th: {
      text: (a) => `หน่วยงานที่เคยได้รับการรับรองตอบเพียง มี/ไม่มี ในเกณฑ์พื้นฐาน ไม่ต้องกรอก ${a.fields}`,
      fix: () => 'ลบส่วนที่ไม่ต้องใช้ หรือตรวจว่า applicant: returning ถูกต้อง (หน่วยงานใหม่ใช้ applicant: new)',
    },
    en: {
      text: (a) => `A returning unit answers only มี/ไม่มี for basic items: ${a.fields} is not needed`,
      fix: () => 'Remove it, or check applicant: returning (a new unit is applicant: new).',
    },
  }),
  'item.score-missing': message<{ max: number }>({
    severity: 'error',
    th: {
      text: (a) => `ยังไม่ได้ใส่คะแนนที่ประเมินตนเอง (score, เต็ม ${a.max})`,
      fix: (a) => `เพิ่มบรรทัด score: ใต้รหัสข้อนี้ ตามด้วยคะแนนที่ประเมินตนเองเป็นตัวเลข 0–${a.max}`,
    },
    en: { text: (a) => `No self-assessed score (score, out of ${a.max})`, fix: (a) => `Add score: with a number from 0 to ${a.max}.` },
  }),
  'item.score-too-high': message<{ score: number; max: number }>({
    severity: 'error',
    th: {
      text: (a) => `คะแนน ${a.score} เกินคะแนนเต็มของข้อ (${a.max})`,
      fix: (a) => `ประเมินคะแนนใหม่ แล้วแก้ตัวเลขต่อจาก score: ให้ไม่เกิน ${a.max}`,
    },
    en: { text: (a) => `Score ${a.score} is above the item's maximum (${a.max})`, fix: (a) => `Reassess it, at most ${a.max}.` },
  }),
  'group.too-many-high-scores': message<{ items: string; base: number; allowed: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `มี ${a.items.split(', ').length} ข้อที่ให้คะแนนตนเองเกิน ${a.base} (${a.items}) แต่เกณฑ์มีข้อที่ได้เกิน ${a.base} คะแนนเพียง ${a.allowed} ข้อ`,
      fix: (a) => `เหลือไว้ไม่เกิน ${a.allowed} ข้อที่คะแนนเกิน ${a.base} ตามแนวทางการให้คะแนน`,
    },
    en: {
      text: (a) =>
        `${a.items.split(', ').length} items claim more than ${a.base} points (${a.items}), but only ${a.allowed} items of the criteria carry more`,
      fix: (a) => `Keep at most ${a.allowed} items above ${a.base}, as the scoring guidance says.`,
    },
  }),
  'group.below-required': message<{ group: ScoredGroupId; score: number; required: number; unread?: string }>({
    severity: 'error',
    th: {
      text: (a, n) => `${n.group(a.group)} ได้ ${a.score} คะแนน ต่ำกว่าที่ต้องได้อย่างน้อย ${a.required} คะแนน${UNREAD_TH(a)}`,
      fix: (a) =>
        a.unread
          ? RECHECK_TH
          : 'ทำข้อที่ยังไม่ครบในกลุ่มนี้ให้ครบ (ข้อที่ไม่ครบได้ 0 คะแนน) ตามรายการที่ต้องแก้ของแต่ละข้อ ดูแนวทางการให้คะแนนของแต่ละข้อได้ด้วยคำสั่ง gecc criteria ตามด้วยรหัสข้อ เช่น gecc criteria B03',
    },
    en: {
      text: (a, n) => `${n.group(a.group)} scores ${a.score}, below the required ${a.required}${UNREAD_EN(a)}`,
      fix: (a) => (a.unread ? RECHECK_EN : 'Complete the incomplete items (they score 0) and study the scoring guidance of each item.'),
    },
  }),
  'total.below-pass': message<{ total: number; pass: number; unread?: string }>({
    severity: 'error',
    th: {
      text: (a) => `คะแนนรวม ${a.total} ต่ำกว่าเกณฑ์ผ่านการรับรอง ${a.pass} คะแนน${UNREAD_TH(a)}`,
      fix: (a) => (a.unread ? RECHECK_TH : 'ทำข้อที่ยังไม่ครบให้ครบตามรายการที่ต้องแก้ของแต่ละข้อ'),
    },
    en: {
      text: (a) => `The total of ${a.total} is below the ${a.pass} points needed for certification${UNREAD_EN(a)}`,
      fix: (a) => (a.unread ? RECHECK_EN : 'Complete the incomplete items.'),
    },
  }),
};
