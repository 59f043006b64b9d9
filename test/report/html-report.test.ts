import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { checkTargets } from '../../src/check-targets.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { escapeHtml, html, trusted } from '../../src/report/html/escape-html.js';
import { htmlReport } from '../../src/report/html-report.js';
import { HTML_TEXT } from '../../src/report/html-text.js';
import { WORKSHEET_DATA_ID, WORKSHEET_SCRIPT } from '../../src/report/html/worksheet-script.js';
import type { CheckReport } from '../../src/result.js';
import { stringify } from 'yaml';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';

afterAll(() => removeTempDirs());

const NOW = new Date('2023-02-01T09:00:00+07:00');
const examples = path.resolve(import.meta.dirname, '../../examples');

async function reportOf(dir: string): Promise<CheckReport> {
  return checkTargets([dir], { now: NOW });
}

/**
 * The page without gecc's own two script elements (the worksheet's data block and its script,
 * at the end of the body): anything else that looks like a script came from an application.
 */
function withoutOwnScripts(page: string): string {
  const data = `<script type="application/json" id="${WORKSHEET_DATA_ID}">`;
  const start = page.lastIndexOf(data);
  expect(start).toBeGreaterThan(0);
  const end = page.indexOf(`<script>${WORKSHEET_SCRIPT}</script>`, start);
  expect(end).toBeGreaterThan(start);
  return page.slice(0, start) + page.slice(end + `<script>${WORKSHEET_SCRIPT}</script>`.length);
}

/** Markup outside the embedded fonts and styles: what the page shows. */
function bodyOf(page: string): string {
  return page.slice(page.indexOf('<body>'));
}

describe('escapeHtml and the html tag', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('สำนักงานเขตพระนคร 100%')).toBe('สำนักงานเขตพระนคร 100%');
  });

  it('escapes every interpolated value unless it is already safe markup', () => {
    const name = '<b>bold</b>';
    expect(html`<p title="${name}">${name}</p>`.value).toBe('<p title="&lt;b&gt;bold&lt;/b&gt;">&lt;b&gt;bold&lt;/b&gt;</p>');
    expect(html`<div>${html`<i>${'<x>'}</i>`}</div>`.value).toBe('<div><i>&lt;x&gt;</i></div>');
    expect(html`${['<a>', trusted('<br>')]}${undefined}${null}${false}${0}`.value).toBe('&lt;a&gt;<br>0');
  });
});

