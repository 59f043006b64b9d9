/**
 * A new user's whole way with gecc edit, in Debian's Chromium: from `gecc edit` on an empty folder
 * to ✔ พร้อมส่ง, everything filled in and attached through the page (real PDFs and JPEGs), never
 * touching application.yaml. The screenshots of docs/editing.md come from here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';
import { type EditProcess, spawnEdit } from '../helpers/edit-server.js';
import { makeJpeg, makePng } from '../helpers/jpeg.js';
import { makePdf } from '../helpers/pdf.js';
import { CHROMIUM } from './chromium.js';
import { launchChromium } from './playwright.js';

const artifacts = path.resolve(import.meta.dirname, '../../test-output/pages');
const images = process.env.UPDATE_DOCS ? path.resolve(import.meta.dirname, '../../docs/images') : artifacts;
let browser: Browser;
let edit: EditProcess | undefined;

beforeAll(async () => {
  if (!CHROMIUM) return;
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  edit?.child.kill('SIGINT');
  await edit?.exit;
  await browser?.close();
  removeTempDirs();
});

/** Types into a field and leaves it, as a person does. */
async function type(page: Page, name: string, value: string): Promise<void> {
  const field = page.locator(`[name="${name}"]`);
  await field.fill(value);
  await field.press('Tab');
}

/** Chooses a file for a field with its file button, and waits until the page says it is attached. */
async function attach(page: Page, name: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.setInputFiles(`input[type=file][name="${name}"]`, file);
  await page.locator(`[data-upload-state="${name}"] [data-state="saved"]`).waitFor({ timeout: 60_000 });
}

describe.skipIf(!CHROMIUM)('a new user with gecc edit', () => {
  it('goes from an empty folder to ✔ พร้อมส่ง without opening application.yaml', async () => {
    // started as the guide tells a unit: from the folder that holds the application's
    // (the page names the folder as it was given: no path of this machine shows in a screenshot)
    const parent = tempDir('gecc-edit-walk-');
    const dir = path.join(parent, 'ใบสมัคร-เขตพระนคร');
    fs.mkdirSync(dir);
    const env = childEnv({ GECC_CACHE_DIR: tempDir('gecc-edit-walk-cache-') });
    edit = spawnEdit(['ใบสมัคร-เขตพระนคร', '--no-open', '--port', '0'], env, parent);
    const url = await edit.url();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await page.goto(url);
    expect(new URL(page.url()).search).toBe('');

    // the empty folder: what kind of unit, and new or certified before
    await page.selectOption('[name="unit.kind"]', 'district-office');
    expect(await page.textContent('body')).toContain('ใบสมัคร-เขตพระนคร');
    expect(await page.textContent('body')).not.toContain(parent);
    await page.screenshot({ path: path.join(images, 'edit-start.png') });
    await page.click('#start-application');
    await page.waitForSelector('[data-ready="false"]');
    expect(fs.readdirSync(dir).sort()).toEqual(['application.yaml', 'files']);

    await type(page, 'unit.name', 'สำนักงานเขตพระนคร');
    await type(page, 'unit.parent', 'สำนักงานปลัดกรุงเทพมหานคร');
    await type(page, 'unit.contact.name', 'นางสาวตัวอย่าง ใจดี');
    await type(page, 'unit.contact.phone', '021234567');
    await type(page, 'unit.contact.email', 'gecc@example.go.th');
    await type(page, 'readiness_form.signer', 'นายตัวอย่าง ผู้ลงนาม');
    await type(page, 'readiness_form.signer_position', 'รองปลัดกรุงเทพมหานคร');
    await attach(page, 'readiness_form.file', {
      name: 'แบบประเมินความพร้อม.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf({ text: 'readiness form, signed' }),
    });

    const names = (await page.evaluate(`[...document.querySelectorAll('input, textarea, select')].map((n) => n.name)`)) as string[];
    for (const name of names.filter((n) => n.startsWith('physical.'))) await page.check(`[name="${name}"][value="มี"]`);

    // a picture that is not a JPEG is refused, with the reason beside the item; then the right file
    await page.setInputFiles('input[type=file][name="basic.B02.files"]', {
      name: 'แผนผังจุดบริการ.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await page.locator('[data-upload-state="basic.B02.files"] .refused').waitFor();
    await page.locator('#item-B02').screenshot({ path: path.join(images, 'edit-item.png') });

    const scores: Record<string, string> = { R01: '๗', R02: '6', R03: '5' };
    let n = 0;
    for (const text of names.filter((name) => /^(basic|advanced|outcome)\.\w+\.text$/.test(name))) {
      const [group, id] = text.split('.') as [string, string];
      n++;
      await type(page, text, `${id}: หน่วยงานดำเนินการตามเกณฑ์ข้อนี้แล้ว มีหลักฐานประกอบ`);
      const file =
        n % 5 === 0
          ? { name: `${id} ภาพถ่าย.jpg`, mimeType: 'image/jpeg', buffer: makeJpeg({ width: 48, height: 32, seed: n }) }
          : { name: `${id} หลักฐาน.pdf`, mimeType: 'application/pdf', buffer: makePdf({ pages: 1 + (n % 3), text: `evidence ${id}` }) };
      await attach(page, `${group}.${id}.files`, file);
      if (group === 'outcome') await type(page, `outcome.${id}.score`, scores[id]!);
    }

    const verdict = page.locator('[data-ready="true"]');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toContain('✔ พร้อมส่ง');
    // nothing was changed behind the page's back, and it says nothing of the kind
    expect(await page.textContent('#notice')).toBe('');
    await page.evaluate('window.scrollTo(0, 0)');
    expect(await page.textContent('body')).not.toContain(parent);
    await page.screenshot({ path: path.join(images, 'edit-ready.png') });

    // the folder the page wrote is what gecc check reads: ready, exit 0
    const checked = execFileSync(process.execPath, ['bin/gecc.js', 'check', dir], { env, encoding: 'utf8' });
    expect(checked).toContain('พร้อมส่ง');
    const text = fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8');
    expect(text).toContain('phone: "021234567"');
    expect(text).toContain('score: 7');
    await context.close();
  }, 900_000);
});
