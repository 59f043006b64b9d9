import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { MESSAGES } from '../../src/findings/messages.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { stringify } from 'yaml';
import { displayWidth } from '../../src/report/display-width.js';
import { humanApplication } from '../../src/report/human-report.js';
import { wrapText } from '../../src/report/wrap-text.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { afterAll } from 'vitest';

afterAll(() => removeTempDirs());

const MARKS = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;
const SENTENCES = [
  'ไฟล์แนบมีขนาดเกิน 5 MB ระบบ GECC Online จะไม่รับไฟล์นี้ ให้ลดขนาดไฟล์ก่อนแนบ เช่น สแกนใหม่ที่ความละเอียด 150 dpi',
  'ผู้ลงนามในแบบประเมินความพร้อมต้องเป็นผู้อำนวยการสำนัก ไม่ใช่ผู้อำนวยการเขต',
  'น้ำใสใจจริงที่ทำให้ผู้ใหญ่ปรึกษาหารือกันอย่างกว้างขวางเพื่อการพัฒนาศูนย์ราชการสะดวก',
  'ข้อความภาษาไทยยาวมากโดยไม่มีช่องว่างเลยตั้งแต่ต้นจนจบเพื่อทดสอบการตัดบรรทัดที่ขอบคำเท่านั้น',
];

/** Where the wrapped lines were cut, as offsets into the text (spaces dropped at a break counted back in). */
function cuts(text: string, lines: string[]): number[] {
  const at: number[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset = text.indexOf(line, offset) + line.length;
    while (text[offset] === ' ') offset++;
    at.push(offset);
  }
  return at;
}

describe('wrapText', () => {
  it('keeps every line within the width and every word whole, cutting only between Thai words', () => {
    const wordStarts = (text: string) => new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index));
    for (const text of SENTENCES) {
      for (let width = 12; width <= 60; width += 4) {
        const lines = wrapText(text, width);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const cut of cuts(text, lines)) {
          expect(wordStarts(text), `${width}: ${lines.join(' | ')}`).toContain(cut);
          expect(MARKS.test(text.slice(cut))).toBe(false);
        }
      }
    }
  });

  it('never separates a consonant from its vowel or tone mark, whatever the text and width', () => {
    const thai = fc.constantFrom(...'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ็่้๊๋์ '.split(''), 'น้ำ', 'ผู้', 'ที่', 'A', '1');
    fc.assert(
      fc.property(fc.array(thai, { maxLength: 80 }), fc.integer({ min: 3, max: 40 }), (chars, width) => {
        const text = chars
          .join('')
          .replace(/^\s+|\s+$/g, '')
          .replace(/ {2,}/g, ' ')
          // a vowel or tone mark after a space belongs to no consonant: not Thai anyone types
          .replace(/ (?=[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E])/g, '');
        const lines = wrapText(text, width);
        const clusters = new Set([...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].map((g) => g.index));
        for (const cut of cuts(text, lines)) expect(clusters, lines.join(' | ')).toContain(cut);
        // a line is over the width only where one cluster alone is wider (never here)
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the text’s own new lines and empty lines', () => {
    expect(wrapText('บรรทัดแรก\n\nบรรทัดที่สาม', 40)).toEqual(['บรรทัดแรก', '', 'บรรทัดที่สาม']);
  });
});

describe('the human report wraps long messages under their mark', () => {
  it('at 100 columns by default, or the width given, with further lines indented', { timeout: 60_000 }, async () => {
    const spec = readyNewUnit();
    spec.unit.contact.phone = 21234567;
    delete spec.basic.B03;
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: new Date('2023-02-01T09:00:00+07:00') });
    for (const width of [100, 60]) {
      const text = humanApplication(app, { lang: 'th', color: false, width });
      const lines = text.split('\n');
      for (const finding of app.findings) {
        const { text: message, fix } = renderMessage(finding, 'th');
        for (const part of [message, ...(fix ? [fix] : [])]) {
          // the message is all there, its pieces on consecutive lines
          const start = lines.findIndex((line) => line.includes(wrapText(part, width - 8)[0]!.slice(0, 8)));
          expect(start, part).toBeGreaterThan(-1);
        }
      }
      const findingLines = lines.filter((line) => /^ {4}\S| {6}\S/.test(line));
      for (const line of findingLines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      const joined = lines.map((line) => line.trim()).join('');
      for (const finding of app.findings)
        expect(joined.replace(/ /g, '')).toContain(renderMessage(finding, 'th').text.replace(/ /g, '').replace(/\n/g, ''));
    }
  });
});

