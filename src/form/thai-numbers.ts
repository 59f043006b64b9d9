import type { Lang } from '../lang.js';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Arabic digits to Thai digits (๐-๙), as official Thai documents often set numbers. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
}

/**
 * A date as official documents write it, in Bangkok: Thai "1 กุมภาพันธ์ พ.ศ. 2566" (the
 * Buddhist era, which Intl gives for th-TH), English "1 February 2023".
 */
export function formatOfficialDate(date: Date, lang: Lang): string {
  if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Bangkok' }).format(date);
  const parts = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Bangkok',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} พ.ศ. ${part('year')}`;
}
