import { bangkokTime } from '../bangkok-time.js';
import { englishCount } from '../english-count.js';
import { message } from '../message-spec.js';

/** Dates as people in Bangkok read them: Buddhist era in Thai. */
const dateIn = (lang: 'th' | 'en', suffix: string) => (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : bangkokTime(lang, date) + suffix;
};
const when = { th: dateIn('th', ' น.'), en: dateIn('en', ' (Bangkok time)') };

/** Findings about the application window of the edition. */
export const windowMessages = {
  'window.open': message<{ closes: string; daysLeft: number }>({
    notTheApplications: true,
    severity: 'info',
    th: { text: (a) => `ระบบรับสมัครเปิดอยู่ ปิดรับ ${when.th(a.closes)} (เหลืออีก ${a.daysLeft} วัน)` },
    en: { text: (a) => `Applications are open until ${when.en(a.closes)} (${englishCount(a.daysLeft, 'day')} left)` },
  }),
  'window.not-open-yet': message<{ opens: string; daysUntil: number }>({
    notTheApplications: true,
    severity: 'info',
    th: {
      text: (a) => `ระบบยังไม่เปิดรับสมัคร จะเปิด ${when.th(a.opens)} (อีก ${a.daysUntil} วัน)`,
      fix: () => 'เตรียมข้อมูลให้พร้อมไว้ก่อน แล้วส่งเมื่อระบบเปิด',
    },
    en: {
      text: (a) => `Applications are not open yet: they open ${when.en(a.opens)} (in ${englishCount(a.daysUntil, 'day')})`,
      fix: () => 'Prepare now and send once it opens.',
    },
  }),
  'window.closed': message<{ closes: string }>({
    notTheApplications: true,
    severity: 'info',
    th: {
      text: (a) => `รอบรับสมัครตามเกณฑ์ปีนี้ปิดไปแล้วเมื่อ ${when.th(a.closes)} ผลการตรวจยังใช้เตรียมใบสมัครรอบถัดไปได้`,
      fix: () => 'วันเปิดรับสมัครรอบถัดไปให้ดูจากประกาศของหน่วยงานผู้ประสานงาน (หรือไฟล์เกณฑ์ที่หน่วยงานผู้ประสานงานให้มา)',
    },
    en: {
      text: (a) => `The round of this edition closed on ${when.en(a.closes)}; the check still serves to prepare for the next round`,
      fix: () => "See the coordinating division's notice (or the criteria file it hands out) for the next round's dates.",
    },
  }),
};
