/**
 * The HTML report as the coordinating division and a unit's staff use it, in a real browser
 * opened from a file (file://, no network): the batch overview and its links, the copy buttons
 * (clicked, then the clipboard read back), the "entered" ticks, and what printing hides.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { htmlReport } from '../../src/report/html-report.js';
import type { CheckReport } from '../../src/result.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { BROKEN_YAML } from '../batch/batch-fixtures.js';
import { needs } from '../helpers/reference-tools.js';
import { Browser, type Page } from './cdp.js';
import { CHROMIUM, printToPdf, screenshot } from './chromium.js';

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'test-output', 'pages');
const NOW = new Date('2023-02-01T09:00:00+07:00');

/** Texts a unit really writes, and what must survive a copy: Thai marks, quotes, markup, spacing, lines. */
const TRICKY = {
  B01: 'สำรวจความพึงพอใจผู้รับบริการ ๒ ครั้ง/ปี (ม.ค. และ มิ.ย.) — ร้อยละ ๙๒.๕\nผลสำรวจติดประกาศที่ "จุดบริการ" <ชั้น 1> & เว็บไซต์\n',
  B02: '  ย่อหน้าที่ขึ้นต้นด้วยช่องว่าง\tแท็บ และท้ายบรรทัดมีช่องว่าง   \n\nบรรทัดว่างข้างบน 😀 น้ำ ผู้ใหญ่ ฤๅษี',
  A01: '</script><script>document.title="pwned"</script>แผน <b>ปี</b> 2566',
  A02: 'ข้อความยาว '.repeat(200).trim(),
};

/** Letters and digits only: a PDF's text loses or moves Thai marks (as in print-pages.test.ts). */
const skeleton = (text: string) => text.normalize('NFKC').replace(/[^\u0E01-\u0E30\u0E32\u0E40-\u0E46\u0E50-\u0E59A-Za-z0-9]/g, '');

let report: CheckReport;
let file: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!CHROMIUM) return;
  const batch = tempDir('gecc-worksheet-');
  const first = readyNewUnit();
  for (const [id, text] of Object.entries(TRICKY)) (id.startsWith('B') ? first.basic : first.advanced)[id].text = text;
  writeApplication(path.join(batch, '01-พระนคร'), first);
  const returning = readyReturningUnit();
  returning.unit.name = 'ศูนย์บริการสาธารณสุข ๑ <สาขา>';
  writeApplication(path.join(batch, '02-ศูนย์'), returning);
  const notReady = readyNewUnit();
  notReady.unit.name = 'สำนักงานเขตบางรัก';
  delete notReady.basic.B03;
  notReady.physical.P07 = 'ไม่มี';
  writeApplication(path.join(batch, '03-บางรัก'), notReady);
  writeApplication(path.join(batch, '04-ไฟล์เสีย'), {}, { yamlText: BROKEN_YAML });
  report = await checkTargets([batch], { now: NOW });
  fs.mkdirSync(artifacts, { recursive: true });
  file = path.join(artifacts, 'batch-worksheet.html');
  fs.writeFileSync(file, htmlReport(report, { lang: 'th', generatedAt: NOW }));
  browser = Browser.launch();
  page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  removeTempDirs();
});

