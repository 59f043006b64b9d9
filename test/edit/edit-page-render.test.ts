import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EditServer } from '../../src/edit/edit-server.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { editServer, pageHeaders, raw } from '../helpers/edit-server.js';

/** Points 5–8 of `gecc edit`: what the page holds, as served. */
const servers: EditServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  removeTempDirs();
});

async function pageOf(spec: object, lang: 'th' | 'en' = 'th'): Promise<string> {
  const server = await editServer(writeApplication(tempDir('gecc-edit-render-'), spec), { lang });
  servers.push(server);
  const answer = await raw(server, { path: '/', headers: pageHeaders(server) });
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('the editing page', () => {
  it('asks a returning unit only มี / ไม่มี for its basic items', async () => {
    const body = await pageOf(readyReturningUnit());
    expect(body).toContain('name="basic.B01.answer" value="มี" checked');
    expect(body).toContain('name="basic.B01.answer" value="ไม่มี"');
    expect(body).not.toContain('name="basic.B01.text"');
    expect(body).not.toContain('name="basic.B01.files"');
    // the other groups keep their text, files and scores
    expect(body).toContain('name="advanced.A01.text"');
    expect(body).toContain('name="outcome.R01.score"');
  });

  it('lists every group and item in GECC Online order, with links at the top', async () => {
    const body = await pageOf(readyNewUnit());
    const order = [
      'id="section-unit"',
      'id="section-readiness_form"',
      'id="item-P01"',
      'id="item-P14"',
      'id="item-B01"',
      'id="item-B16"',
      'id="item-A01"',
      'id="item-A23"',
      'id="item-R03"',
    ];
    const at = order.map((marker) => body.indexOf(marker));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const id of ['P01', 'B16', 'A23', 'R03']) expect(body).toContain(`href="#item-${id}"`);
  });

  it("lists the items not answered at the top, as GECC Online's red box does, each a link to its item, the verdict in words", async () => {
    const spec = readyNewUnit();
    spec.basic.B03.text = null;
    spec.advanced.A07 = { text: null, files: [] };
    const body = await pageOf(spec);
    expect(body).toContain('ตอบคำถามไม่ครบ (2 ข้อ)');
    const missing = body.slice(body.indexOf('<ul class="missing">'), body.indexOf('</ul>', body.indexOf('<ul class="missing">')));
    expect(missing).toContain('href="#item-B03"');
    expect(missing).toContain('href="#item-A07"');
    expect(body).toContain('id="item-B03"');
    // status in words and marks, never by colour alone
    expect(body).toMatch(/data-ready="false"[^>]*>[^<]*✖ ยังไม่พร้อมส่ง/);
  });

  it('shows application text escaped, never as markup', async () => {
    const spec = readyNewUnit();
    spec.unit.name = '<script>alert(1)</script>เขต';
    spec.basic.B01.text = '</textarea><img src=x onerror=alert(1)>';
    const body = await pageOf(spec);
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;');
    // the data block for the page's script cannot be closed by a value
    expect(body.match(/<\/script>/g)?.length).toBe(2);
  });

  it('is in English with --lang en, the answers as written', async () => {
    const body = await pageOf(readyNewUnit(), 'en');
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Name of the unit');
    expect(body).toContain('ready to send');
    expect(body).toContain('value="มี" checked');
  });

  it('names a folder given as "." (gecc edit with no folder) by its own name, on the page, the start page and the upload-day page', async () => {
    const dir = writeApplication(path.join(tempDir('gecc-edit-render-'), 'สำนักงานเขตพระนคร'), readyNewUnit());
    const server = await editServer(`${dir}${path.sep}.`);
    servers.push(server);
    const page = (await raw(server, { path: '/', headers: pageHeaders(server) })).body;
    expect(page).toContain('โฟลเดอร์ใบสมัคร: <span class="mono-ish">สำนักงานเขตพระนคร</span>');
    const uploadDay = (await raw(server, { path: '/upload-day', headers: pageHeaders(server) })).body;
    expect(uploadDay).toMatch(/>สำนักงานเขตพระนคร</);
    expect(uploadDay).not.toMatch(/>\.</);

    const empty = path.join(tempDir('gecc-edit-render-'), 'ใบสมัครใหม่');
    fs.mkdirSync(path.join(empty, 'ตัวอย่าง'), { recursive: true });
    const starting = await editServer([empty, 'ตัวอย่าง', '..'].join(path.sep));
    servers.push(starting);
    const start = (await raw(starting, { path: '/', headers: pageHeaders(starting) })).body;
    expect(start).toContain('โฟลเดอร์ใบสมัคร: <span class="mono-ish">ใบสมัครใหม่</span>');
  });
});