/** Every Thai message and fix gecc can print, with stand-in values for what the application fills in. */
function thaiMessages(): string[] {
  const values = new Proxy({}, { get: (_, key) => (key === 'toString' || typeof key === 'symbol' ? undefined : 'ค่าตัวอย่าง') });
  const names = new Proxy({}, { get: () => () => 'รองปลัดกรุงเทพมหานครที่กำกับราชการ' });
  const out: string[] = [];
  for (const spec of Object.values(MESSAGES) as { th: { text: (...a: unknown[]) => string; fix?: (...a: unknown[]) => string } }[]) {
    for (const render of [spec.th.text, spec.th.fix]) {
      try {
        const text = render?.(values, names);
        if (text) out.push(...text.split('\n'));
      } catch {
        // a message that needs real values (numbers, lists) is covered by the reports below
      }
    }
  }
  return out;
}

describe('Thai breaks between phrases, not inside a word the dictionary splits', () => {
  it('a line breaks at a space wherever the phrase fits on a line: never ลง|นาม, ผู้อำนวย|การ', () => {
    const texts = thaiMessages();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      for (let width = 30; width <= 100; width++) {
        const lines = wrapText(text, width);
        for (const cut of cuts(text, lines)) {
          if (text[cut - 1] === ' ') continue;
          // inside a phrase only where the phrase is wider than a whole line
          const start = text.lastIndexOf(' ', cut) + 1;
          const end = text.indexOf(' ', cut) === -1 ? text.length : text.indexOf(' ', cut);
          expect(displayWidth(text.slice(start, end)), `${width}: ${lines.join(' | ')}`).toBeGreaterThan(width);
        }
      }
    }
  });

  it('the wrong signer’s fix in a 92-column terminal', async () => {
    const spec = readyNewUnit();
    spec.readiness_form.signer_position = 'ผู้อำนวยการเขตพระนคร';
    const app = await checkApplication(writeApplication(tempDir(), spec), { now: new Date('2023-02-01T09:00:00+07:00') });
    const lines = humanApplication(app, { lang: 'th', color: false, width: 92 }).split('\n');
    const fix = lines.findIndex((line) => line.startsWith('      วิธีแก้: ถ้าผู้ที่ลงนาม'));
    expect(lines.slice(fix, fix + 3)).toEqual([
      '      วิธีแก้: ถ้าผู้ที่ลงนามเป็นรองปลัดกรุงเทพมหานครที่กำกับราชการอยู่แล้ว ให้แก้ signer_position',
      '      เป็นตำแหน่งเต็มตามที่พิมพ์ในแบบประเมิน ถ้าไม่ใช่',
      '      ให้เสนอแบบประเมินให้รองปลัดกรุงเทพมหานครที่กำกับราชการลงนาม แล้วแก้ signer และ signer_position',
    ]);
  });

  it('a quoted example stays whole on one line, its spaces kept (the Tab fix)', async () => {
    const spec = readyNewUnit();
    const yamlText = stringify(spec, { lineWidth: 0 }).replace('  P03: มี', '\tP03: มี');
    const app = await checkApplication(writeApplication(tempDir(), spec, { yamlText }), { now: new Date('2023-02-01T09:00:00+07:00') });
    const text = humanApplication(app, { lang: 'th', color: false });
    expect(text).toContain(
      '      วิธีแก้: ลบ Tab หน้าบรรทัด 18 แล้วเคาะ Space แทน ให้เริ่มตรงกับบรรทัดอื่นในหัวข้อเดียวกัน (ชั้นละ 2 ช่อง เช่น\n      "  P03: มี")\n',
    );
    expect(text).not.toMatch(/"\n/);
    expect(wrapText('ให้เว้น 2 ช่อง เช่น "  P03: มี" แล้วบันทึก', 24)).toEqual(['ให้เว้น 2 ช่อง เช่น', '"  P03: มี" แล้วบันทึก']);
  });

  it('never starts a line with ๆ', () => {
    for (let width = 8; width <= 30; width++)
      for (const line of wrapText('เอกสารต่าง ๆ ที่หน่วยงานอื่น ๆ ใช้', width)) expect(line.startsWith('ๆ'), line).toBe(false);
  });
});