describe('the batch HTML report in a browser, opened from a file', () => {
  needs('chromium');
  it('starts with a table of every unit, each row linking to its section, each section linking back', async () => {
    const rows = await page.evaluate<string[][]>(
      `[...document.querySelectorAll('section.overview tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent.trim()))`,
    );
    expect(rows).toHaveLength(report.applications.length);
    // a unit's name, then its folder (two folders may give one name)
    const folder = (i: number) => report.applications[i]!.path;
    expect(rows.map((r) => r[1])).toEqual([
      `สำนักงานเขตพระนคร${folder(0)}`,
      `ศูนย์บริการสาธารณสุข ๑ <สาขา>${folder(1)}`,
      `สำนักงานเขตบางรัก${folder(2)}`,
      `${folder(3)} (อ่านไฟล์คำตอบไม่ได้)`,
    ]);
    expect(rows[0]).toEqual([
      '1',
      `สำนักงานเขตพระนคร${folder(0)}`,
      'สำนักงานเขต',
      'ใหม่',
      '14/14',
      '16/16',
      '54/54',
      '18/30',
      '✔ พร้อมส่ง',
      '0',
      '0',
    ]);
    expect(rows[2]!.slice(4, 9)).toEqual(['13/14', '15/16', '54/54', '18/30', '✖ ถูกตัดสิทธิ์']);
    expect(rows[3]!.slice(4, 8)).toEqual(['–', '–', '–', '–']);
    for (const [i, app] of report.applications.entries()) {
      const { errors, warnings } = {
        errors: app.findings.filter((f) => f.severity === 'error').length,
        warnings: app.findings.filter((f) => f.severity === 'warning').length,
      };
      expect(rows[i]!.slice(9)).toEqual([String(errors), String(warnings)]);
    }
    // every link leads to a section that is there, and the section is that unit's
    const links = await page.evaluate<{ href: string; target: string | null }[]>(
      `[...document.querySelectorAll('section.overview a')].map((a) => ({ href: a.getAttribute('href'), target: document.querySelector(a.getAttribute('href') + ' h2')?.textContent ?? null }))`,
    );
    expect(links.map((l) => l.target)).toEqual(report.applications.map((a) => a.unit.name ?? '(ไม่ระบุ)'));
    const backs = await page.evaluate<{ sections: number; withBack: number; hrefs: string[] }>(`(() => {
      const sections = [...document.querySelectorAll('section.application')];
      return { sections: sections.length, withBack: sections.filter((s) => s.querySelector(':scope > a.back[href="#overview"]')).length,
        hrefs: [...new Set([...document.querySelectorAll('a.back')].map((a) => a.getAttribute('href')))] };
    })()`);
    expect(backs).toEqual({ sections: 4, withBack: 4, hrefs: ['#overview'] });
    expect(await page.evaluate('!!document.getElementById("overview")')).toBe(true);
    // following a link moves to the section
    await page.click('section.overview tbody tr:nth-child(3) a');
    await expect.poll(() => page.evaluate('location.hash'), { timeout: 30_000 }).toBe('#app-3');
  });

  it("lists every item in the catalogue's order, with the files to attach: type, size and pages", async () => {
    const app = report.applications[0]!;
    const ids = await page.evaluate<string[]>(`[...document.querySelectorAll('#app-1 input.entered')].map((i) => i.dataset.item)`);
    const order = (['physical', 'basic', 'advanced', 'outcome'] as const).flatMap((g) => app.catalogue.groups[g].items.map((i) => i.id));
    expect(ids).toEqual(order);
    const b01 = await page.evaluate<string>(`document.querySelector('#app-1-B01').closest('td').textContent`);
    const pdf = app.attachments.find((a) => a.path === 'files/B01.pdf')!;
    expect(b01).toContain(`แนบไฟล์files/B01.pdf (PDF · ${pdf.bytes!.toLocaleString('en-US')} ไบต์ · ${pdf.pages} หน้า)`);
  });

  it('copies every text exactly as written, with a click, from a file with no network', { timeout: 180_000 }, async () => {
    const app = report.applications[0]!;
    const items = app.items.filter((i) => i.text !== undefined);
    expect(items.length).toBe(16 + 23 + 3);
    for (const item of items) {
      await page.click(`button.copy[aria-controls="app-1-${item.id}"]`);
      await expect.poll(() => page.clipboard(), { timeout: 30_000 }).toBe(item.text);
    }
    for (const [id, text] of Object.entries(TRICKY)) expect(app.items.find((i) => i.id === id)!.text).toBe(text);
    expect(await page.evaluate('document.title')).not.toBe('pwned');
    expect(await page.evaluate(`document.querySelector('button.copy[aria-controls="app-1-R03"]').textContent`)).toBe('คัดลอกแล้ว ✓');
    await page.click('button.copy[aria-controls="app-1-B01"]');
    await page.click('#app-1 input.entered[data-item="B01"]');
    await page.setViewport(1100, 1200);
    const png = await page.screenshot('#app-1 section.group:nth-of-type(2)', path.join(artifacts, 'batch-worksheet-basic.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.click('#app-1 input.entered[data-item="B01"]');
    // the other units' buttons copy their own texts
    const other = report.applications[2]!.items.find((i) => i.id === 'A05')!;
    await page.click('button.copy[aria-controls="app-3-A05"]');
    await expect.poll(() => page.clipboard(), { timeout: 30_000 }).toBe(other.text);
  });

  it('falls back to a selected text area and execCommand where the Clipboard API fails or is missing', { timeout: 120_000 }, async () => {
    const text = report.applications[0]!.items.find((i) => i.id === 'B01')!.text!;
    await page.evaluate(`(() => {
      window.realClipboard = navigator.clipboard;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      document.execCommandCalls = 0;
      const own = document.execCommand.bind(document);
      document.execCommand = (command, ...rest) => { document.execCommandCalls++; return own(command, ...rest); };
    })()`);
    await page.evaluate(`Clipboard.prototype.writeText.call(window.realClipboard, '')`);
    await page.click('button.copy[aria-controls="app-1-B01"]');
    await expect.poll(() => page.evaluate<string>('window.realClipboard.readText()'), { timeout: 30_000 }).toBe(text);
    expect(await page.evaluate('document.execCommandCalls')).toBe(1);
    // no Clipboard API at all (an old browser)
    await page.evaluate(`Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })`);
    const a03 = report.applications[0]!.items.find((i) => i.id === 'A03')!.text!;
    await page.click('button.copy[aria-controls="app-1-A03"]');
    await expect.poll(() => page.evaluate<string>('window.realClipboard.readText()'), { timeout: 30_000 }).toBe(a03);
    expect(await page.evaluate('document.querySelectorAll("textarea").length')).toBe(0);
    await page.reload();
  });

  it('keeps the ticks of what has been entered while the tab is open, and counts them', { timeout: 120_000 }, async () => {
    const count = () => page.evaluate<string>(`document.querySelector('.entered-count[data-app="1"][data-group="basic"]').textContent`);
    expect(await count()).toBe('0');
    await page.click('#app-1 input.entered[data-item="B01"]');
    await page.click('#app-1 input.entered[data-item="B02"]');
    expect(await page.evaluate(`document.querySelector('#app-1 input.entered[data-item="B01"]').checked`)).toBe(true);
    expect(await page.evaluate(`document.querySelector('#app-1 input.entered[data-item="B01"]').closest('tr').className`)).toBe(
      'entered-row',
    );
    expect(await count()).toBe('2');
    // another unit's B01 is its own
    expect(await page.evaluate(`document.querySelector('#app-2 input.entered[data-item="B01"]').checked`)).toBe(false);
    await page.reload();
    expect(
      await page.evaluate(`[...document.querySelectorAll('input.entered:checked')].map((i) => i.dataset.app + i.dataset.item)`),
    ).toEqual(['1B01', '1B02']);
    expect(await count()).toBe('2');
    await page.click('#app-1 input.entered[data-item="B02"]');
    await page.reload();
    expect(await count()).toBe('1');
  });

  it('hides the buttons and the back links when printed', { timeout: 180_000 }, async () => {
    const shown = () =>
      page.evaluate<number>(
        `[...document.querySelectorAll('button.copy, a.back')].filter((e) => getComputedStyle(e).display !== 'none').length`,
      );
    expect(await shown()).toBeGreaterThan(40);
    await page.emulateMedia('print');
    expect(await shown()).toBe(0);
    await page.emulateMedia('screen');

    const pdf = await printToPdf(file, path.join(artifacts, 'batch-worksheet.pdf'));
    const parser = new PDFParse({ data: pdf });
    try {
      const { pages } = await parser.getText();
      const all = skeleton(pages.map((p) => p.text).join('\n'));
      expect(all).not.toContain(skeleton('คัดลอกข้อความ'));
      expect(all).not.toContain(skeleton('กลับไปตารางสรุป'));
      expect(all).toContain(skeleton('กรอกแล้ว'));
      // the overview is the first page, and each unit's section starts on a page of its own
      expect(skeleton(pages[0]!.text)).toContain(skeleton('ตารางสรุปทุกหน่วยงาน'));
      expect(skeleton(pages[0]!.text)).toContain(skeleton('สำนักงานเขตบางรัก'));
      expect(skeleton(pages[1]!.text)).not.toContain(skeleton('ตารางสรุปทุกหน่วยงาน'));
    } finally {
      await parser.destroy();
    }
    await screenshot(file, path.join(artifacts, 'batch-worksheet.png'));
  });
});
