import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import v8 from 'node:v8';
import { checkReport } from '../application-result.js';
import type { Lang } from '../lang.js';
import { BASE_CSS } from '../report/html/html-document.js';
import { sarabunFontFaces } from '../report/html/sarabun-font.js';
import { WORKSHEET_SCRIPT } from '../report/html/worksheet-script.js';
import { htmlReport, REPORT_CSS } from '../report/html-report.js';
import { watchFolders } from '../watch/watch-folders.js';
import type { AnswersWriter } from './answers-writer.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { closedPage, EDIT_CSS, editPage, type PageState, startPage } from './edit-page.js';
import { EDIT_SCRIPT } from './edit-script.js';
import { EditSession, type SessionCheckOptions } from './edit-session.js';
import { FolderEditor, type Outcome, type StarterSettings } from './folder-editor.js';
import { folderName } from './folder-name.js';
import { guardRequest, type GuardKeys, type RouteRule } from './request-guards.js';
import { scriptHashSource, securityHeaders } from './response-headers.js';
import { folderKey, type InstanceAnswer } from './running-servers.js';

export interface EditServerOptions {
  dir: string;
  /** how the page names the folder (default: its name, see folderName) */
  display?: string;
  lang: Lang;
  check: SessionCheckOptions;
  starter: StarterSettings;
  writer: (catalogue: Catalogue) => AnswersWriter;
  /** 0: any free port; a port that is taken falls back to any free one */
  port: number;
  /** a token to keep (a restart of the folder's server, so that its open tab goes on working) */
  token?: string;
  /** how often the folder is compared besides the system's notifications (default 1 s) */
  pollMs?: number;
}

export interface EditServer {
  port: number;
  token: string;
  /** the address to open, with its token */
  url: string;
  /** resolves once the server has stopped (Ctrl-C, or the page's button), everything written */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

/** The most a JSON request may carry: the longest answer of a real application is a few tens of KB. */
const JSON_LIMIT = 512 * 1024;
/** An upload may be this much over the catalogue's limit and still be read, to be judged (and refused) by the check's own rules. */
const UPLOAD_MARGIN = 64 * 1024;

const ROUTES: Record<string, RouteRule> = {
  '/': { method: 'GET' },
  '/edit.js': { method: 'GET' },
  '/edit.css': { method: 'GET' },
  '/favicon.ico': { method: 'GET' },
  '/upload-day': { method: 'GET' },
  '/api/instance': { method: 'GET' },
  '/api/state': { method: 'POST', contentType: 'application/json' },
  '/api/events': { method: 'POST', contentType: 'application/json' },
  '/api/save': { method: 'POST', contentType: 'application/json' },
  '/api/remove': { method: 'POST', contentType: 'application/json' },
  '/api/start': { method: 'POST', contentType: 'application/json' },
  '/api/stop': { method: 'POST', contentType: 'application/json' },
  '/api/upload': { method: 'POST', contentType: 'application/octet-stream' },
};

const routeOf = (url: string | undefined): RouteRule | undefined => {
  const pathname = (url ?? '').split('?')[0] ?? '';
  return Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname] : undefined;
};

class TooLarge extends Error {}

/**
 * How far V8 lets a heap grow past what its last full collection kept before it collects again:
 * 4× by default with Node's heap limit, for speed. The server keeps little (a check's result, its
 * page: ~20 MB) but makes that much garbage again at every check; measured through 60 attachments,
 * ×1.5 keeps it tens of MB smaller for a few ms of collection per check. Read by V8 each time it
 * sets the next limit, so it can be set once the process runs (for all its threads: the PDF
 * readers keep ~20 MB too).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * The editing page's server: node:http on 127.0.0.1 only. Every request passes the guards of
 * request-guards.ts first; every answer carries the headers of response-headers.ts.
 */
