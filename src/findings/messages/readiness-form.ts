import type { UnitKind } from '../../criteria/unit-kinds.js';
import { message } from '../message-spec.js';

/** Findings about the signed readiness self-assessment form (แบบประเมินความพร้อม). */
export const readinessFormMessages = {
  'readiness.missing': message({
    severity: 'error',
    th: {
      text: () => 'ยังไม่ได้แนบแบบประเมินความพร้อมที่ลงนามแล้ว (readiness_form) ซึ่งต้องแนบพร้อมใบสมัคร',
      fix: () =>
        'พิมพ์แบบประเมินด้วยคำสั่ง gecc form ให้ผู้มีอำนาจลงนาม สแกนเป็น PDF แล้วเพิ่มหัวข้อ readiness_form: พร้อม file (ไฟล์แบบประเมินที่ลงนามแล้ว), signer (ชื่อผู้ลงนาม) และ signer_position (ตำแหน่ง)',
    },
    en: {
      text: () => 'The signed readiness self-assessment form (readiness_form) is missing; it must go with the application',
      fix: () =>
        'Print the form with gecc form, have it signed and scanned to a PDF, then add readiness_form: with file (the signed form), signer (who signed) and signer_position (their position).',
    },
  }),
  'readiness.wrong-signer': message<{ position: string; kind: UnitKind }>({
    severity: 'error',
    th: {
      text: (a, n) => `ผู้ลงนามในแบบประเมินความพร้อมเป็น "${a.position}" แต่${n.kind(a.kind)}ต้องให้${n.signer(a.kind)}ลงนาม`,
      fix: (a, n) =>
        `ถ้าผู้ที่ลงนามเป็น${n.signer(a.kind)}อยู่แล้ว ให้แก้ signer_position เป็นตำแหน่งเต็มตามที่พิมพ์ในแบบประเมิน ถ้าไม่ใช่ ให้เสนอแบบประเมินให้${n.signer(a.kind)}ลงนาม แล้วแก้ signer และ signer_position ให้ตรงกัน`,
    },
    en: {
      text: (a, n) =>
        `The readiness form is signed by "${a.position}", but for a ${n.kind(a.kind)} it must be signed by ${n.signer(a.kind)}`,
      fix: (a, n) =>
        `If the signer is ${n.signer(a.kind)}, write the position in full as printed on the form; if not, have ${n.signer(a.kind)} sign it, then correct signer and signer_position.`,
    },
  }),
  'readiness.signer-other-parent': message<{ position: string; parent: string; expected: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ผู้ลงนามในแบบประเมินความพร้อมเป็น "${a.position}" แต่หน่วยงานนี้สังกัด ${a.parent} จึงต้องให้${a.expected}ลงนาม (ผู้อำนวยการของสำนักที่หน่วยงานสังกัด)`,
      fix: (a) =>
        `ถ้าหน่วยงานสังกัด ${a.parent} จริง ให้เสนอแบบประเมินให้${a.expected}ลงนาม แล้วแก้ signer และ signer_position ให้ตรงกัน ถ้าสังกัดเขียนผิด ให้แก้ parent: ใต้ unit: เป็นชื่อสำนักที่หน่วยงานสังกัด`,
    },
    en: {
      text: (a) =>
        `The readiness form is signed by "${a.position}", but the unit belongs to ${a.parent}: it must be signed by ${a.expected}, the director of its own department`,
      fix: (a) =>
        `If the unit does belong to ${a.parent}, have ${a.expected} sign the form, then correct signer and signer_position; if parent is wrong, write there the department the unit belongs to.`,
    },
  }),
  'readiness.signer-parent-unknown': message<{ position: string; parent?: string; example: string }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ตรวจไม่ได้ว่าผู้ลงนาม "${a.position}" เป็นผู้อำนวยการของสำนักที่หน่วยงานสังกัดหรือไม่ เพราะ${
          a.parent === undefined ? 'ยังไม่ได้กรอกสังกัด (parent)' : `สังกัด (parent) "${a.parent}" ไม่มีชื่อสำนัก`
        }`,
      fix: (a) =>
        `${a.parent === undefined ? 'กรอก' : 'แก้'} parent: ใต้ unit: เป็นชื่อสำนักที่หน่วยงานสังกัด เช่น parent: ${a.example} (แบบประเมินต้องให้ผู้อำนวยการของสำนักที่หน่วยงานสังกัดลงนาม)`,
    },
    en: {
      text: (a) =>
        `Whether "${a.position}" directs the department the unit belongs to cannot be checked: ${
          a.parent === undefined ? 'unit.parent is not filled in' : `unit.parent "${a.parent}" names no department`
        }`,
      fix: (a) =>
        `Write the department the unit belongs to as parent: under unit:, e.g. parent: ${a.example} (the director of the unit's own department signs the form).`,
    },
  }),
  'readiness.signer-short-form': message<{ position: string; kind: UnitKind }>({
    severity: 'error',
    th: {
      text: (a, n) =>
        `ตำแหน่งผู้ลงนาม "${a.position}" เป็นคำย่อหรือเขียนไม่ครบ gecc จึงบอกไม่ได้ว่าเป็น${n.signer(a.kind)}ตามที่${n.kind(a.kind)}ต้องให้ลงนามหรือไม่`,
      fix: (a, n) => `เขียนตำแหน่งเต็มตามที่พิมพ์ในแบบประเมิน เช่น ${n.signer(a.kind)} (ถ้าผู้ลงนามเป็นผู้มีอำนาจลงนามที่ถูกต้องอยู่แล้ว ไม่ต้องลงนามใหม่)`,
    },
    en: {
      text: (a, n) =>
        `The signer's position "${a.position}" is a short form or cut short: gecc cannot tell whether it is ${n.signer(a.kind)}, who must sign for a ${n.kind(a.kind)}`,
      fix: () => 'Write the position in full, as printed on the form; the form need not be signed again if the signer is right.',
    },
  }),
  'readiness.signer-not-checked': message({
    severity: 'info',
    th: { text: () => 'หน่วยงานประเภท "อื่น ๆ": gecc ไม่ได้ตรวจตำแหน่งผู้ลงนาม', fix: () => 'ตรวจกับผู้ประสานงานว่าใครต้องลงนามในแบบประเมินความพร้อม' },
    en: {
      text: () => 'A unit of kind "other": the signer\'s position is not checked',
      fix: () => 'Ask the coordinating division who must sign the readiness form.',
    },
  }),
};
