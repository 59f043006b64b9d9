const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Bangkok keeps UTC+7 all year (no daylight saving time since 1920) */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/**
 * A moment as people in Bangkok read it, the way Intl.DateTimeFormat writes it with dateStyle
 * "long" and timeStyle "short" in the Asia/Bangkok zone: "1 กุมภาพันธ์ 2566 เวลา 09:00" (Buddhist
 * era) and "1 February 2023 at 09:00". Made by hand: the first Intl date format of a run loads the
 * locale's calendar data, which cost more than the rest of drawing a report.
 */
export function bangkokTime(lang: 'th' | 'en', date: Date): string {
  const local = new Date(date.getTime() + BANGKOK_OFFSET_MS);
  const day = local.getUTCDate();
  const month = local.getUTCMonth();
  const year = local.getUTCFullYear();
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return lang === 'th' ? `${day} ${THAI_MONTHS[month]} ${year + 543} เวลา ${time}` : `${day} ${ENGLISH_MONTHS[month]} ${year} at ${time}`;
}
