import { message } from '../message-spec.js';

/** Findings about the unit's own details. */
export const unitMessages = {
  'unit.phone-not-quoted': message<{ value: string }>({
    severity: 'error',
    th: {
      text: (a) => `เบอร์โทรศัพท์ไม่ได้อยู่ในเครื่องหมายคำพูด เลข 0 ตัวหน้าจึงหายไป (อ่านได้เป็น ${a.value})`,
      fix: () => 'ใส่เบอร์ในเครื่องหมายคำพูด เช่น phone: "02 123 4567"',
    },
    en: {
      text: (a) => `The phone number is not quoted, so its leading 0 is lost (it reads as ${a.value})`,
      fix: () => 'Quote it, e.g. phone: "02 123 4567".',
    },
  }),
  'unit.email-invalid': message<{ value: string }>({
    severity: 'warning',
    th: { text: (a) => `อีเมลผู้ประสานงาน "${a.value}" ดูไม่ถูกต้อง`, fix: () => 'ตรวจอีเมล เช่น gecc@example.go.th' },
    en: { text: (a) => `The contact e-mail "${a.value}" does not look right`, fix: () => 'Check it, e.g. gecc@example.go.th.' },
  }),
  'unit.contact-missing': message({
    severity: 'error',
    th: {
      text: () => 'ยังไม่ได้กรอกผู้ประสานงาน (contact: ชื่อ เบอร์โทร อีเมล)',
      fix: () => 'เพิ่มหัวข้อ contact: ใต้ unit: พร้อม name, phone และ email ตามที่ต้องกรอกตอนลงทะเบียนใน GECC Online',
    },
    en: {
      text: () => 'No contact person (contact: name, phone, e-mail)',
      fix: () => 'Add contact: under unit: with name, phone and email, as GECC Online asks at registration.',
    },
  }),
  'unit.contact-field-missing': message<{ field: ContactField }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ยังไม่ได้กรอก${CONTACT_TH[a.field].label} (contact: ${a.field}) ซึ่ง GECC Online ถามตอนลงทะเบียน และหน่วยงานผู้ประสานงานใช้ติดต่อกลับ`,
      fix: (a) => `พิมพ์${CONTACT_TH[a.field].what}ต่อจาก ${a.field}: ใต้ contact: ${CONTACT_TH[a.field].how}เช่น ${CONTACT_EXAMPLE[a.field]}`,
    },
    en: {
      text: (a) =>
        `The contact ${CONTACT_EN[a.field].label} is missing (contact: ${a.field}): GECC Online asks for it at registration, and the coordinating division reaches the unit by it`,
      fix: (a) => `Write the ${CONTACT_EN[a.field].what} after ${a.field}: under contact:, e.g. ${CONTACT_EXAMPLE[a.field]}`,
    },
  }),
};

/** The contact person's fields, each of which GECC Online asks for. */
export type ContactField = 'name' | 'phone' | 'email';

const CONTACT_TH: Record<ContactField, { label: string; what: string; how: string }> = {
  name: { label: 'ชื่อผู้ประสานงาน', what: 'ชื่อผู้ประสานงาน', how: '' },
  phone: { label: 'เบอร์โทรศัพท์ผู้ประสานงาน', what: 'เบอร์โทรศัพท์', how: 'ในเครื่องหมายคำพูด ' },
  email: { label: 'อีเมลผู้ประสานงาน', what: 'อีเมล', how: '' },
};

const CONTACT_EN: Record<ContactField, { label: string; what: string }> = {
  name: { label: "person's name", what: 'name' },
  phone: { label: 'phone number', what: 'phone number, in quotes,' },
  email: { label: 'e-mail', what: 'e-mail' },
};

const CONTACT_EXAMPLE: Record<ContactField, string> = {
  name: 'name: นางสาวตัวอย่าง ใจดี',
  phone: 'phone: "02 123 4567"',
  email: 'email: gecc@example.go.th',
};
