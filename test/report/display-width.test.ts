import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/display-width.js';

/** what every text was measured by before plain text had a way of its own */
const measured = (text: string) => stringWidth(text.replace(/\u0E33/g, '\u0E4D\u0E32').replace(/\u0EB3/g, '\u0ECD\u0EB2'));

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const PLAIN_CHARACTERS = [...range(0x20, 0x7e), ...range(0x0e01, 0x0e3a), ...range(0x0e3f, 0x0e5b), ...'·×–—‘’“”•…→✔✖⚠'];
const plainText = fc.array(fc.constantFrom(...PLAIN_CHARACTERS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('display width', () => {
  it('plain text (ASCII, Thai, the marks of the reports) measures as string-width measures it', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(displayWidth(text)).toBe(measured(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['น้ำ', 2],
    ['ผู้อำนวยการ', 9],
    ['ำ', 1],
    ['่', 0],
    [' ่', 1],
    ['ผลการตรวจ: ✔ พร้อมส่ง (ข้อผิดพลาด 0 รายการ · คำเตือน 8 รายการ)', 57],
  ])('%s is %d columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(measured(text)).toBe(width);
  });

  it('any other text is still measured whole: wide characters, emoji, controls', () => {
    for (const text of ['日本語', 'ก👍🏽ข', '✔️', '\u001b[31mแดง\u001b[0m', 'e\u0301', 'tab\there', 'ก\u200dข']) {
      expect(displayWidth(text)).toBe(measured(text));
    }
    expect(displayWidth('日本')).toBe(4);
  });
});
