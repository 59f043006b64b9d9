import type { Lang } from '../lang.js';
import { UNIT_KIND_NAMES } from '../criteria/unit-kinds.js';

/** The comments of a starter application.yaml, in each language: a missing one fails to compile. */
export interface StarterText {
  heading: (title: string) => string;
  /** `attachments`: what the catalogue accepts; `check`: the command that checks this folder */
  howTo: (attachments: string, check: string) => string[];
  unitName: string;
  unitKind: (choices: string) => string;
  kinds: Record<string, string>;
  /** `head`: whose title, before the parent's name, signs the form (ผู้อำนวยการ), where the criteria say so */
  parent: (head: string | undefined) => string;
  applicant: (choices: string) => string;
  applicants: Record<string, string>;
  contactName: string;
  phone: string;
  email: string;
  readinessForm: (signer: string | undefined) => string;
  formFile: string;
  signer: string;
  signerPosition: string;
  physical: (count: number) => string;
  yesNo: string;
  scored: (title: string, count: number, points: string, required: number | undefined) => string;
  pointsEach: (points: number) => string;
  pointsParts: (parts: string) => string;
  basicNew: string;
  basicReturning: string;
  advanced: (defaultPoints: number, max: number) => string;
  outcome: (max: number) => string;
  placeholder: string;
  evidence: (text: string) => string;
  text: string;
  files: string;
  score: (max: number) => string;
  scoreOptional: (defaultPoints: number, max: number) => string;
  answer: string;
}

