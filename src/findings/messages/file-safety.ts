import { kindNames } from '../../attachment-kinds.js';
import { formatMegabytes, message } from '../message-spec.js';

type Kind = 'fifo' | 'socket' | 'device' | 'folder' | 'other';

const KIND_TH: Record<Kind, string> = {
  fifo: 'ท่อส่งข้อมูล (FIFO)',
  socket: 'ช่องสื่อสารของโปรแกรม (socket)',
  device: 'อุปกรณ์ของระบบ (device)',
  folder: 'โฟลเดอร์',
  other: 'ไฟล์พิเศษของระบบ',
};
const KIND_EN: Record<Kind, string> = {
  fifo: 'a FIFO (named pipe)',
  socket: 'a socket',
  device: 'a device',
  folder: 'a folder',
  other: 'a special file',
};

/** Findings about files that are not what they claim to be: the answers file or an attachment that is no ordinary file. */
export const fileSafetyMessages = {
  'answers.link-outside': message<{ file: string }>({
    severity: 'error',
    th: {
      text: (a) => `${a.file} เป็นทางลัด (symbolic link) ที่ชี้ออกไปนอกโฟลเดอร์ใบสมัคร จึงไม่ถูกอ่าน`,
      fix: (a) => `คัดลอกไฟล์คำตอบจริงมาไว้ในโฟลเดอร์ใบสมัครแทนทางลัด โดยตั้งชื่อว่า ${a.file}`,
    },
    en: {
      text: (a) => `${a.file} is a symbolic link that leads outside the application folder; it is not read`,
      fix: (a) => `Copy the real answers file into the application folder as ${a.file}, instead of the link.`,
    },
  }),
  'answers.not-a-file': message<{ file: string; kind: Kind }>({
    severity: 'error',
    th: {
      text: (a) => `${a.file} ไม่ใช่ไฟล์ข้อความธรรมดา แต่เป็น${KIND_TH[a.kind]} จึงไม่ถูกอ่าน`,
      fix: (a) => `ลบ ${a.file} นี้ออก แล้วสร้างไฟล์คำตอบใหม่เป็นไฟล์ข้อความธรรมดา (ใช้คำสั่ง gecc init หรือโปรแกรม Notepad)`,
    },
    en: {
      text: (a) => `${a.file} is not an ordinary file but ${KIND_EN[a.kind]}; it is not read`,
      fix: (a) => `Remove this ${a.file} and write the answers in an ordinary text file (gecc init writes one).`,
    },
  }),
  'answers.too-large': message<{ file: string; limit: number; bytes?: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์คำตอบ ${a.file} ${a.bytes !== undefined ? `มีขนาด ${formatMegabytes(a.bytes)} MB ` : ''}ใหญ่เกิน ${formatMegabytes(a.limit)} MB ซึ่งไฟล์คำตอบจริงไม่มีทางใหญ่ขนาดนี้ จึงไม่ถูกอ่าน`,
      fix: () => `ตรวจว่าเลือกไฟล์ถูกต้อง ไฟล์คำตอบมีแต่ข้อความ (ไม่ใส่รูปหรือข้อมูลอื่นลงในไฟล์) ส่วนเอกสารประกอบให้แนบเป็นไฟล์ ${kindNames('th')} แยกต่างหาก`,
    },
    en: {
      text: (a) =>
        `The answers file ${a.file} ${a.bytes !== undefined ? `is ${formatMegabytes(a.bytes)} MB, ` : 'is '}larger than the ${formatMegabytes(a.limit)} MB limit (a real one is far smaller); it is not read`,
      fix: () => `Check that this is the right file: it holds text only; evidence goes in separate ${kindNames('en')} attachments.`,
    },
  }),
  'answers.too-many-entries': message<{ file: string; entries: number; limit: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์คำตอบ ${a.file} มีหัวข้อและคำตอบรวม ${a.entries.toLocaleString('en-US')} รายการ เกิน ${a.limit.toLocaleString('en-US')} รายการ (ใบสมัครจริงมีราว 1,500 รายการ) จึงไม่ถูกตรวจ`,
      fix: () => 'ตรวจว่าเลือกไฟล์ถูกต้อง แล้วเริ่มจากแบบฟอร์มที่ gecc init สร้าง: มีเฉพาะหัวข้อของเกณฑ์ และไฟล์แนบของแต่ละข้อไม่กี่ไฟล์',
    },
    en: {
      text: (a) =>
        `The answers file ${a.file} holds ${a.entries.toLocaleString('en-US')} keys and values, more than the ${a.limit.toLocaleString('en-US')} allowed (a real one has about 1,500); it is not checked`,
      fix: () =>
        'Check that this is the right file; start from the form gecc init writes, with the criteria headings and a few attachments per item.',
    },
  }),
  'file.not-regular': message<{ path: string; kind: Kind }>({
    severity: 'error',
    th: {
      text: (a) => `${a.path} ไม่ใช่ไฟล์ธรรมดา แต่เป็น${KIND_TH[a.kind]} จึงไม่ถูกอ่าน`,
      fix: () => `แนบไฟล์ ${kindNames('th')} จริงแทน`,
    },
    en: {
      text: (a) => `${a.path} is not an ordinary file but ${KIND_EN[a.kind]}; it is not read`,
      fix: () => `Attach a real ${kindNames('en')} file instead.`,
    },
  }),
};
