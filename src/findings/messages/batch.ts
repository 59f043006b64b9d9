import { message } from '../message-spec.js';

type Found = 'empty' | 'zip' | 'other-yaml' | 'deeper' | 'documents';

const NO_ANSWERS_TH: Record<Found, (name?: string) => string> = {
  empty: () => 'โฟลเดอร์นี้ว่างเปล่า',
  zip: (name) => `มีไฟล์ ZIP ${name} ที่ยังไม่ได้แตกไฟล์`,
  'other-yaml': (name) => `พบไฟล์ ${name} แต่ไม่ได้ชื่อ application.yaml`,
  deeper: (name) => `พบ application.yaml อยู่ลึกลงไปที่ ${name}`,
  documents: () => 'มีแต่ไฟล์อื่น (เช่น เอกสาร Word หรือรูปภาพ) ไม่มีไฟล์คำตอบ',
};
const NO_ANSWERS_FIX_TH: Record<Found, (name?: string) => string> = {
  empty: () => 'ใส่ใบสมัครของหน่วยงาน (application.yaml และไฟล์แนบ) ในโฟลเดอร์นี้ หรือลบโฟลเดอร์ว่างนี้ออก',
  zip: (name) => `คลิกขวาที่ ${name} เลือก "แตกไฟล์ทั้งหมด" (Extract All) แล้วย้ายไฟล์ที่ได้มาไว้ในโฟลเดอร์นี้โดยตรง`,
  'other-yaml': (name) => `เปลี่ยนชื่อ ${name} เป็น application.yaml (ใน Windows ให้เปิดการแสดงนามสกุลไฟล์ก่อน เพราะชื่ออาจเป็น application.yaml.txt)`,
  deeper: (name) => `ย้าย application.yaml และไฟล์แนบจากโฟลเดอร์ของ ${name} ขึ้นมาไว้ในโฟลเดอร์นี้โดยตรง`,
  documents: () => 'ให้หน่วยงานส่ง application.yaml มาด้วย (สร้างได้ด้วยคำสั่ง gecc init) คำตอบในเอกสาร Word ตรวจไม่ได้',
};
const NO_ANSWERS_EN: Record<Found, (name?: string) => string> = {
  empty: () => 'the folder is empty',
  zip: (name) => `it holds a ZIP, ${name}, not extracted`,
  'other-yaml': (name) => `it holds ${name}, which is not named application.yaml`,
  deeper: (name) => `an application.yaml was found deeper down, in ${name}`,
  documents: () => 'it holds other files only (documents, pictures), no answers file',
};
const NO_ANSWERS_FIX_EN: Record<Found, (name?: string) => string> = {
  empty: () => "Put the unit's application (application.yaml and attachments) in it, or remove the empty folder.",
  zip: (name) => `Extract ${name} (right-click, Extract All) and move what it holds into this folder itself.`,
  'other-yaml': (name) =>
    `Rename ${name} to application.yaml (on Windows, show file name extensions first: it may be application.yaml.txt).`,
  deeper: (name) => `Move application.yaml and the attachments from ${name}'s folder up into this folder itself.`,
  documents: () => 'Ask the unit for its application.yaml (gecc init writes one): answers in a Word document cannot be checked.',
};

