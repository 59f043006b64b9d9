import { message } from '../message-spec.js';

/** Findings about the signed readiness self-assessment form (แบบประเมินความพร้อม). */
export const readinessFormMessages = {
  'readiness.missing': message({
    severity: 'error',
    th: {
      text: () => 'ยังไม่ได้แนบแบบประเมินความพร้อมที่ลงนามแล้ว (readiness_form) ซึ่งต้องแนบพร้อมใบสมัคร',
      fix: () => 'เพิ่มหัวข้อ readiness_form: พร้อม file (ไฟล์แบบประเมินที่ลงนามแล้ว), signer (ชื่อผู้ลงนาม) และ signer_position (ตำแหน่ง)',
    },
    en: {
      text: () => 'The signed readiness self-assessment form (readiness_form) is missing; it must go with the application',
      fix: () => 'Add readiness_form: with file (the signed form), signer (who signed) and signer_position (their position).',
    },
  }),
  'readiness.wrong-signer': message<{ position: string; expected: string; kind: string }>({
    severity: 'error',
    th: {
      text: (a) => `ผู้ลงนามในแบบประเมินความพร้อมเป็น "${a.position}" แต่${a.kind}ต้องให้${a.expected}ลงนาม`,
      fix: (a) => `เสนอแบบประเมินความพร้อมให้${a.expected}ลงนาม แล้วแก้ signer และ signer_position ให้ตรงกัน`,
    },
    en: {
      text: (a) => `The readiness form is signed by "${a.position}", but for ${a.kind} it must be signed by ${a.expected}`,
      fix: (a) => `Have ${a.expected} sign the form, then correct signer and signer_position.`,
    },
  }),
  'readiness.signer-not-checked': message({
    severity: 'info',
    th: { text: () => 'หน่วยงานประเภท "อื่น ๆ" : gecc ไม่ได้ตรวจตำแหน่งผู้ลงนาม', fix: () => 'ตรวจกับผู้ประสานงานว่าใครต้องลงนามในแบบประเมินความพร้อม' },
    en: {
      text: () => 'A unit of kind "other": the signer\'s position is not checked',
      fix: () => 'Ask the coordinating division who must sign the readiness form.',
    },
  }),
};