export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const token = options.token ?? randomBytes(24).toString('base64url');
  const display = options.display ?? folderName(options.dir);
  const session = new EditSession(options.dir, display, options.check);
  const editor = new FolderEditor(options.dir, display, options.lang, session, options.starter, options.writer);
  const streams = new Set<http.ServerResponse>();
  const watching = new AbortController();
  let keys: GuardKeys = { port: options.port, token };
  let stopping: Promise<void> | undefined;
  let finish: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (finish = resolve));

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', 'gecc: internal error');
      else response.destroy();
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const verdict = guardRequest(
      { method: request.method ?? '', url: request.url ?? '', headers: request.headers },
      keys,
      routeOf(request.url),
    );
    if (verdict.kind === 'refuse') {
      request.resume();
      send(response, verdict.status, 'text/plain', `gecc: ${verdict.reason}`, { Connection: 'close' });
      return;
    }
    if (verdict.kind === 'exchange') {
      send(response, 303, 'text/plain', '', { 'Set-Cookie': verdict.cookie, Location: verdict.location });
      return;
    }
    const { path, query } = verdict;
    switch (path) {
      case '/':
        return page(response);
      case '/edit.js':
        return send(response, 200, 'text/javascript', EDIT_SCRIPT);
      case '/edit.css':
        return send(response, 200, 'text/css', `${sarabunFontFaces()}\n${BASE_CSS}\n${REPORT_CSS}\n${EDIT_CSS}`);
      case '/upload-day':
        return uploadDay(response);
      case '/favicon.ico':
        return send(response, 204, 'text/plain', '');
      case '/api/instance': {
        const answer: InstanceAnswer = { gecc: 'edit', folder: folderKey(realpathSync(options.dir)), pid: process.pid };
        return sendJson(response, 200, answer);
      }
      case '/api/upload':
        return upload(request, response, query);
    }
    let body: Record<string, unknown>;
    try {
      body = await readJson(request);
    } catch (error) {
      return send(response, error instanceof TooLarge ? 413 : 400, 'text/plain', 'gecc: bad body', { Connection: 'close' });
    }
    switch (path) {
      case '/api/state':
        return sendJson(response, 200, { ok: true, state: await editor.state() });
      case '/api/events':
        return events(response);
      case '/api/save':
        return answer(response, await editor.save(String(body.path), body.value, body.from));
      case '/api/remove':
        return answer(response, await editor.remove(String(body.path), body.file));
      case '/api/start':
        return answer(response, await editor.start(body.kind, body.applicant));
      case '/api/stop':
        sendJson(response, 200, { ok: true });
        void stop();
        return;
    }
  };

  const page = async (response: http.ServerResponse) => {
    if (stopping) return send(response, 200, 'text/html', closedPage(options.lang));
    const view = await editor.view();
    send(response, 200, 'text/html', view ? editPage(view, options.lang) : startPage(display, options.lang));
  };

  const uploadDay = async (response: http.ServerResponse) => {
    const view = await editor.view();
    if (!view) return send(response, 404, 'text/plain', 'gecc: no application yet');
    const report = htmlReport(checkReport([view.result]), { lang: options.lang, generatedAt: new Date() });
    send(response, 200, 'text/html', report, securityHeaders(scriptHashSource(WORKSHEET_SCRIPT)));
  };

  const upload = async (request: http.IncomingMessage, response: http.ServerResponse, query: URLSearchParams) => {
    const name = query.get('name') ?? '';
    const field = query.get('path') ?? '';
    const view = await editor.view();
    const maxBytes = (view?.catalogue ?? options.starter.catalogue).attachments.maxBytes;
    const announced = Number(request.headers['content-length']);
    // refused on its announced length, before a byte of it is read
    if (Number.isFinite(announced) && announced > maxBytes + UPLOAD_MARGIN) {
      request.resume();
      return answer(response, editor.tooLarge(name, announced), { Connection: 'close' });
    }
    const outcome = await editor.upload(field, name, request, maxBytes + UPLOAD_MARGIN);
    // a body not read to its end (refused before it was received, or over the limit): the rest is dropped with the connection
    if (!request.complete) {
      request.resume();
      return answer(response, outcome, { Connection: 'close' });
    }
    return answer(response, outcome);
  };

  const events = async (response: http.ServerResponse) => {
    response.writeHead(200, { ...securityHeaders(), 'Content-Type': 'text/event-stream; charset=utf-8' });
    streams.add(response);
    const push = (state: PageState) => response.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
    const unsubscribe = editor.onState(push);
    const beat = setInterval(() => response.write(': still here\n\n'), 15_000);
    beat.unref();
    response.on('close', () => {
      clearInterval(beat);
      unsubscribe();
      streams.delete(response);
    });
    const state = await editor.state();
    if (state) push(state);
    else response.write('event: start\ndata: {}\n\n');
  };

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // the change being written is finished; no other starts
      await editor.stop();
      watching.abort();
      for (const stream of streams) stream.end('event: stopped\ndata: {}\n\n');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await session.close();
      finish();
    })();
    return stopping;
  };

  const port = await listen(server, options.port);
  keys = { port, token };
  // an edit in Notepad or VS Code, a file dropped into files/: checked and shown in every open tab
  void watchFolders([options.dir], async () => void (await editor.refresh()), {
    signal: watching.signal,
    pollMs: options.pollMs ?? 1000,
  }).catch(() => undefined);
  return { port, token, url: `http://127.0.0.1:${port}/?token=${token}`, stopped, stop };
}

/** Listens on 127.0.0.1 alone: on the port asked for, or on any free one where it is taken. */
function listen(server: http.Server, port: number): Promise<number> {
  const attempt = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      server.once('error', failed);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', failed);
        resolve((server.address() as AddressInfo).port);
      });
    });
  return attempt(port).catch((error: NodeJS.ErrnoException) => {
    if (port === 0 || (error.code !== 'EADDRINUSE' && error.code !== 'EACCES')) throw error;
    return attempt(0);
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  const headers = { ...securityHeaders(), ...extra };
  response.writeHead(status, { ...headers, 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(response, status, 'application/json', JSON.stringify(value), extra);
}

function answer(response: http.ServerResponse, outcome: Outcome, extra: Record<string, string> = {}): void {
  sendJson(response, outcome.ok ? 200 : outcome.status, outcome, extra);
}

/** A request's body, up to a limit: a longer one is not read further. */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const announced = Number(request.headers['content-length']);
  if (Number.isFinite(announced) && announced > JSON_LIMIT) {
    request.resume();
    throw new TooLarge();
  }
  const value = JSON.parse((await readBody(request, JSON_LIMIT)).toString('utf8')) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return value as Record<string, unknown>;
}