describe('htmlReport', () => {
  it("is one self-contained page: Sarabun embedded, gecc's own script alone, nothing fetched from a network", async () => {
    const page = htmlReport(await reportOf(path.join(examples, 'ready-new-unit')), { lang: 'th', generatedAt: NOW });
    // the only script the page may run is the worksheet's, allowed by its hash
    const hash = createHash('sha256').update(WORKSHEET_SCRIPT, 'utf8').digest('base64');
    expect(page).toContain(`script-src 'sha256-${hash}'`);
    expect(page).not.toContain("unsafe-inline' ; script");
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(withoutOwnScripts(page)).not.toMatch(/<script/i);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<html lang="th">');
    expect(page.match(/@font-face\{font-family:'Sarabun'/g)).toHaveLength(4);
    expect(page).toContain('src:url(data:font/woff2;base64,');
    expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(page).not.toMatch(/url\((?!data:)/);
    expect(page).toContain("default-src 'none'");
    // fonts are the bulk; the page stays small enough to mail
    expect(Buffer.byteLength(page)).toBeLessThan(250_000);
  });

  it('shows the unit, edition, verdict, scores against thresholds with a bar, and when it was made', async () => {
    const page = bodyOf(htmlReport(await reportOf(path.join(examples, 'ready-new-unit')), { lang: 'th', generatedAt: NOW }));
    expect(page).toContain('สำนักงานเขตพระนคร');
    expect(page).toContain('เกณฑ์มาตรฐานการให้บริการศูนย์ราชการสะดวก ประจำปี พ.ศ. 2566');
    expect(page).toContain('ผลการตรวจ: พร้อมส่ง');
    expect(page).toContain('ต้องได้อย่างน้อย 38');
    expect(page).toMatch(/class="bar"[^>]*aria-label="54\/54"/);
    expect(page).toContain('จัดทำเมื่อ 1 กุมภาพันธ์ 2566 เวลา 09:00');
  });

  it('shows every item with its text and its attachments: name, type, size, pages and SHA-256', async () => {
    const report = await reportOf(path.join(examples, 'ready-new-unit'));
    const app = report.applications[0]!;
    const page = bodyOf(htmlReport(report, { lang: 'th' }));
    for (const item of app.catalogue.groups.advanced.items) expect(page).toContain(`<strong>${item.id}</strong>`);
    const b01 = app.items.find((i) => i.id === 'B01')!;
    expect(page).toContain(escapeHtml(b01.text!));
    for (const attachment of app.attachments) {
      expect(page).toContain(escapeHtml(attachment.path));
      expect(page).toContain(attachment.sha256!);
    }
    // an item's file, which its item shows with type, size and pages
    const pdf = app.attachments.find((a) => a.type === 'pdf' && a.path.includes('B01'))!;
    expect(pdf.pages).toBeGreaterThan(0);
    expect(page).toContain(`PDF · ${pdf.bytes!.toLocaleString('en-US')} ไบต์ · ${pdf.pages} หน้า`);
  });

  it('shows every finding with its message and fix, in the language asked', async () => {
    const report = await reportOf(path.join(examples, 'not-ready-unit'));
    const app = report.applications[0]!;
    for (const lang of ['th', 'en'] as const) {
      const page = bodyOf(htmlReport(report, { lang }));
      for (const finding of app.findings) {
        const { text, fix } = renderMessage(finding, lang);
        expect(page).toContain(escapeHtml(text));
        if (fix) expect(page).toContain(escapeHtml(fix));
        expect(page).toContain(finding.code);
      }
    }
    expect(bodyOf(htmlReport(report, { lang: 'th' }))).toContain('ยังไม่พร้อมส่ง — ถูกตัดสิทธิ์');
    expect(bodyOf(htmlReport(report, { lang: 'en' }))).toContain('not ready to send — disqualified');
  });

  it('starts each group of criteria and the list of attachments on a new printed page', async () => {
    const page = htmlReport(await reportOf(path.join(examples, 'ready-returning-unit')), { lang: 'th' });
    expect(page).toContain('@page{size:A4');
    expect(page.match(/<section class="group page-break">/g)).toHaveLength(4);
    expect(page).toMatch(/<section class="page-break">\s*<h2>ไฟล์แนบทั้งหมด/);
    // a returning unit's basic items: the answer, no evidence asked
    expect(bodyOf(page)).toContain('คำตอบ: มี');
  });

  it('shows the type, size, pages and SHA-256 of a file named in a roundabout way (files/./B01.pdf)', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = ['files/./B01.pdf'];
    const dir = writeApplication(tempDir(), spec);
    const report = await checkTargets([dir], { now: NOW });
    const app = report.applications[0]!;
    expect(app.ready).toBe(true);
    expect(app.items.find((i) => i.id === 'B01')!.attachments).toEqual(['files/B01.pdf']);
    const page = bodyOf(htmlReport(report, { lang: 'th' }));
    const pdf = app.attachments.find((a) => a.path === 'files/B01.pdf')!;
    expect(pdf.pages).toBeGreaterThan(0);
    expect(page).toContain(
      `<div class="file">files/B01.pdf <span class="muted">(PDF · ${HTML_TEXT.th.bytes(pdf.bytes!)} · ${pdf.pages} หน้า)</span><div class="mono">SHA-256 ${pdf.sha256}</div></div>`,
    );
    expect(page).not.toContain('<div class="file">files/./B01.pdf</div>');
  });

  it('shows text from the application literally: markup and script in it never reach the page as markup', async () => {
    const spec = readyNewUnit();
    const attack = `<script>alert("x")</script><img src=x onerror=alert(1)> & <b>ตัวหนา</b> "quoted" 'single'`;
    spec.unit.name = `เขต<script>document.title='pwned'</script>`;
    spec.unit.parent = '</td></tr></table><h1>ปลอม</h1>';
    spec.unit.contact.email = '"><svg onload=alert(1)>@example.go.th';
    spec.readiness_form.signer = '<i>นาย</i>';
    spec.basic.B01.text = attack;
    spec.advanced.A03.files = ['files/<x>&"y".pdf'];
    spec.advanced.A04.files = ['files/missing-<b>.pdf'];
    const dir = writeApplication(tempDir(), spec, { omit: ['files/missing-<b>.pdf'] });
    const report = await checkTargets([dir], { now: NOW });
    report.applications[0]!.path = '<script>path</script>';
    for (const lang of ['th', 'en'] as const) {
      const whole = htmlReport(report, { lang });
      const page = withoutOwnScripts(whole);
      expect(page).not.toMatch(/<script/i);
      expect(whole.match(/<script/gi)).toHaveLength(2);
      // the texts to copy sit in the data block with every < escaped: nothing there can end it
      const data = whole.slice(whole.lastIndexOf(`id="${WORKSHEET_DATA_ID}">`));
      expect(data).toContain('\\u003cscript>alert(\\"x\\")\\u003c/script>');
      expect(page).not.toMatch(/<img|<svg|<b>|<i>|<h1>ปลอม/i);
      expect(page).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;ตัวหนา&lt;/b&gt; &quot;quoted&quot; &#39;single&#39;',
      );
      expect(page).toContain('เขต&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;');
      expect(page).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;ปลอม&lt;/h1&gt;');
      expect(page).toContain('files/&lt;x&gt;&amp;&quot;y&quot;.pdf');
      expect(page).toContain('missing-&lt;b&gt;.pdf');
      expect(page).toContain('&lt;i&gt;นาย&lt;/i&gt;');
    }
  });

  it('reports several applications one after another, each from a new page, with a summary', async () => {
    const root = tempDir();
    writeApplication(path.join(root, 'a'), readyNewUnit());
    writeApplication(path.join(root, 'b'), readyReturningUnit());
    const page = htmlReport(await checkTargets([root], { now: NOW }), { lang: 'th' });
    expect(page.match(/<section class="application" id="app-\d">/g)).toHaveLength(2);
    expect(page).toContain('.application+.application{break-before:page}');
    expect(page).toContain('ตรวจ 2 ใบสมัคร: พร้อมส่ง 2 · ยังไม่พร้อม 0');
  });

  it('reports an application whose answers could not be read', async () => {
    const dir = tempDir();
    const app = await checkApplication(dir, { now: NOW });
    const page = bodyOf(htmlReport({ applications: [app], summary: { applications: 1, ready: 0, notReady: 1 } }, { lang: 'th' }));
    expect(page).toContain('application.no-answers-file');
    expect(page).toContain('ไม่มีไฟล์แนบ');
  });
});

