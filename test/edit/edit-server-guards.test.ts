import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type EditServer, startEditServer } from '../../src/edit/edit-server.js';
import { answersWriter } from '../../src/edit/writer-binding.js';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { finding } from '../../src/findings/make-finding.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { escapeHtml } from '../../src/report/html/escape-html.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { editServer, folderState, pageHeaders, pagePost, raw } from '../helpers/edit-server.js';
import { makePdf } from '../helpers/pdf.js';

/**
 * Points 16–20 of `gecc edit`: each bad request sent raw, as an attacking page or program would
 * send it, refused with nothing changed in the folder.
 */
let dir: string;
let server: EditServer;
let before: Record<string, string>;
const spec = readyNewUnit();
const unitName = spec.unit.name as string;

beforeAll(async () => {
  dir = writeApplication(tempDir('gecc-edit-guards-'), spec);
  server = await editServer(dir);
  before = folderState(dir);
});

afterAll(async () => {
  await server.stop();
  removeTempDirs();
});

const save = JSON.stringify({ path: 'unit.name', value: 'ถูกแก้โดยเว็บอื่น', from: unitName });

describe('gecc edit answers only its own tab', () => {
  it('listens on 127.0.0.1 alone', async () => {
    // another address of this machine is not served: only the loopback one is bound
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const { networkInterfaces } = await import('node:os');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others.slice(0, 2)) {
      await expect(
        new Promise((resolve, reject) => {
          const socket = net.connect(server.port, address);
          socket.on('connect', () => {
            socket.destroy();
            resolve('connected');
          });
          socket.on('error', reject);
        }),
      ).rejects.toThrow();
    }
  });

  it('gives a request with neither token nor cookie a 4xx and no application data', async () => {
    for (const target of ['/', '/upload-day', '/api/instance', '/edit.css']) {
      const answer = await raw(server, { path: target, headers: { host: `127.0.0.1:${server.port}` } });
      expect(answer.status).toBe(401);
      expect(answer.body).not.toContain(unitName);
      expect(answer.body).not.toContain('application.yaml');
    }
    const state = await raw(server, {
      method: 'POST',
      path: '/api/state',
      headers: { ...pageHeaders(server), cookie: undefined },
      body: '{}',
    });
    expect(state.status).toBe(401);
    expect(state.body).not.toContain(unitName);
  });

  it('exchanges the token for an HttpOnly, SameSite=Strict cookie named by the port, and takes the token out of the address', async () => {
    const answer = await raw(server, { path: `/?token=${server.token}`, headers: { host: `127.0.0.1:${server.port}` } });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const cookie = answer.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^gecc-edit-${server.port}=[\\w-]+; HttpOnly; SameSite=Strict; Path=/$`));
    expect(cookie).not.toContain(server.token);
    const page = await raw(server, { path: '/', headers: { host: `127.0.0.1:${server.port}`, cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(unitName);
  });

  it('refuses a wrong token', async () => {
    const answer = await raw(server, { path: `/?token=${'x'.repeat(32)}`, headers: { host: `127.0.0.1:${server.port}` } });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    ['a rebinding name', 'attacker.example'],
    ['another port', '127.0.0.1:1'],
    ['no port', '127.0.0.1'],
  ])('refuses a Host that is %s, even with the cookie and a right Origin', async (_what, host) => {
    const read = await raw(server, { path: '/', headers: { ...pageHeaders(server), host } });
    expect(read.status).toBe(421);
    expect(read.body).not.toContain(unitName);
    const change = await raw(server, { method: 'POST', path: '/api/save', headers: { ...pageHeaders(server), host }, body: save });
    expect(change.status).toBe(421);
    expect(folderState(dir)).toEqual(before);
  });

  it.each([
    ['no Origin', { origin: undefined }],
    ['a foreign Origin', { origin: 'https://attacker.example' }],
    ['a page on another local port', { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-site' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['no Sec-Fetch-Site', { 'sec-fetch-site': undefined }],
  ])('refuses a change with %s, and writes nothing', async (_what, change) => {
    for (const [target, body, type] of [
      ['/api/save', save, 'application/json'],
      ['/api/remove', JSON.stringify({ path: 'basic.B01.files', file: 'files/B01.pdf' }), 'application/json'],
      ['/api/stop', '{}', 'application/json'],
      ['/api/upload?path=basic.B01.files&name=x.pdf', '%PDF-1.4 not much', 'application/octet-stream'],
    ] as const) {
      const answer = await raw(server, { method: 'POST', path: target, headers: { ...pageHeaders(server, type), ...change }, body });
      expect(answer.status).toBe(403);
    }
    expect(folderState(dir)).toEqual(before);
  });

  it('opens the live stream only for the page itself', async () => {
    const answer = await raw(server, {
      method: 'POST',
      path: '/api/events',
      headers: { ...pageHeaders(server), origin: 'http://127.0.0.1:9' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain(unitName);
    const asRead = await raw(server, { path: '/api/events', headers: pageHeaders(server) });
    expect(asRead.status).toBe(405);
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded', 'path=unit.name&value=x'],
    ['a multipart form', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="path"\r\n\r\nunit.name\r\n--b--'],
    ['plain text', 'text/plain', save],
  ])('refuses %s (what a foreign page can send without asking), and writes nothing', async (_what, type, body) => {
    const answer = await raw(server, { method: 'POST', path: '/api/save', headers: pageHeaders(server, type), body });
    expect(answer.status).toBe(415);
    const upload = await raw(server, {
      method: 'POST',
      path: '/api/upload?path=basic.B01.files&name=x.pdf',
      headers: pageHeaders(server, type),
      body,
    });
    expect(upload.status).toBe(415);
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses a JSON body over its limit, and one that is not JSON', async () => {
    const big = JSON.stringify({ path: 'basic.B01.text', value: 'ก'.repeat(200_000), from: '' });
    expect(Buffer.byteLength(big)).toBeGreaterThan(512 * 1024);
    expect((await raw(server, { method: 'POST', path: '/api/save', headers: pageHeaders(server), body: big })).status).toBe(413);
    expect((await raw(server, { method: 'POST', path: '/api/save', headers: pageHeaders(server), body: '{"path":' })).status).toBe(400);
    expect((await raw(server, { method: 'POST', path: '/api/save', headers: pageHeaders(server), body: '[1]' })).status).toBe(400);
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses an upload over the limit on its announced length, before its bytes are sent, with the finding gecc check gives', async () => {
    const answer = await raw(server, {
      method: 'POST',
      path: `/api/upload?path=basic.B01.files&name=${encodeURIComponent('ภาพใหญ่.pdf')}`,
      headers: pageHeaders(server, 'application/octet-stream'),
      contentLength: 50 * 1024 * 1024,
    });
    expect(answer.status).toBe(422);
    const outcome = JSON.parse(answer.body) as { reason: string; refused: string };
    expect(outcome.reason).toBe('refused');
    const expected = renderMessage(
      finding('file.too-large', { path: 'files/ภาพใหญ่.pdf', bytes: 50 * 1024 * 1024, maxBytes: 5_242_880 }),
      'th',
    );
    expect(outcome.refused).toContain(escapeHtml(expected.text));
    expect(outcome.refused).toContain(`วิธีแก้: ${escapeHtml(expected.fix!)}`);
    expect(folderState(dir)).toEqual(before);
  });

  it('stops reading an upload with no length announced once it passes the limit: no temporary file stays in files/', async () => {
    const answer = await raw(server, {
      method: 'POST',
      path: `/api/upload?path=basic.B01.files&name=${encodeURIComponent('ภาพใหญ่.pdf')}`,
      headers: pageHeaders(server, 'application/octet-stream'),
      chunks: Array.from({ length: 96 }, (_, i) => (i === 0 ? Buffer.from(makePdf({ text: 'big' })) : Buffer.alloc(64 * 1024, 0x20))),
    });
    expect(answer.status).toBe(422);
    const outcome = JSON.parse(answer.body) as { reason: string; refused: string };
    expect(outcome.reason).toBe('refused');
    expect(outcome.refused).toContain(
      escapeHtml(
        renderMessage(finding('file.too-large', { path: 'files/ภาพใหญ่.pdf', bytes: 5_242_880 + 64 * 1024 + 1, maxBytes: 5_242_880 }), 'th')
          .text,
      ),
    );
    expect(folderState(dir)).toEqual(before);
  });

  it('refuses a file gecc check would refuse, by its content, and leaves nothing of it in files/', async () => {
    for (const [name, body] of [
      ['ไม่ใช่พีดีเอฟ.pdf', Buffer.from('ข้อความธรรมดา ไม่ใช่ไฟล์ PDF\n'.repeat(200))],
      ['ว่าง.pdf', Buffer.alloc(0)],
    ] as const) {
      const answer = await raw(server, {
        method: 'POST',
        path: `/api/upload?path=basic.B01.files&name=${encodeURIComponent(name)}`,
        headers: pageHeaders(server, 'application/octet-stream'),
        body,
      });
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body)).toMatchObject({ reason: 'refused' });
      expect(folderState(dir)).toEqual(before);
    }
  });

  it('sends the policy headers with every answer, and no CORS header', async () => {
    const answers = [
      await raw(server, { path: '/', headers: pageHeaders(server) }),
      await raw(server, { path: '/edit.js', headers: pageHeaders(server) }),
      await raw(server, { path: '/edit.css', headers: pageHeaders(server) }),
      await raw(server, { path: '/upload-day', headers: pageHeaders(server) }),
      await raw(server, { path: '/', headers: { host: `127.0.0.1:${server.port}` } }),
      await raw(server, { path: '/', headers: { host: 'attacker.example' } }),
      await raw(server, { method: 'POST', path: '/api/state', headers: pageHeaders(server), body: '{}' }),
      await raw(server, {
        method: 'OPTIONS',
        path: '/api/save',
        headers: { ...pageHeaders(server), 'access-control-request-method': 'POST' },
      }),
    ];
    for (const answer of answers) {
      const policy = answer.headers['content-security-policy'] ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/https?:|\*|'unsafe-inline' *;? *$|script-src[^;]*'unsafe-inline'/);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(answers.at(-1)!.status).toBe(405);
    expect(folderState(dir)).toEqual(before);
  });

  it('serves Sarabun itself and loads nothing from outside the machine', async () => {
    const page = await raw(server, { path: '/', headers: pageHeaders(server) });
    const css = await raw(server, { path: '/edit.css', headers: pageHeaders(server) });
    expect(css.body).toContain("font-family:'Sarabun'");
    expect(css.body).toContain('data:font/woff2;base64,');
    for (const text of [page.body, css.body]) expect(text).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(page.body).toMatch(/<script src="\/edit\.js" defer><\/script>/);
    // no inline code: the only other script block is data
    expect([...page.body.matchAll(/<script(?![^>]*src=)([^>]*)>/g)].map((m) => m[1])).toEqual([
      ' type="application/json" id="gecc-edit-state"',
    ]);
  });

  it('writes nothing while the folder is only looked at', async () => {
    await raw(server, { path: '/', headers: pageHeaders(server) });
    await raw(server, { path: '/upload-day', headers: pageHeaders(server) });
    expect(folderState(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, '.gecc'))).toBe(false);
  });
});

describe('an upload is a name only, saved inside files/', () => {
  it.each([
    ['a path up', '../evil.pdf'],
    ['a path with a folder', 'sub/evil.pdf'],
    ['a Windows path', '..\\..\\evil.pdf'],
    ['a drive letter', 'C:evil.pdf'],
    ['a stream', 'B01.pdf:hidden'],
    ['a device name', 'CON.pdf'],
    ['another device name', 'com1.pdf'],
    ['a control character', 'a\u0007b.pdf'],
    ['dots only', '..'],
  ])('refuses %s with the Thai reason, writing nothing', async (_what, name) => {
    const answer = await raw(server, {
      method: 'POST',
      path: `/api/upload?path=basic.B01.files&name=${encodeURIComponent(name)}`,
      headers: pageHeaders(server, 'application/octet-stream'),
      body: makePdf({ text: 'an upload with a bad name' }),
    });
    expect(answer.status).toBe(422);
    const outcome = JSON.parse(answer.body) as { reason: string; refused: string };
    expect(outcome.reason).toBe('refused');
    expect(outcome.refused).toContain('ใช้ไม่ได้');
    expect(folderState(dir)).toEqual(before);
    expect(fs.existsSync(path.join(path.dirname(dir), 'evil.pdf'))).toBe(false);
  });

  it('refuses to save through files/ when it is a link out of the folder', async () => {
    const linked = writeApplication(tempDir('gecc-edit-link-'), readyNewUnit(), { omit: [] });
    const outside = tempDir('gecc-edit-outside-');
    fs.renameSync(path.join(linked, 'files'), path.join(outside, 'files'));
    fs.symlinkSync(path.join(outside, 'files'), path.join(linked, 'files'));
    const other = await editServer(linked);
    try {
      const state = folderState(linked);
      const inside = folderState(outside);
      const answer = await raw(other, {
        method: 'POST',
        path: `/api/upload?path=basic.B01.files&name=${encodeURIComponent('ใหม่.pdf')}`,
        headers: pageHeaders(other, 'application/octet-stream'),
        body: makePdf({ text: 'through a link' }),
      });
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body).refused).toContain('link');
      expect(folderState(linked)).toEqual(state);
      expect(folderState(outside)).toEqual(inside);
    } finally {
      await other.stop();
    }
  });

  it('takes a change of the page itself: the value written, and the new state answered', async () => {
    const own = writeApplication(tempDir('gecc-edit-own-'), readyNewUnit());
    const other = await editServer(own);
    try {
      const answer = await pagePost(other, '/api/save', { path: 'unit.contact.phone', value: '021234567', from: '02 123 4567' });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).state.values['unit.contact.phone']).toBe('021234567');
      expect(fs.readFileSync(path.join(own, 'application.yaml'), 'utf8')).toContain('phone: "021234567"');
      // a field that does not exist, or a value that is no text, is refused
      for (const body of [
        { path: 'unit.secret', value: 'x' },
        { path: 'unit.name', value: 5 },
        { path: 'basic.B01.files', value: 'x' },
      ]) {
        const refused = await pagePost(other, '/api/save', body);
        expect(refused.status).toBe(400);
      }
    } finally {
      await other.stop();
    }
  });

  it('takes an attachment off an item by its reference alone: the file stays in files/', async () => {
    const own = writeApplication(tempDir('gecc-edit-own-'), readyNewUnit());
    const other = await editServer(own);
    try {
      const kept = fs.readFileSync(path.join(own, 'files', 'B01.pdf'));
      const answer = await pagePost(other, '/api/remove', { path: 'basic.B01.files', file: 'files/B01.pdf' });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).state.values['basic.B01.files']).toEqual([]);
      expect(fs.readFileSync(path.join(own, 'application.yaml'), 'utf8')).not.toContain('files/B01.pdf');
      expect(fs.readFileSync(path.join(own, 'files', 'B01.pdf'))).toEqual(kept);
    } finally {
      await other.stop();
    }
  });

  it('finishes the change being written before it stops, and takes none after: the file is whole, the change in it or not at all', async () => {
    const own = writeApplication(tempDir('gecc-edit-stop-'), readyNewUnit());
    const other = await editServer(own);
    const saving = pagePost(other, '/api/save', {
      path: 'basic.B01.text',
      value: 'บันทึกก่อนปิดโปรแกรม',
      from: 'ดำเนินการตามเกณฑ์พื้นฐาน B01 ครบถ้วน',
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stopping = raw(other, { method: 'POST', path: '/api/stop', headers: pageHeaders(other), body: '{}' });
    expect((await stopping).status).toBe(200);
    const saved = await saving;
    await other.stopped;
    const text = parse(fs.readFileSync(path.join(own, 'application.yaml'), 'utf8')).basic.B01.text;
    // taken before the stop: written whole; after it: refused, the file as it was
    if (saved.status === 200) expect(text).toBe('บันทึกก่อนปิดโปรแกรม');
    else {
      expect(saved.status).toBe(503);
      expect(text).toBe('ดำเนินการตามเกณฑ์พื้นฐาน B01 ครบถ้วน');
    }
    expect(fs.readdirSync(own).sort()).toEqual(['application.yaml', 'files']);
  });
});

describe('a save that cannot be written', () => {
  it('says why in Thai, with the fix, and leaves the file as it was', async () => {
    const own = writeApplication(tempDir('gecc-edit-readonly-'), readyNewUnit());
    const state = folderState(own);
    const catalogue = loadEdition('2566')!;
    const refusing = await startEditServer({
      dir: own,
      lang: 'th',
      check: {},
      starter: { catalogue },
      // the folder as a read-only one answers: no temporary file can be made
      writer: (c) => ({
        ...answersWriter(c),
        writeAtomically: async (file) => ({
          ok: false,
          finding: finding('edit.cannot-write', { file: path.basename(file), problem: 'read-only', reason: 'EROFS' }),
        }),
      }),
      port: 0,
    });
    try {
      const answer = await pagePost(refusing, '/api/save', { path: 'unit.name', value: 'ชื่อใหม่', from: unitName });
      expect(answer.status).toBe(422);
      const expected = renderMessage(
        finding('edit.cannot-write', { file: 'application.yaml', problem: 'read-only', reason: 'EROFS' }),
        'th',
      );
      expect(JSON.parse(answer.body).message).toBe(`${expected.text} — วิธีแก้: ${expected.fix}`);
      expect(folderState(own)).toEqual(state);
    } finally {
      await refusing.stop();
    }
  });
});

describe('an answers file that is not UTF-8', () => {
  it('is never written: a save is refused with the finding gecc check gives, the bytes as they were', async () => {
    const own = tempDir('gecc-edit-tis620-');
    // Windows-874 (TIS-620): each Thai letter one byte, 0xA1 and up
    const tis = (text: string) =>
      Buffer.from([...text].map((c) => (c >= '\u0e01' && c <= '\u0e5b' ? c.charCodeAt(0) - 0x0e00 + 0xa0 : c.charCodeAt(0))));
    fs.writeFileSync(path.join(own, 'application.yaml'), Buffer.concat([tis('edition: "2566"\nunit:\n  name: สำนักงานเขต\n')]));
    const state = folderState(own);
    const other = await editServer(own);
    try {
      const answer = await pagePost(other, '/api/save', { path: 'unit.parent', value: 'สังกัด' });
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.body).reason).toBe('not-saved');
      expect(folderState(own)).toEqual(state);
    } finally {
      await other.stop();
    }
  });
});
