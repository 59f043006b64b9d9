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
    severity: 'warning',
    th: {
      text: () => 'ยังไม่ได้กรอกผู้ประสานงาน (contact: ชื่อ เบอร์โทร อีเมล)',
      fix: () => 'เพิ่มหัวข้อ contact: ใต้ unit: พร้อม name, phone และ email ตามที่ต้องกรอกตอนลงทะเบียนใน GECC Online',
    },
    en: {
      text: () => 'No contact person (contact: name, phone, e-mail)',
      fix: () => 'Add contact: under unit: with name, phone and email, as GECC Online asks at registration.',
    },
  }),
};
