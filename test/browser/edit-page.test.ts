/**
 * The editing page (gecc edit) in Debian's Chromium, used as a person uses it: typing, choosing
 * and dropping files, another program saving the same file, the upload-day copy buttons. Each
 * change is checked in the bytes of the folder, and in what the page then shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { EditServer } from '../../src/edit/edit-server.js';
import { finding } from '../../src/findings/make-finding.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { type AppSpec, readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { editServer, folderState } from '../helpers/edit-server.js';
import { encryptedPdf } from '../helpers/hostile-pdf.js';
import { makeJpeg, makePng } from '../helpers/jpeg.js';
import { makePdf } from '../helpers/pdf.js';
import { CHROMIUM } from './chromium.js';
import { launchChromium } from './playwright.js';

const artifacts = path.resolve(import.meta.dirname, '../../test-output/pages');
// a shared machine under load: each save is checked again before the page shows it
vi.setConfig({ testTimeout: 240_000 });
const SLOW = { timeout: 60_000 };
let browser: Browser;
const servers: EditServer[] = [];

beforeAll(async () => {
  if (!CHROMIUM) return;
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await browser?.close();
  removeTempDirs();
});

/** A folder with the application, its server, and a tab on its page. */
async function opened(
  spec: AppSpec,
  options: { permissions?: string[] } = {},
): Promise<{ dir: string; server: EditServer; page: Page; context: BrowserContext; answers: () => string; data: () => AppSpec }> {
  const dir = writeApplication(tempDir('gecc-edit-page-'), spec);
  const server = await editServer(dir);
  servers.push(server);
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1300 },
    ...(options.permissions ? { permissions: options.permissions } : {}),
  });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('[data-ready]');
  const answers = () => fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8');
  return { dir, server, page, context, answers, data: () => parse(answers()) as AppSpec };
}

const ready = (page: Page) => page.getAttribute('[data-ready]', 'data-ready');

