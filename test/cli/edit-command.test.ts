import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../src/edit/edit-page.js';
import { browserCommand } from '../../src/edit/open-browser.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';
import { folderState, pageHeaders, raw, spawnEdit } from '../helpers/edit-server.js';

/** Points 1–4 of `gecc edit`: starting, a second start, stopping, and an empty folder's starter. */
afterAll(removeTempDirs);
// each test starts gecc edit, some several times: a loaded machine takes its time
vi.setConfig({ testTimeout: 240_000 });

const envFor = () => childEnv({ GECC_CACHE_DIR: tempDir('gecc-edit-cache-') });
const portOf = (url: string) => Number(new URL(url).port);
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('gecc edit', () => {
  it('prints the address with its token on a line of its own, serves the folder, and stops on Ctrl-C with exit 0', async () => {
    const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const before = folderState(dir);
    const edit = spawnEdit([dir, '--no-open', '--port', '0'], envFor());
    const url = await edit.url();
    expect(edit.stdout().split('\n')).toContain(url);
    const server = { port: portOf(url), token: tokenOf(url) };
    const page = await raw(server, { path: '/', headers: pageHeaders(server) });
    expect(page.status).toBe(200);
    expect(page.body).toContain('สำนักงานเขตพระนคร');
    edit.child.kill('SIGINT');
    expect(await edit.exit).toBe(0);
    expect(edit.stdout()).toContain('ปิดหน้ากรอกใบสมัครแล้ว');
    expect(folderState(dir)).toEqual(before);
  });

  it('given no folder, names the current folder by its own name, in its message and on the page, not "."', async () => {
    const dir = writeApplication(path.join(tempDir('gecc-edit-cli-'), 'สำนักงานเขตบางรัก'), readyNewUnit());
    const edit = spawnEdit(['--no-open', '--port', '0'], envFor(), dir);
    const url = await edit.url();
    expect(edit.stdout()).toContain('ของโฟลเดอร์ "สำนักงานเขตบางรัก"');
    const server = { port: portOf(url), token: tokenOf(url) };
    const page = await raw(server, { path: '/', headers: pageHeaders(server) });
    expect(page.body).toContain('<span class="mono-ish">สำนักงานเขตบางรัก</span>');
    edit.child.kill('SIGINT');
    expect(await edit.exit).toBe(0);
  });

  it('stops with exit 0 from the page\'s "ปิดโปรแกรม" button', async () => {
    const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const before = folderState(dir);
    const edit = spawnEdit([dir, '--no-open', '--port', '0'], envFor());
    const url = await edit.url();
    const server = { port: portOf(url), token: tokenOf(url) };
    const answer = await raw(server, { method: 'POST', path: '/api/stop', headers: pageHeaders(server), body: '{}' });
    expect(answer.status).toBe(200);
    expect(await edit.exit).toBe(0);
    expect(folderState(dir)).toEqual(before);
  });

  it('opens the running page for a second gecc edit of the same folder, and starts its own for another folder', async () => {
    const env = envFor();
    const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const first = spawnEdit([dir, '--no-open', '--port', '0'], env);
    const url = await first.url();
    // the same folder named another way: through a link, with a trailing separator
    const link = path.join(tempDir('gecc-edit-link-'), 'ใบสมัคร');
    fs.symlinkSync(dir, link);
    const second = spawnEdit([`${link}${path.sep}`, '--no-open'], env);
    expect(await second.url()).toBe(url);
    expect(await second.exit).toBe(0);
    expect(second.stdout()).toContain('เปิดอยู่แล้ว');

    const other = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const third = spawnEdit([other, '--no-open', '--port', '0'], env);
    const otherUrl = await third.url();
    expect(portOf(otherUrl)).not.toBe(portOf(url));
    expect(tokenOf(otherUrl)).not.toBe(tokenOf(url));
    first.child.kill('SIGINT');
    third.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(await third.exit).toBe(0);
  });

  it('keeps its port and token when started again, so an open tab goes on working; a port taken falls back to a free one', async () => {
    const env = envFor();
    const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const port = await freePort();
    const first = spawnEdit([dir, '--no-open', '--port', String(port)], env);
    const url = await first.url();
    expect(portOf(url)).toBe(port);
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    const again = spawnEdit([dir, '--no-open', '--port', String(port)], env);
    expect(await again.url()).toBe(url);
    // the tab's cookie still works
    const server = { port, token: tokenOf(url) };
    expect((await raw(server, { path: '/', headers: pageHeaders(server) })).status).toBe(200);

    const elsewhere = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    const taken = spawnEdit([elsewhere, '--no-open', '--port', String(port)], env);
    const fallback = await taken.url();
    expect(portOf(fallback)).not.toBe(port);
    again.child.kill('SIGINT');
    taken.child.kill('SIGINT');
    expect(await again.exit).toBe(0);
    expect(await taken.exit).toBe(0);
  });

  it('writes the starter of an empty folder byte for byte as gecc init does', async () => {
    const env = envFor();
    for (const [kind, applicant, lang] of [
      ['district-office', 'new', 'th'],
      ['department-unit', 'returning', 'en'],
      ['', 'new', 'th'],
    ] as const) {
      const root = tempDir('gecc-edit-start-');
      const viaInit = path.join(root, 'init', 'ใบสมัคร');
      const viaPage = path.join(root, 'page', 'ใบสมัคร');
      fs.mkdirSync(viaPage, { recursive: true });
      execFileSync(
        process.execPath,
        ['bin/gecc.js', 'init', viaInit, ...(kind ? ['--kind', kind] : []), '--applicant', applicant, '--lang', lang],
        { env },
      );
      const edit = spawnEdit([viaPage, '--no-open', '--port', '0', '--lang', lang], env);
      const url = await edit.url();
      const server = { port: portOf(url), token: tokenOf(url) };
      const started = await raw(server, {
        method: 'POST',
        path: '/api/start',
        headers: pageHeaders(server),
        body: JSON.stringify({ kind, applicant }),
      });
      expect(started.status).toBe(200);
      expect(fs.readFileSync(path.join(viaPage, 'application.yaml'))).toEqual(fs.readFileSync(path.join(viaInit, 'application.yaml')));
      expect(fs.statSync(path.join(viaPage, 'files')).isDirectory()).toBe(true);
      expect(fs.readdirSync(viaPage).sort()).toEqual(['application.yaml', 'files']);
      // never over an answers file
      const again = await raw(server, {
        method: 'POST',
        path: '/api/start',
        headers: pageHeaders(server),
        body: JSON.stringify({ kind: 'other', applicant }),
      });
      expect(again.status).toBe(409);
      expect(fs.readFileSync(path.join(viaPage, 'application.yaml'))).toEqual(fs.readFileSync(path.join(viaInit, 'application.yaml')));
      edit.child.kill('SIGINT');
      expect(await edit.exit).toBe(0);
    }
  });

  describe('takes --edition, --criteria, --config and --lang as check does', () => {
    /** The page's live check as the page gets it (/api/state), and the page itself. */
    async function opened(args: string[], dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit())) {
      const edit = spawnEdit([dir, '--no-open', '--port', '0', ...args], envFor());
      const url = await edit.url();
      const server = { port: portOf(url), token: tokenOf(url) };
      const state = await raw(server, { method: 'POST', path: '/api/state', headers: pageHeaders(server), body: '{}' });
      const page = await raw(server, { path: '/', headers: pageHeaders(server) });
      edit.child.kill('SIGINT');
      expect(await edit.exit).toBe(0);
      return { state: (JSON.parse(state.body) as { state: PageState }).state, page: page.body };
    }

    it('--edition: the page is checked against that edition, not the one the answers file names', async () => {
      const { state } = await opened(['--edition', '2568']);
      expect(state.layout).toBe('2568:new');
      expect((await opened([])).state.layout).toBe('2566:new');
    });

    it('--criteria: the page shows the items of a criteria file of the division', async () => {
      const criteria = path.join(tempDir('gecc-edit-criteria-'), 'เกณฑ์ของจังหวัด.json');
      const catalogue = JSON.parse(fs.readFileSync('criteria/2566.json', 'utf8'));
      catalogue.groups.basic.items[0].title = { th: 'มีป้ายบอกทางจุดบริการตามแบบของจังหวัด', en: 'Signposts to the service point' };
      delete catalogue.groups.basic.items[0].titlePlaceholder;
      fs.writeFileSync(criteria, JSON.stringify(catalogue));
      const { page } = await opened(['--criteria', criteria]);
      expect(page).toContain('มีป้ายบอกทางจุดบริการตามแบบของจังหวัด');
    });

    it('--config: the page is checked in the round of the settings file (its application window)', async () => {
      const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
      const config = path.join(tempDir('gecc-edit-config-'), 'round.yaml');
      fs.writeFileSync(config, 'window: { opens: "2020-01-06T08:30", closes: "2020-01-31T16:30" }\n');
      // without it, the window of the 2566 criteria (closed on 28 February 2566)
      expect((await opened([], dir)).state.parts.summary).toContain('28 กุมภาพันธ์ 2566');
      const { state } = await opened(['--config', config], dir);
      expect(state.parts.summary).toContain('31 มกราคม 2563');
      expect(state.parts.summary).not.toContain('28 กุมภาพันธ์ 2566');
    });

    it('--lang en: the page and its findings in English', async () => {
      const { state, page } = await opened(
        ['--lang', 'en'],
        writeApplication(tempDir('gecc-edit-cli-'), { ...readyNewUnit(), unit: { ...readyNewUnit().unit, name: null } }),
      );
      expect(page).toContain('<html lang="en"');
      expect(state.parts['findings-unit']).toMatch(/[A-Za-z]{4,}/);
      expect(state.parts['findings-unit']).not.toMatch(/[\u0E00-\u0E7F]{6,}/);
    });
  });

  it('stops with exit 2 for a folder that does not exist, as check does', async () => {
    const edit = spawnEdit([path.join(tempDir(), 'ไม่มี'), '--no-open'], envFor());
    expect(await edit.exit).toBe(2);
  });
});

describe('opening the browser', () => {
  it('uses Explorer on Windows (never PowerShell), open on macOS and xdg-open elsewhere, the address as one argument', () => {
    const url = 'http://127.0.0.1:57533/?token=abc';
    expect(browserCommand(url, 'win32')).toEqual({ command: 'explorer.exe', args: [url] });
    expect(browserCommand(url, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(browserCommand(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
  });

  it('is no error where no browser can be opened: the address is printed all the same', async () => {
    const dir = writeApplication(tempDir('gecc-edit-cli-'), readyNewUnit());
    // a PATH without xdg-open
    const edit = spawnEdit([dir, '--port', '0'], { ...envFor(), PATH: tempDir('gecc-empty-path-') });
    const url = await edit.url();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    edit.child.kill('SIGINT');
    expect(await edit.exit).toBe(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