/** Findings about the entries of a batch folder (many units' applications side by side). */
export const batchMessages = {
  'batch.no-answers-file': message<{ folder: string; found: Found; name?: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้ตรวจ ${a.folder} เพราะไม่มีไฟล์คำตอบ application.yaml: ${NO_ANSWERS_TH[a.found](a.name)}`,
      fix: (a) => NO_ANSWERS_FIX_TH[a.found](a.name),
    },
    en: {
      text: (a) => `${a.folder} was not checked: no application.yaml in it; ${NO_ANSWERS_EN[a.found](a.name)}`,
      fix: (a) => NO_ANSWERS_FIX_EN[a.found](a.name),
    },
  }),
  'batch.found-one-level-deeper': message<{ folder: string; found: string }>({
    severity: 'info',
    th: {
      text: (a) =>
        `ใน ${a.folder} ไม่มี application.yaml แต่พบในโฟลเดอร์ย่อย ${a.found} (มักเกิดจากการแตกไฟล์ ZIP ด้วย "แตกไฟล์ทั้งหมด") จึงตรวจจากโฟลเดอร์ย่อยนั้น`,
      fix: (a) => `ย้ายไฟล์ทั้งหมดใน ${a.found} ขึ้นมาไว้ใน ${a.folder} โดยตรง ก่อนอัปโหลด`,
    },
    en: {
      text: (a) =>
        `${a.folder} has no application.yaml, but its sub-folder ${a.found} has one (what "Extract All" makes of a ZIP): that sub-folder was checked`,
      fix: (a) => `Move everything in ${a.found} up into ${a.folder} before uploading.`,
    },
  }),
  'batch.current-folder-not-application': message<{ folder: string; applications: number; names: string; first: string; others: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไม่ได้ตรวจ เพราะโฟลเดอร์ที่เปิดอยู่ (${a.folder}) ไม่ใช่โฟลเดอร์ใบสมัคร: ในนั้นพบใบสมัคร ${a.applications} โฟลเดอร์${a.names ? ` (${a.names})` : ''} และโฟลเดอร์หรือไฟล์อื่นอีก ${a.others} รายการ`,
      fix: (a) =>
        `${a.first ? `ระบุโฟลเดอร์ใบสมัครที่จะตรวจ เช่น gecc check "${a.first}" (หรือใช้คำสั่ง cd ไปที่โฟลเดอร์ใบสมัครก่อน แล้วสั่ง gecc check)` : 'ใช้คำสั่ง cd ไปที่โฟลเดอร์ใบสมัครก่อน แล้วสั่ง gecc check หรือระบุโฟลเดอร์ใบสมัครต่อท้ายคำสั่ง'} — ถ้าโฟลเดอร์นี้เป็นโฟลเดอร์รวมใบสมัครของหลายหน่วยงานจริง ให้สั่ง gecc check . เพื่อตรวจทุกโฟลเดอร์ในนี้`,
    },
    en: {
      text: (a) =>
        `Not checked: the current folder (${a.folder}) is not an application folder; it holds ${a.applications} application folder(s)${a.names ? ` (${a.names})` : ''} and ${a.others} other folders or files`,
      fix: (a) =>
        `${a.first ? `Name the application to check, e.g. gecc check "${a.first}" (or cd into it first, then gecc check)` : 'cd into the application folder first, then gecc check, or name the folder after the command'}. If this is a batch folder holding many units' applications, gecc check . checks every folder in it.`,
    },
  }),
  'batch.same-unit-name': message<{ unit: string; others: string }>({
    severity: 'info',
    th: {
      text: (a) => `มีใบสมัครของหน่วยงาน "${a.unit}" อยู่ในโฟลเดอร์อื่นด้วย: ${a.others}`,
      fix: () => 'ตรวจว่าโฟลเดอร์ใดเป็นใบสมัครที่หน่วยงานจะส่งจริง แล้วย้ายโฟลเดอร์อื่น (ฉบับเก่าหรือสำเนา) ออกจากโฟลเดอร์รวม',
    },
    en: {
      text: (a) => `Another folder of the batch holds an application of the same unit, "${a.unit}": ${a.others}`,
      fix: () =>
        'Find out which folder holds the application the unit will send, and move the other (an old version or a copy) out of the batch folder.',
    },
  }),
  'batch.zip-not-extracted': message<{ name: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้ตรวจ ${a.name} เพราะเป็นไฟล์ ZIP ที่ยังไม่ได้แตกไฟล์`,
      fix: (a) => `คลิกขวาที่ ${a.name} เลือก "แตกไฟล์ทั้งหมด" (Extract All) ให้ได้โฟลเดอร์ชื่อเดียวกันที่มี application.yaml แล้วตรวจอีกครั้ง`,
    },
    en: {
      text: (a) => `${a.name} was not checked: it is a ZIP, not extracted`,
      fix: (a) => `Extract ${a.name} (right-click, Extract All) into a folder of the same name holding application.yaml, then check again.`,
    },
  }),
  'batch.loose-answers-file': message<{ name: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้ตรวจ ${a.name} เพราะเป็นไฟล์คำตอบที่วางไว้นอกโฟลเดอร์ใบสมัคร`,
      fix: () => 'สร้างโฟลเดอร์ของหน่วยงานนั้น ย้ายไฟล์นี้เข้าไปโดยตั้งชื่อว่า application.yaml และวางไฟล์แนบไว้ในโฟลเดอร์เดียวกัน',
    },
    en: {
      text: (a) => `${a.name} was not checked: it is an answers file outside any application folder`,
      fix: () => "Make a folder for the unit, move this file into it as application.yaml, with the unit's attachments.",
    },
  }),
  'batch.broken-link': message<{ name: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้ตรวจ ${a.name} เพราะเป็นทางลัด (link) ที่ชี้ไปยังโฟลเดอร์ที่ไม่มีอยู่แล้ว`,
      fix: () => 'คัดลอกโฟลเดอร์ใบสมัครจริงมาไว้แทนทางลัด หรือลบทางลัดนี้ออก',
    },
    en: {
      text: (a) => `${a.name} was not checked: it is a link to something that no longer exists`,
      fix: () => 'Copy the real application folder here instead of the link, or remove the link.',
    },
  }),
  'batch.unreadable': message<{ folder: string; reason: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไม่ได้ตรวจ ${a.folder} เพราะเปิดโฟลเดอร์ไม่ได้ (${a.reason})`,
      fix: () => 'ตรวจสิทธิ์การเข้าถึงโฟลเดอร์ (คลิกขวา > Properties > Security) แล้วตรวจอีกครั้ง',
    },
    en: {
      text: (a) => `${a.folder} was not checked: the folder cannot be opened (${a.reason})`,
      fix: () => 'Check that you may open the folder, then check again.',
    },
  }),
};
