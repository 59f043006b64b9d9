import type { GroupId } from '../../criteria/catalogue-schema.js';
import { message } from '../message-spec.js';

/** The key as the user sees it in the file ("score:"), not the dotted path a programmer reads. */
const keyTh = (field: string): string =>
  `${
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field
  }:`;

const didYouMean = {
  th: (suggestion?: string) => (suggestion ? ` หรือหมายถึง "${suggestion}"?` : ''),
  en: (suggestion?: string) => (suggestion ? ` Did you mean "${suggestion}"?` : ''),
};

/** What to type for a field whose answer is not free text: the user cannot guess it. */
const FIELD_EXAMPLES_TH: Record<string, string> = {
  'unit.kind': 'เป็นคำใดคำหนึ่ง: district-office (สำนักงานเขต) · department-unit (หน่วยงานสังกัดสำนัก) · other (หน่วยงานอื่น)',
  'unit.applicant': 'เป็น new (หน่วยงานใหม่) หรือ returning (เคยได้รับการรับรองแล้ว)',
  'readiness_form.file': 'เป็นชื่อไฟล์ที่สแกนแล้วและวางไว้ในโฟลเดอร์ files เช่น file: files/แบบประเมินความพร้อม.pdf',
  'readiness_form.signer_position': 'เขียนตำแหน่งเต็มตามที่พิมพ์ในแบบประเมิน',
};

/** The fields a unit may leave out, by name in each language: the finding holds only the field's path. */
const FIELD_NAMES: Record<'th' | 'en', Record<string, string>> = {
  th: {
    unit: 'ข้อมูลหน่วยงาน',
    'unit.name': 'ชื่อหน่วยงาน',
    'unit.kind': 'ประเภทหน่วยงาน',
    'unit.applicant': 'ประเภทผู้สมัคร (หน่วยงานใหม่/เคยได้รับการรับรอง)',
    'readiness_form.file': 'ไฟล์แบบประเมินความพร้อมที่ลงนามแล้ว',
    'readiness_form.signer': 'ชื่อผู้ลงนามแบบประเมินความพร้อม',
    'readiness_form.signer_position': 'ตำแหน่งผู้ลงนามแบบประเมินความพร้อม',
  },
  en: {
    unit: 'The unit section',
    'unit.name': 'The name of the unit',
    'unit.kind': 'The kind of unit',
    'unit.applicant': 'The kind of applicant (new, or certified before)',
    'readiness_form.file': 'The file of the signed readiness form',
    'readiness_form.signer': 'The name of the readiness form signer',
    'readiness_form.signer_position': "The readiness form signer's position",
  },
};