export const STARTER_TEXT: Record<Lang, StarterText> = {
  th: {
    heading: (title) => `ใบสมัครศูนย์ราชการสะดวก (GECC) — ${title}`,
    howTo: (attachments, check) => [
      'วิธีกรอก: เขียนคำตอบต่อจากเครื่องหมาย : ของแต่ละหัวข้อ (เว้นวรรคหนึ่งช่องหลัง :)',
      'ข้อความยาวหลายบรรทัด: เขียน | แล้วขึ้นบรรทัดใหม่ ย่อหน้าเข้าไปมากกว่าหัวข้อ',
      `ไฟล์แนบ (${attachments}) วางไว้ในโฟลเดอร์ files/ แล้วอ้างชื่อ เช่น files: [files/B01.pdf]`,
      'ข้อที่ยังว่างไว้ gecc ถือว่ายังไม่ได้ตอบ: กรอกทีละข้อ บันทึกไว้ แล้วกลับมาทำต่อได้',
      `ตรวจได้ทุกเมื่อด้วยคำสั่ง  ${check} <โฟลเดอร์นี้>  (หรือเพิ่ม --watch เพื่อตรวจใหม่ทุกครั้งที่บันทึก)`,
      'ดูรายละเอียดของแต่ละข้อ: gecc criteria <รหัสข้อ> เช่น gecc criteria B01',
    ],
    unitName: 'ชื่อหน่วยงาน',
    unitKind: (choices) => `ประเภทหน่วยงาน: ${choices}`,
    kinds: UNIT_KIND_NAMES.th,
    parent: (head) => (head ? `สังกัด: ชื่อสำนัก เช่น สำนักการแพทย์ (${head}ของสำนักนี้ลงนามในแบบประเมินความพร้อม)` : 'สังกัด (ไม่บังคับ)'),
    applicant: (choices) => `ประเภทผู้สมัคร: ${choices}`,
    applicants: { new: 'หน่วยงานใหม่', returning: 'เคยได้รับการรับรองแล้ว' },
    contactName: 'ชื่อผู้ประสานงาน',
    phone: 'เบอร์โทรศัพท์ ในเครื่องหมายคำพูด เช่น "02 123 4567"',
    email: 'อีเมล',
    readinessForm: (signer) => `แบบประเมินความพร้อมที่ลงนามแล้ว${signer ? ` — ผู้ลงนาม: ${signer}` : ''}`,
    formFile: 'ไฟล์ที่สแกนแล้ว เช่น files/แบบประเมินความพร้อม.pdf',
    signer: 'ชื่อผู้ลงนาม',
    signerPosition: 'ตำแหน่งผู้ลงนาม',
    physical: (count) => `${count} ข้อ · ตอบ มี หรือ ไม่มี — ต้อง มี ทุกข้อ (ไม่มี ข้อเดียว = ถูกตัดสิทธิ์)`,
    yesNo: 'มี / ไม่มี',
    scored: (title, count, points, required) =>
      `${title} ${count} ข้อ · ${points}${required !== undefined ? ` · ต้องได้อย่างน้อย ${required}` : ''}`,
    pointsEach: (points) => `ข้อละ ${points} คะแนน`,
    pointsParts: (parts) => `คะแนน ${parts}`,
    basicNew: 'หน่วยงานใหม่: ทุกข้อกรอก text (สิ่งที่หน่วยงานทำ) และแนบ files อย่างน้อย 1 ไฟล์',
    basicReturning: 'หน่วยงานที่เคยได้รับการรับรอง: ทุกข้อตอบ answer: มี หรือ ไม่มี เท่านั้น ไม่ต้องแนบไฟล์',
    advanced: (defaultPoints, max) =>
      `ทุกข้อกรอก text และแนบ files อย่างน้อย 1 ไฟล์ · score ไม่บังคับ (ไม่กรอก = ${defaultPoints} คะแนน, สูงสุด ${max})`,
    outcome: (max) => `ทุกข้อกรอก text แนบ files อย่างน้อย 1 ไฟล์ และ score (0–${max})`,
    placeholder: 'ชื่อข้อจริงไม่ได้เผยแพร่: ดูชื่อข้อใน GECC Online',
    evidence: (text) => `หลักฐานที่ขอ: ${text}`,
    text: 'สิ่งที่หน่วยงานทำ',
    files: 'เช่น [files/ชื่อไฟล์.pdf]',
    score: (max) => `คะแนนที่ประเมินตนเอง 0–${max}`,
    scoreOptional: (defaultPoints, max) => `ไม่บังคับ: ไม่กรอก = ${defaultPoints}, สูงสุด ${max}`,
    answer: 'มี / ไม่มี',
  },
  en: {
    heading: (title) => `GECC application (ศูนย์ราชการสะดวก) — ${title}`,
    howTo: (attachments, check) => [
      'How to fill it in: write each answer after the colon of its key (one space after :).',
      'Long text over several lines: write | and continue on the next lines, indented further.',
      `Attachments (${attachments}) go in files/; name them, e.g. files: [files/B01.pdf]`,
      'gecc counts a blank item as not answered yet: fill in a few at a time and come back.',
      `Check at any time with  ${check} <this folder>  (add --watch to re-check on every save).`,
      'Details of an item: gecc criteria <item id>, e.g. gecc criteria B01 --lang en',
    ],
    unitName: 'name of the unit',
    unitKind: (choices) => `kind of unit: ${choices}`,
    kinds: UNIT_KIND_NAMES.en,
    parent: (head) =>
      head ? `the department, e.g. สำนักการแพทย์ (whose head, ${head}, signs the readiness form)` : 'affiliation (optional)',
    applicant: (choices) => `applicant: ${choices}`,
    applicants: { new: 'new unit', returning: 'certified before' },
    contactName: 'contact person',
    phone: 'phone, in quotes, e.g. "02 123 4567"',
    email: 'email',
    readinessForm: (signer) => `the signed readiness form${signer ? ` — signed by ${signer}` : ''}`,
    formFile: 'the scanned form, e.g. files/readiness-form.pdf',
    signer: 'name of the signer',
    signerPosition: 'position of the signer',
    physical: (count) => `${count} items · answer มี (yes) or ไม่มี (no) — all must be มี (one ไม่มี disqualifies)`,
    yesNo: 'มี / ไม่มี',
    scored: (title, count, points, required) =>
      `${title}: ${count} items · ${points}${required !== undefined ? ` · at least ${required} needed` : ''}`,
    pointsEach: (points) => `${points} point${points === 1 ? '' : 's'} each`,
    pointsParts: (parts) => `points ${parts}`,
    basicNew: 'A new unit: text (what the unit does) and at least one file for every item',
    basicReturning: 'A returning unit: answer: มี or ไม่มี for every item, no attachments',
    advanced: (defaultPoints, max) =>
      `text and at least one file for every item · score optional (none = ${defaultPoints} points, at most ${max})`,
    outcome: (max) => `text, at least one file and a score (0–${max}) for every item`,
    placeholder: 'official title not published: see GECC Online',
    evidence: (text) => `evidence asked: ${text}`,
    text: 'what the unit does',
    files: 'e.g. [files/name.pdf]',
    score: (max) => `self-assessed points 0–${max}`,
    scoreOptional: (defaultPoints, max) => `optional: none = ${defaultPoints}, at most ${max}`,
    answer: 'มี / ไม่มี',
  },
};