describe.skipIf(!CHROMIUM)('the editing page', () => {
  it('has exactly one element with data-ready, and every control named by its path with a visible Thai label', async () => {
    const { page } = await opened(readyNewUnit());
    expect(await page.locator('[data-ready]').count()).toBe(1);
    expect(await ready(page)).toBe('true');
    const names = (await page.evaluate(`[...document.querySelectorAll('input, textarea, select')].map((n) => n.name)`)) as string[];
    for (const name of [
      'unit.name',
      'unit.kind',
      'unit.contact.phone',
      'readiness_form.signer',
      'readiness_form.signer_position',
      'readiness_form.file',
      'physical.P01',
      'basic.B01.text',
      'basic.B01.files',
      'advanced.A01.score',
      'outcome.R01.score',
    ])
      expect(names).toContain(name);
    // every control has a label a person sees; scores take Thai digits; nothing cuts Thai text short
    const unlabelled = (await page.evaluate(`[...document.querySelectorAll('input, textarea, select')]
      .filter((control) => {
        const labels = [...(control.labels || [])];
        const legend = control.type === 'radio' ? control.closest('fieldset')?.querySelector('legend') : null;
        return !labels.some((l) => l.offsetParent !== null && l.textContent.trim() !== '') || (control.type === 'radio' && !legend);
      })
      .map((n) => n.name)`)) as string[];
    expect(unlabelled).toEqual([]);
    expect(await page.$$eval('[maxlength]', (nodes) => nodes.length)).toBe(0);
    expect(await page.getAttribute('[name="advanced.A01.score"]', 'inputmode')).toBe('numeric');
    expect(await page.getAttribute('[name="advanced.A01.score"]', 'type')).toBe('text');
    await page.screenshot({ path: path.join(artifacts, 'edit-page-top.png') });
  });

  it('saves a field when it is left, checks again, and shows the finding beside it; filled again, the finding goes', async () => {
    const { page, answers, data } = await opened(readyNewUnit());
    const before = answers();
    const name = page.locator('[name="unit.name"]');
    await name.fill('');
    await name.press('Tab');
    await expect.poll(() => data().unit.name, SLOW).toBeNull();
    await page.waitForSelector('[data-part="findings-unit"] li.error');
    expect(await ready(page)).toBe('false');
    expect(await page.textContent('[data-part="findings-unit"]')).toContain('วิธีแก้');

    await name.fill('สำนักงานเขตบางรัก');
    await name.press('Tab');
    await expect.poll(() => data().unit.name, SLOW).toBe('สำนักงานเขตบางรัก');
    await page.locator('[data-part="findings-unit"] li.error').first().waitFor({ state: 'detached' });
    expect(await ready(page)).toBe('true');
    // only the value's own bytes changed
    expect(answers()).toBe(before.replace('สำนักงานเขตพระนคร', 'สำนักงานเขตบางรัก'));
  });

  it('saves what is typed without the field being left, and a score in Thai digits as its number', async () => {
    const { page, data } = await opened(readyNewUnit());
    await page.locator('[name="advanced.A03.score"]').fill('๖');
    await expect.poll(() => data().advanced.A03.score, SLOW).toBe(6);
    await page.locator('[name="basic.B02.text"]').fill('บรรทัดแรก\nบรรทัดที่สอง "มีเครื่องหมายคำพูด"');
    await expect.poll(() => data().basic.B02.text, SLOW).toBe('บรรทัดแรก\nบรรทัดที่สอง "มีเครื่องหมายคำพูด"');
    await page.locator('[name="unit.contact.phone"]').fill('021234567');
    await page.locator('[name="unit.contact.phone"]').press('Tab');
    await expect.poll(() => data().unit.contact.phone, SLOW).toBe('021234567');
  });

  it('keeps what was typed when the tab is closed at once, before the pause after which typing is saved', async () => {
    const { page, data, context } = await opened(readyNewUnit());
    await page.locator('[name="basic.B03.text"]').fill('พิมพ์แล้วปิดแท็บทันที\nบรรทัดที่สอง');
    await page.close();
    await expect.poll(() => data().basic.B03.text, SLOW).toBe('พิมพ์แล้วปิดแท็บทันที\nบรรทัดที่สอง');
    await context.close();
  });

  it('attaches a file chosen with the file button: copied into files/ under its Thai name, listed with its type, size and pages', async () => {
    const { page, dir, data } = await opened(readyNewUnit());
    const pdf = makePdf({ pages: 2, text: 'evidence chosen in the page' });
    await page.setInputFiles('input[name="basic.B01.files"]', { name: 'หลักฐาน ข้อ 1.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect.poll(() => data().basic.B01.files, SLOW).toEqual(['files/B01.pdf', 'files/หลักฐาน ข้อ 1.pdf']);
    expect(fs.readFileSync(path.join(dir, 'files', 'หลักฐาน ข้อ 1.pdf'))).toEqual(pdf);
    const listed = page.locator('[data-part="files-basic.B01.files"] li', { hasText: 'หลักฐาน ข้อ 1.pdf' });
    await listed.waitFor();
    expect(await listed.textContent()).toMatch(/PDF.*2 หน้า.*✔ ใช้ได้/);

    // a name already taken gets another, never an overwrite
    const other = makePdf({ text: 'another B01' });
    const old = fs.readFileSync(path.join(dir, 'files', 'B01.pdf'));
    await page.setInputFiles('input[name="basic.B01.files"]', { name: 'B01.pdf', mimeType: 'application/pdf', buffer: other });
    await expect.poll(() => data().basic.B01.files.length, SLOW).toBe(3);
    expect(fs.readFileSync(path.join(dir, 'files', 'B01.pdf'))).toEqual(old);
    const added = (data().basic.B01.files as string[])[2]!;
    expect(added).not.toBe('files/B01.pdf');
    expect(fs.readFileSync(path.join(dir, added))).toEqual(other);

    // removing takes the reference off the item; the file stays
    await page.locator(`[data-part="files-basic.B01.files"] button[data-file="files/หลักฐาน ข้อ 1.pdf"]`).click();
    await expect.poll(() => data().basic.B01.files, SLOW).toEqual(['files/B01.pdf', added]);
    expect(fs.existsSync(path.join(dir, 'files', 'หลักฐาน ข้อ 1.pdf'))).toBe(true);
  });

  it('attaches a file dropped on the item', async () => {
    const { page, dir, data } = await opened(readyNewUnit());
    const jpeg = makeJpeg({ width: 64, height: 48, seed: 7 });
    // a drop as the browser makes it: a DataTransfer holding the file
    const transfer = await page.evaluateHandle(
      `(() => { const data = new DataTransfer(); data.items.add(new File([new Uint8Array(${JSON.stringify([...jpeg])})], 'ภาพถ่าย จุดบริการ.jpg', { type: 'image/jpeg' })); return data; })()`,
    );
    await page.dispatchEvent('[data-drop="advanced.A05.files"]', 'drop', { dataTransfer: transfer });
    await expect.poll(() => data().advanced.A05.files, SLOW).toEqual(['files/A05-photo.jpg', 'files/ภาพถ่าย จุดบริการ.jpg']);
    expect(fs.readFileSync(path.join(dir, 'files', 'ภาพถ่าย จุดบริการ.jpg'))).toEqual(jpeg);
    await page.locator('[data-part="files-advanced.A05.files"] li', { hasText: 'ภาพถ่าย จุดบริการ.jpg' }).waitFor();
  });

  it.each([
    ['a PNG picture', 'แผนผัง.png', () => makePng(), 'file.image-not-jpeg', { path: 'files/แผนผัง.png', detected: 'PNG' }],
    ['an encrypted PDF', 'ลับ.pdf', () => encryptedPdf({ userPassword: 'x', ownerPassword: 'y' }), undefined, undefined],
  ] as const)(
    'refuses %s before copying it, with the Thai finding and its fix as text in the page',
    async (_what, name, bytes, code, args) => {
      const { page, dir } = await opened(readyNewUnit());
      const before = folderState(dir);
      await page.setInputFiles('input[name="basic.B04.files"]', { name, mimeType: 'application/octet-stream', buffer: bytes() });
      const refused = page.locator('[data-upload-state="basic.B04.files"] .refused');
      await refused.waitFor();
      const shown = (await page.textContent('[data-upload-state="basic.B04.files"]'))!;
      expect(shown).toContain(`ไม่ได้แนบ ${name}`);
      expect(shown).toContain('วิธีแก้');
      if (code) {
        const expected = renderMessage(finding(code, args as never), 'th');
        expect(shown).toContain(expected.text);
        expect(shown).toContain(expected.fix!);
      }
      expect(folderState(dir)).toEqual(before);
    },
  );

  it('shows an edit saved by another program, without the page being touched', async () => {
    const { page, answers, dir } = await opened(readyNewUnit());
    const started = performance.now();
    fs.writeFileSync(path.join(dir, 'application.yaml'), answers().replace('นางสาวตัวอย่าง ใจดี', 'นายแก้ ในโน้ตแพด'));
    await expect.poll(() => page.inputValue('[name="unit.contact.name"]'), { ...SLOW, interval: 20 }).toBe('นายแก้ ในโน้ตแพด');
    // the issue asks for 2 s; measured in bench/edit.mjs, only reported here (a shared machine may be slow)
    console.log(`outside edit shown after ${(performance.now() - started).toFixed(0)} ms`);
    expect(await page.textContent('#notice')).toContain('ถูกแก้จากโปรแกรมอื่น');
  });

  it('asks which to keep when a field was changed both in the page and in another program, and overwrites nothing silently', async () => {
    const { page, answers, dir, data } = await opened(readyNewUnit());
    // the page hears nothing of the other program: its save finds the file changed under it
    await page.route('**/api/events', (route) => route.abort());
    await page.reload();
    const field = page.locator('[name="basic.B02.text"]');
    fs.writeFileSync(path.join(dir, 'application.yaml'), answers().replace('ดำเนินการตามเกณฑ์พื้นฐาน B02 ครบถ้วน', 'แก้ใน Notepad'));
    await field.fill('แก้ในหน้าเว็บ');
    await field.press('Tab');
    const box = page.locator('[data-conflict="basic.B02.text"]');
    await box.waitFor({ timeout: 90_000 });
    expect(await box.textContent()).toContain('แก้ใน Notepad');
    expect(data().basic.B02.text).toBe('แก้ใน Notepad');
    await box.locator('button[data-keep="mine"]').click();
    await expect.poll(() => data().basic.B02.text, SLOW).toBe('แก้ในหน้าเว็บ');
    await page.locator('[data-save-state="basic.B02.text"][data-state="saved"]').waitFor({ timeout: 90_000 });

    // and the other way: the file's value kept, the page shows it
    fs.writeFileSync(path.join(dir, 'application.yaml'), answers().replace('แก้ในหน้าเว็บ', 'แก้ใน VS Code'));
    await field.fill('อีกครั้งในหน้าเว็บ');
    await field.press('Tab');
    await box.waitFor({ timeout: 90_000 });
    await box.locator('button[data-keep="file"]').click();
    expect(await field.inputValue()).toBe('แก้ใน VS Code');
    expect(data().basic.B02.text).toBe('แก้ใน VS Code');
  }, 240_000);

  it('turns the verdict ready when the last missing answer is filled in', async () => {
    const spec = readyNewUnit();
    spec.basic.B03.text = null;
    const { page } = await opened(spec);
    expect(await ready(page)).toBe('false');
    expect(await page.textContent('.summary')).toContain('B03');
    await page.locator('[name="basic.B03.text"]').fill('จัดทำคู่มือการให้บริการแล้ว');
    await page.locator('[name="basic.B03.text"]').press('Tab');
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.textContent('[data-ready]')).toContain('✔ พร้อมส่ง');
  });

  it('opens the upload-day worksheet, whose copy buttons copy each text as written', async () => {
    const { page, data, server } = await opened(readyNewUnit(), { permissions: ['clipboard-read', 'clipboard-write'] });
    const day = await page.context().newPage();
    await day.goto(`http://127.0.0.1:${server.port}/upload-day`);
    const button = day.locator('button.copy').first();
    await button.click();
    await day.locator('button.copy[data-state="copied"]').first().waitFor();
    expect(await day.evaluate('navigator.clipboard.readText()')).toBe(data().basic.B01.text);
    await day.screenshot({ path: path.join(artifacts, 'edit-upload-day.png') });
  });
});
