/**
 * Headless Chromium driven over the DevTools protocol through a pipe (--remote-debugging-pipe):
 * no WebSocket, no port, no extra package. Enough to open a page, click like a person (real
 * mouse events, so the page gets a user gesture), run a script and read the clipboard.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM } from './chromium.js';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, any>;
  error?: { message: string };
  sessionId?: string;
}

export class Browser {
  private nextId = 0;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly listeners = new Set<(message: Message) => void>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[4] as Readable;
    let buffer = '';
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, end)) as Message;
        buffer = buffer.slice(end + 1);
        const answer = message.id === undefined ? undefined : this.pending.get(message.id);
        if (answer) {
          this.pending.delete(message.id!);
          answer(message);
        } else for (const listen of this.listeners) listen(message);
      }
    });
  }

  static launch(): Browser {
    if (!CHROMIUM) throw new Error('no Chromium');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-cdp-'));
    const child = spawn(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--remote-debugging-pipe',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new Browser(child, profile);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, any>> {
    const id = ++this.nextId;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from Chromium`)), 60_000);
      this.pending.set(id, (answer) => {
        clearTimeout(timer);
        if (answer.error) reject(new Error(`${method}: ${answer.error.message}`));
        else resolve(answer.result ?? {});
      });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    });
  }

  /** The next event of that name (in that page's session). */
  event(method: string, sessionId?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const listen = (message: Message) => {
        if (message.method === method && (!sessionId || message.sessionId === sessionId)) {
          this.listeners.delete(listen);
          resolve(message.params ?? {});
        }
      };
      this.listeners.add(listen);
    });
  }

  /** A new tab, with the clipboard permitted (as a person's click permits it on file://). */
  async newPage(): Promise<Page> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Browser.grantPermissions', { permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
    await this.send('Page.enable', {}, sessionId);
    await this.send('Runtime.enable', {}, sessionId);
    return new Page(this, sessionId);
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await exited;
    // Chromium's helper processes may still be writing into the profile for a while after the
    // browser itself exits (seen on a busy machine as ENOTEMPTY, even after five seconds): removal
    // is tried for half a minute, and a profile left in the temporary folder fails no test
    for (const started = Date.now(); ; ) {
      try {
        fs.rmSync(this.profile, { recursive: true, force: true });
        return;
      } catch (error) {
        if (Date.now() - started > 30_000) {
          console.warn(`a browser profile was left behind: ${String(error)}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
}

export class Page {
  constructor(
    private readonly browser: Browser,
    readonly sessionId: string,
  ) {}

  async goto(url: string): Promise<void> {
    const loaded = this.browser.event('Page.loadEventFired', this.sessionId);
    await this.browser.send('Page.navigate', { url }, this.sessionId);
    await loaded;
  }

  async reload(): Promise<void> {
    const loaded = this.browser.event('Page.loadEventFired', this.sessionId);
    await this.browser.send('Page.reload', {}, this.sessionId);
    await loaded;
  }

  /** The value of an expression in the page (awaited when it is a promise). */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.browser.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true, userGesture: true },
      this.sessionId,
    );
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** A real click (mouse pressed and released) in the middle of the element, scrolled into view. */
  async click(selector: string): Promise<void> {
    const box = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!box) throw new Error(`nothing on the page matches ${selector}`);
    for (const type of ['mousePressed', 'mouseReleased'])
      await this.browser.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 }, this.sessionId);
  }

  /** What the clipboard holds now, read as the page reads it. */
  clipboard(): Promise<string> {
    // a read the browser leaves unanswered (a busy machine, the tab losing focus) is a miss to poll
    // again, not a minute lost and a test left half-done
    return this.evaluate<string>(
      "Promise.race([navigator.clipboard.readText(), new Promise((resolve) => setTimeout(() => resolve('(no answer)'), 5000))])",
    );
  }

  /** A picture of the viewport with the element at its top, saved as PNG. */
  async screenshot(selector: string, file: string): Promise<Buffer> {
    await this.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'start' })`);
    await this.evaluate('document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))');
    const { data } = await this.browser.send('Page.captureScreenshot', { format: 'png' }, this.sessionId);
    const png = Buffer.from(data as string, 'base64');
    fs.writeFileSync(file, png);
    return png;
  }

  setViewport(width: number, height: number): Promise<unknown> {
    return this.browser.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, this.sessionId);
  }

  emulateMedia(media: 'print' | 'screen'): Promise<unknown> {
    return this.browser.send('Emulation.setEmulatedMedia', { media }, this.sessionId);
  }
}
