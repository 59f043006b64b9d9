import { message } from '../message-spec.js';

/** Dates as people in Bangkok read them: Buddhist era in Thai. */
const dateIn = (locale: string, suffix: string) => (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(date) + suffix;
};
const when = { th: dateIn('th-TH', ' น.'), en: dateIn('en-GB', ' (Bangkok time)') };

/** Findings about the application window of the edition. */
export const windowMessages = {
  'window.open': message<{ closes: string; daysLeft: number }>({
    severity: 'info',
    th: { text: (a) => `ระบบรับสมัครเปิดอยู่ ปิดรับ ${when.th(a.closes)} (เหลืออีก ${a.daysLeft} วัน)` },
    en: { text: (a) => `Applications are open until ${when.en(a.closes)} (${a.daysLeft} days left)` },
  }),
  'window.not-open-yet': message<{ opens: string; daysUntil: number }>({
    severity: 'warning',
    th: {
      text: (a) => `ระบบยังไม่เปิดรับสมัคร จะเปิด ${when.th(a.opens)} (อีก ${a.daysUntil} วัน)`,
      fix: () => 'เตรียมข้อมูลให้พร้อมไว้ก่อน แล้วส่งเมื่อระบบเปิด',
    },
    en: {
      text: (a) => `Applications are not open yet: they open ${when.en(a.opens)} (in ${a.daysUntil} days)`,
      fix: () => 'Prepare now and send once it opens.',
    },
  }),
  'window.closed': message<{ closes: string }>({
    severity: 'warning',
    th: {
      text: (a) => `ระบบปิดรับสมัครของเกณฑ์ปีนี้แล้ว (ปิดเมื่อ ${when.th(a.closes)})`,
      fix: () => 'ตรวจว่าเลือกเกณฑ์ปีถูกต้อง (edition) หรือเตรียมสำหรับรอบถัดไป',
    },
    en: {
      text: (a) => `Applications for this edition closed on ${when.en(a.closes)}`,
      fix: () => 'Check the edition, or prepare for the next round.',
    },
  }),
};
