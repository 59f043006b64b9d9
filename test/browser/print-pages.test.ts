/**
 * The HTML report and the readiness form as a person sees them: rendered and printed to PDF by
 * a real browser, then read back. Screenshots and PDFs are kept in test-output/ to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { checkTargets } from '../../src/check-targets.js';
import { readinessFormHtml } from '../../src/form/readiness-form-html.js';
import { htmlReport } from '../../src/report/html-report.js';
import { GROUP_IDS } from '../../src/criteria/catalogue-groups.js';
import { needs } from '../helpers/reference-tools.js';
import { printToPdf, screenshot } from './chromium.js';

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'test-output', 'pages');
const NOW = new Date('2023-02-01T09:00:00+07:00');
const EXAMPLES = ['ready-new-unit', 'ready-returning-unit', 'not-ready-unit'] as const;

/**
 * Thai text as a PDF gives it back loses or moves marks above and below the line (tone marks,
 * sara i/ii/ue, mai han-akat…), sometimes as odd characters, and splits sara am: compare
 * only the letters and digits on the line.
 */
function skeleton(text: string): string {
  return text.normalize('NFKC').replace(/[^\u0E01-\u0E30\u0E32\u0E40-\u0E46\u0E50-\u0E59A-Za-z0-9]/g, '');
}

async function readPdf(data: Buffer): Promise<{ pages: string[] }> {
  const parser = new PDFParse({ data });
  try {
    const text = await parser.getText();
    return { pages: text.pages.map((p) => p.text) };
  } finally {
    await parser.destroy();
  }
}

/** Every page is A4 (595 × 842 points, give or take Chromium's rounding) and the text is set in Sarabun. */
function expectA4InSarabun(pdf: Buffer): void {
  const raw = pdf.toString('latin1');
  const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [w, h] of boxes) {
    expect(Math.abs(w! - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(h! - 841.89)).toBeLessThan(1.5);
  }
  expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Sarabun-Regular/);
  expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Sarabun-Bold/);
  // no Thai glyph fell back to a system font
  expect(raw).not.toMatch(
    /\/BaseFont\s*\/[A-Z]{6}\+(Loma|Garuda|Norasi|Kinnari|Laksaman|Waree|Umpush|Sawasdee|Purisa|TlwgTypo|NotoSansThai|NotoSerifThai)/,
  );
}

async function render(name: string, kind: 'report' | 'form', page: string) {
  fs.mkdirSync(artifacts, { recursive: true });
  const base = path.join(artifacts, `${name}-${kind}`);
  fs.writeFileSync(`${base}.html`, page);
  const pdf = await printToPdf(`${base}.html`, `${base}.pdf`);
  const png = await screenshot(`${base}.html`, `${base}.png`);
  return { pdf, png, ...(await readPdf(pdf)) };
}

describe('printed in a real browser (headless Chromium)', () => {
  needs('chromium');
  for (const name of EXAMPLES) {
    it(`the HTML report of ${name}: A4 in Sarabun, each group from a new page, Thai text intact`, { timeout: 180_000 }, async () => {
      const report = await checkTargets([path.join(root, 'examples', name)], { now: NOW });
      const app = report.applications[0]!;
      const { pdf, png, pages } = await render(name, 'report', htmlReport(report, { lang: 'th', generatedAt: NOW }));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expectA4InSarabun(pdf);

      const all = skeleton(pages.join('\n'));
      for (const text of [
        app.unit.name!,
        'รายงานผลการตรวจใบสมัครศูนย์ราชการสะดวก',
        app.ready ? 'ผลการตรวจ: พร้อมส่ง' : 'ยังไม่พร้อมส่ง',
        app.catalogue.title.th,
        'ลายนิ้วมือไฟล์',
      ]) {
        expect(all).toContain(skeleton(text));
      }
      for (const item of app.items) if (item.text) expect(all).toContain(skeleton(item.text));
      // the worksheet's buttons and screen help are not printed
      expect(all).not.toContain(skeleton('คัดลอกข้อความ'));
      for (const a of app.attachments) if (a.sha256) expect(all).toContain(a.sha256);

      // the first page holds the summary; each group of criteria, then the attachments, opens a page
      const starts = pages.map((p) => skeleton(p.slice(0, 200)));
      for (const group of GROUP_IDS)
        expect(starts.filter((s) => s.startsWith(skeleton(app.catalogue.groups[group].title.th)))).toHaveLength(1);
      expect(starts.filter((s) => s.startsWith(skeleton('ไฟล์แนบทั้งหมด')))).toHaveLength(1);
      expect(pages.length).toBeGreaterThanOrEqual(1 + GROUP_IDS.length + 1);
      expect(pages.length).toBeLessThanOrEqual(14);
    });
  }

  for (const name of ['ready-new-unit', 'ready-returning-unit'] as const) {
    it(`the readiness form of ${name}: three A4 pages in Sarabun, the signature block on the last`, { timeout: 180_000 }, async () => {
      const app = await checkApplication(path.join(root, 'examples', name), { now: NOW });
      const { pdf, pages } = await render(name, 'form', readinessFormHtml(app, { lang: 'th', date: NOW }));
      expectA4InSarabun(pdf);
      expect(pages).toHaveLength(3);
      const all = skeleton(pages.join('\n'));
      for (const text of [
        'แบบประเมินความพร้อมในการสมัครขอรับการรับรองมาตรฐานการให้บริการของ',
        app.unit.name!,
        app.unit.parent!,
        'ส่วนที่ 2 สรุปผลการประเมินตนเอง',
        'ไม่น้อยกว่า 38 คะแนน',
      ]) {
        expect(all).toContain(skeleton(text));
      }
      for (const item of app.catalogue.groups.physical.items) expect(all).toContain(skeleton(item.title.th));
      const last = skeleton(pages.at(-1)!);
      expect(last).toContain(skeleton('ลงชื่อ'));
      expect(last).toContain(skeleton(`(${app.readinessForm!.signer!})`));
      expect(last).toContain(skeleton('วันที่ 1 กุมภาพันธ์ พ.ศ. 2566'));
      // gecc's own small print stays on the screen, off the paper that is signed
      expect(all).not.toContain(skeleton('จัดทำจากไฟล์คำตอบของหน่วยงานด้วย gecc'));
      expect(all).not.toContain(skeleton('ผู้ลงนามตามเกณฑ์'));
      expect(all).not.toContain(skeleton('ร่าง'));
    });
  }

  it('the draft form of the disqualified example, in Thai digits, with its watermark', { timeout: 180_000 }, async () => {
    const app = await checkApplication(path.join(root, 'examples', 'not-ready-unit'), { now: NOW });
    const { pdf, pages } = await render(
      'not-ready-unit',
      'form',
      readinessFormHtml(app, { lang: 'th', date: NOW, draft: true, thaiDigits: true }),
    );
    expectA4InSarabun(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(4);
    const all = skeleton(pages.join('\n'));
    expect(all).toContain(skeleton('ร่าง — ใบสมัครนี้ยังไม่เป็นไปตามเกณฑ์'));
    expect(all).toContain(skeleton('วันที่ ๑ กุมภาพันธ์ พ.ศ. ๒๕๖๖'));
    // the watermark is on every page
    for (const page of pages) expect(skeleton(page)).toContain(skeleton('ร่าง'));
  });
});