/** Findings about the shape of application.yaml: keys, types, allowed values. */
export const answersShapeMessages = {
  'answers.unknown-key': message<{
    key: string;
    /** the section it is in, '' at the top of the file */
    where: string;
    suggestion?: string;
    /** the key meant is absent: what it holds is not read until the key is put right */
    standIn?: boolean;
    /** how many items of the group meant count as not answered meanwhile */
    items?: number;
    allowed: string;
  }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไม่รู้จักหัวข้อ "${a.key}" ${a.where ? `ใต้ ${keyTh(a.where)}` : 'ที่ระดับบนสุดของไฟล์'}${didYouMean.th(a.suggestion)}${
          a.standIn && a.suggestion ? ` — จนกว่าจะแก้ชื่อ gecc ไม่อ่านคำตอบใต้หัวข้อนี้${a.items ? ` ทั้ง ${a.items} ข้อจึงนับว่ายังไม่ได้ตอบ` : ''}` : ''
        }`,
      fix: (a) =>
        a.standIn && a.suggestion
          ? `แก้ "${a.key}:" เป็น "${a.suggestion}:" (หัวข้อที่ใช้ได้: ${a.allowed})`
          : `แก้ชื่อหัวข้อให้ถูกต้อง หรือลบบรรทัดนี้ถ้าไม่ได้ใช้ (หัวข้อที่ใช้ได้: ${a.allowed})`,
    },
    en: {
      text: (a) =>
        `Unknown key "${a.key}" ${a.where ? `in ${a.where}` : 'at the top of the file'}.${didYouMean.en(a.suggestion)}${
          a.standIn && a.suggestion
            ? ` Until it is corrected, what it holds is not read${a.items ? `: its ${a.items} items count as not answered` : ''}.`
            : ''
        }`,
      fix: (a) =>
        a.standIn && a.suggestion
          ? `Write "${a.suggestion}:" instead of "${a.key}:" (allowed keys: ${a.allowed}).`
          : `Correct the key. Allowed keys: ${a.allowed}`,
    },
  }),
  'answers.unknown-item': message<{
    key: string;
    group: GroupId;
    suggestion?: string;
    standIn?: boolean;
    range: string;
    belongsTo?: GroupId;
  }>({
    severity: 'error',
    th: {
      text: (a, n) =>
        `ไม่มีข้อ "${a.key}" ในกลุ่ม ${n.group(a.group)}${a.belongsTo ? ` (ข้อ ${a.key} อยู่ในกลุ่ม ${n.group(a.belongsTo)} (${a.belongsTo}:))` : ''}${didYouMean.th(a.suggestion)}${
          a.standIn && a.suggestion ? ` — จนกว่าจะแก้ ข้อ ${a.suggestion} นับว่ายังไม่ได้ตอบ` : ''
        }`,
      fix: (a) =>
        a.standIn && a.suggestion
          ? `แก้ "${a.key}:" เป็น "${a.suggestion}:" (รหัสข้อมีเลข 2 หลักเสมอ เช่น B05 ไม่ใช่ B5)`
          : `ใช้รหัสข้อ ${a.range} ตามลำดับในเกณฑ์ (ดูรายการด้วยคำสั่ง gecc criteria)`,
    },
    en: {
      text: (a, n) =>
        `There is no item "${a.key}" in ${n.group(a.group)}${a.belongsTo ? ` (${a.key} belongs to ${n.group(a.belongsTo)} (${a.belongsTo}:))` : ''}.${didYouMean.en(a.suggestion)}${
          a.standIn && a.suggestion ? ` Until it is corrected, ${a.suggestion} counts as not answered.` : ''
        }`,
      fix: (a) =>
        a.standIn && a.suggestion
          ? `Write "${a.suggestion}:" instead of "${a.key}:" (item ids always have two digits: B05, not B5).`
          : `Use the item ids ${a.range} (gecc criteria lists them).`,
    },
  }),
  'answers.missing-field': message<{ field: string }>({
    severity: 'error',
    th: {
      text: (a) => `ยังไม่ได้กรอก${FIELD_NAMES.th[a.field] ?? a.field} (${a.field})`,
      fix: (a) =>
        `ใส่คำตอบต่อจาก ${keyTh(a.field)} (ถ้ายังไม่มีบรรทัดนี้ ให้เพิ่ม)${FIELD_EXAMPLES_TH[a.field] ? ` โดย${FIELD_EXAMPLES_TH[a.field]}` : ''}`,
    },
    en: {
      text: (a) => `${FIELD_NAMES.en[a.field] ?? 'An answer'} is missing (${a.field})`,
      fix: (a) => `Write the answer after "${a.field.split('.').pop()}:" (add the line if it is not there).`,
    },
  }),
  'answers.wrong-type': message<{ field: string; expected: 'text' | 'number' | 'whole-number' | 'section' | 'file-list' | 'yes-no' }>({
    severity: 'error',
    th: {
      text: (a) => `${keyTh(a.field)} ต้องตามด้วย${EXPECTED_TH[a.expected]}`,
      fix: (a) => EXPECTED_FIX_TH[a.expected],
    },
    en: {
      text: (a) => `${a.field} must be ${EXPECTED_EN[a.expected]}`,
      fix: (a) => EXPECTED_FIX_EN[a.expected],
    },
  }),
  'answers.invalid-choice': message<{ field: string; value: string; allowed: string }>({
    severity: 'error',
    th: {
      text: (a) => `คำตอบ "${a.value}" ต่อจาก ${keyTh(a.field)} ไม่ใช่คำตอบที่ใช้ได้`,
      fix: (a) => `แก้ให้เป็นคำตอบอย่างใดอย่างหนึ่งต่อไปนี้ (พิมพ์ให้ตรงทุกตัวอักษร): ${a.allowed}`,
    },
    en: { text: (a) => `${a.field} is "${a.value}", which is not an allowed answer`, fix: (a) => `Use one of: ${a.allowed}` },
  }),
  'answers.negative-number': message<{ field: string }>({
    severity: 'error',
    th: { text: (a) => `คะแนนต่อจาก ${keyTh(a.field)} ติดลบไม่ได้`, fix: () => 'ใส่คะแนนเป็น 0 หรือมากกว่า' },
    en: { text: (a) => `${a.field} cannot be negative`, fix: () => 'Give a score of 0 or more.' },
  }),
  'answers.invalid': message<{ field: string; detail: string }>({
    severity: 'error',
    th: {
      text: (a) => `คำตอบต่อจาก ${keyTh(a.field)} เขียนไม่ถูกรูปแบบ`,
      fix: () => 'เทียบกับแบบฟอร์มที่คำสั่ง gecc init สร้าง หรือดูคำอธิบายของข้อด้วยคำสั่ง gecc criteria ตามด้วยรหัสข้อ',
    },
    en: {
      text: (a) => `${a.field} is not valid (${a.detail})`,
      fix: () => 'Compare it with the form gecc init writes, or see gecc criteria.',
    },
  }),
};

const EXPECTED_TH = {
  text: 'ข้อความ',
  number: 'ตัวเลข',
  'whole-number': 'จำนวนเต็ม (ไม่มีทศนิยม)',
  section: 'หัวข้อย่อยในบรรทัดถัดไปที่เว้นวรรคเข้าไปด้านใน',
  'file-list': 'ชื่อไฟล์ หรือรายการชื่อไฟล์',
  'yes-no': 'คำตอบ มี หรือ ไม่มี',
} as const;
const EXPECTED_EN = {
  text: 'text',
  number: 'a number',
  'whole-number': 'a whole number',
  section: 'a section with indented keys under it',
  'file-list': 'a file name or a list of file names',
  'yes-no': 'มี or ไม่มี',
} as const;
const EXPECTED_FIX_TH = {
  text: 'เขียนข้อความต่อจากเครื่องหมาย : ในบรรทัดเดียวกัน ถ้าข้อความยาวหลายบรรทัด ให้พิมพ์ | ต่อจาก : แล้วขึ้นบรรทัดใหม่ เว้นวรรคหน้าข้อความเข้าไปมากกว่าหัวข้อ 2 ช่อง',
  number: 'ใส่ตัวเลขอย่างเดียว เช่น score: 2 (ไม่ต้องมีคำว่า คะแนน และไม่ต้องมีเครื่องหมายคำพูด)',
  'whole-number': 'ใส่คะแนนเป็นจำนวนเต็ม ไม่มีจุดทศนิยม เช่น score: 2',
  section: 'ขึ้นบรรทัดใหม่ แล้วเว้นวรรคหัวข้อย่อยเข้าไป 2 ช่อง ตามแบบที่ gecc init สร้าง',
  'file-list': 'เขียนเป็นรายการ เช่น files: [files/B01.pdf] หรือขึ้นบรรทัดใหม่ทีละไฟล์ขึ้นต้นด้วย "- "',
  'yes-no': 'พิมพ์ มี หรือ ไม่มี ต่อจากเครื่องหมาย : ในบรรทัดเดียวกัน เช่น P01: มี',
} as const;
const EXPECTED_FIX_EN = {
  text: 'Write the text after the colon, or use | and new lines for several lines.',
  number: 'Write a number, e.g. score: 2 (no quotes).',
  'whole-number': 'Scores are whole numbers, e.g. score: 2.',
  section: 'Put its keys on the following lines, indented by two spaces, as gecc init writes them.',
  'file-list': 'Write a list, e.g. files: [files/B01.pdf], or one "- " line per file.',
  'yes-no': 'Answer มี or ไม่มี.',
} as const;