/** The score table's row of a group, by its title. */
function scoreRow(page: string, title: string): string {
  const start = page.indexOf(`<tr><td>${title}</td>`, page.indexOf('<table class="scores">'));
  expect(start, title).toBeGreaterThan(0);
  return page.slice(start, page.indexOf('</tr>', start));
}

describe('the scores in the HTML report', () => {
  it('a group with enough points but items still wrong: the bar is red as the word ไม่ผ่าน says, and the page says why', async () => {
    const whole = makePdf({ text: 'cut short' });
    const broken = whole.subarray(0, Math.floor(whole.length / 2));
    const root = tempDir();
    const dir = writeApplication(path.join(root, 'unit'), readyNewUnit(), { files: { 'files/A01.pdf': broken, 'files/A02.pdf': broken } });
    writeApplication(path.join(root, 'ready'), readyNewUnit());
    const report = await checkTargets([root], { now: NOW });
    const app = report.applications.find((a) => a.path.endsWith('unit'))!;
    expect(app.scores.advanced).toEqual({ score: 42, max: 54, required: 38 });
    const page = bodyOf(htmlReport({ ...report, applications: [app] }, { lang: 'th' }));
    const advanced = scoreRow(page, 'เกณฑ์ด้านคุณภาพ ระดับชั้นสูง');
    expect(advanced).toContain('<td class="num">42/54</td>');
    expect(advanced).toContain('<span class="fill short"');
    expect(advanced).toContain('<span class="fail">ไม่ผ่าน</span>');
    expect(advanced).toContain('ข้อ A01, A02 ยังมีข้อผิดพลาด');
    // a group that passes is green and says ผ่าน
    const basic = scoreRow(page, 'เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน');
    expect(basic).toContain('<span class="fill"');
    expect(basic).toContain('<span class="pass">ผ่าน</span>');
    expect(scoreRow(bodyOf(htmlReport({ ...report, applications: [app] }, { lang: 'en' })), 'Quality criteria, advanced')).toContain(
      'items A01, A02 still have errors',
    );
    // the batch's overview: the same verdict for the group as the unit's own page
    const overview = bodyOf(htmlReport(report, { lang: 'th' }));
    const row = overview.slice(overview.indexOf('<a href="#app-2">'), overview.indexOf('</tr>', overview.indexOf('<a href="#app-2">')));
    expect(row).toContain('<td class="num fail">42/54</td>');
    // two folders give the same unit name: each row also names its folder, as the terminal's table does
    expect(row).toContain(`<span class="folder">${dir.replaceAll('/', '/<wbr>')}</span>`);
  }, 60_000);

  it('an application whose answers cannot be read: no 0/14 and no ไม่ผ่าน, but the terminal\'s "scores not computed yet"', async () => {
    const root = tempDir();
    const broken = writeApplication(path.join(root, 'broken'), readyNewUnit(), {
      yamlText: stringify(readyNewUnit(), { lineWidth: 0 }).replace('  P03: มี', '\tP03: มี'),
    });
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    for (const dir of [broken, empty]) {
      const app = await checkApplication(dir, { now: NOW });
      const page = bodyOf(htmlReport({ applications: [app], summary: { applications: 1, ready: 0, notReady: 1 } }, { lang: 'th' }));
      const scores = page.slice(page.indexOf('<h3>คะแนน</h3>'), page.indexOf('<h3>รายการที่ต้องแก้</h3>'));
      expect(scores, dir).toContain('ยังไม่ได้คิดคะแนน เพราะ gecc ยังอ่านไฟล์คำตอบไม่ได้');
      expect(scores, dir).not.toMatch(/0\/14|0\/16|ไม่ผ่าน|class="bar"/);
      const en = bodyOf(htmlReport({ applications: [app], summary: { applications: 1, ready: 0, notReady: 1 } }, { lang: 'en' }));
      expect(en).toContain('Scores are not computed yet: the answers could not be checked.');
      expect(en).not.toContain('0/14');
    }
  }, 60_000);
});
