import { describe, expect, it } from 'vitest';
import { bangkokTime } from '../../src/findings/bangkok-time.js';

const intl = (locale: string, date: Date) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(date);

describe('a moment as people in Bangkok read it', () => {
  it('is written as Intl writes it, in Thai (Buddhist era) and in English', () => {
    const date = new Date('2023-02-01T09:00:00+07:00');
    expect(bangkokTime('th', date)).toBe('1 กุมภาพันธ์ 2566 เวลา 09:00');
    expect(bangkokTime('en', date)).toBe('1 February 2023 at 09:00');
  });

  it('turns the day, month and year over at midnight in Bangkok, not in UTC', () => {
    expect(bangkokTime('th', new Date('2024-12-31T17:00:00Z'))).toBe('1 มกราคม 2568 เวลา 00:00');
    expect(bangkokTime('en', new Date('2024-12-31T16:59:00Z'))).toBe('31 December 2024 at 23:59');
    expect(bangkokTime('en', new Date('2024-02-29T12:00:00+07:00'))).toBe('29 February 2024 at 12:00');
  });

  // the texts above are what Intl (this Node's ICU) writes; a moment of every month and hour agrees
  it('agrees with Intl.DateTimeFormat over every month and hour of two years', () => {
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7 * 3_600_000 + 61_000) {
      const date = new Date(t);
      expect(bangkokTime('th', date)).toBe(intl('th-TH', date));
      expect(bangkokTime('en', date)).toBe(intl('en-GB', date));
    }
  });
});
