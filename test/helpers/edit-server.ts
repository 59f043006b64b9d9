/** The editing page's server for tests: started in-process on a free port, asked with raw requests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { type EditServer, startEditServer } from '../../src/edit/edit-server.js';
import { cookieName, cookieValue } from '../../src/edit/request-guards.js';
import { answersWriter } from '../../src/edit/writer-binding.js';
import type { Lang } from '../../src/lang.js';
import { until } from './waiting.js';

export async function editServer(dir: string, options: { lang?: Lang; edition?: string } = {}): Promise<EditServer> {
  const catalogue = loadEdition(options.edition ?? '2566')!;
  return startEditServer({
    dir,
    lang: options.lang ?? 'th',
    check: { now: new Date('2023-02-01T09:00:00+07:00') },
    starter: { catalogue },
    writer: answersWriter,
    port: 0,
    pollMs: 500,
  });
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request exactly as written: node:http sends the Host and every other header as given (fetch
 * would put its own Host, Origin and Sec-Fetch-* in).
 */
export function raw(
  server: Pick<EditServer, 'port'>,
  request: {
    method?: string;
    path: string;
    headers?: Record<string, string | undefined>;
    body?: string | Buffer;
    contentLength?: number;
    /** a body sent piece by piece with no length announced (chunked), as a stream is */
    chunks?: Buffer[];
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) if (value !== undefined) headers[name] = value;
    if (request.contentLength !== undefined) headers['content-length'] = String(request.contentLength);
    else if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const sent = http.request(
      { host: '127.0.0.1', port: server.port, method: request.method ?? 'GET', path: request.path, headers, setHost: false, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    if (request.chunks) {
      // the server may answer and close before the last piece: what it could not take is no error here
      sent.on('error', () => undefined);
      for (const chunk of request.chunks) sent.write(chunk);
      sent.end();
      return;
    }
    sent.on('error', reject);
    // a body announced but not sent: the server must answer on the announcement alone
    if (request.contentLength !== undefined && request.body === undefined) {
      sent.flushHeaders();
      return;
    }
    sent.end(request.body);
  });
}

/** The headers of a request the page itself sends: its Host, its cookie, its own Origin. */
export function pageHeaders(server: Pick<EditServer, 'port' | 'token'>, type = 'application/json'): Record<string, string> {
  return {
    host: `127.0.0.1:${server.port}`,
    cookie: `${cookieName(server.port)}=${cookieValue({ port: server.port, token: server.token })}`,
    origin: `http://127.0.0.1:${server.port}`,
    'sec-fetch-site': 'same-origin',
    'content-type': type,
  };
}

/** Every file and folder under `dir` with the hash of its bytes (a link as its target): what "nothing changed" compares. */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      const full = path.join(dir, child);
      if (entry.isSymbolicLink()) out[child] = `link:${fs.readlinkSync(full)}`;
      else if (entry.isDirectory()) {
        out[child] = 'folder';
        walk(child);
      } else out[child] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk('');
  return out;
}

/** `gecc edit` as the user runs it: the installed command in a process of its own. */
export interface EditProcess {
  child: ChildProcess;
  /** everything it printed so far */
  stdout: () => string;
  /** the address it printed, once printed */
  url: () => Promise<string>;
  exit: Promise<number | null>;
}

export function spawnEdit(args: string[], env: NodeJS.ProcessEnv, cwd?: string): EditProcess {
  const child = spawn(process.execPath, [path.resolve('bin/gecc.js'), 'edit', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = async () => {
    await until(() => /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/m.test(out) || child.exitCode !== null, 'the address', 60_000);
    const found = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
    if (!found) throw new Error(`no address printed:\n${out}\n${err}`);
    return found[1]!;
  };
  return { child, stdout: () => out, url, exit };
}

/** A JSON request the page itself sends to the server's API (`path`: e.g. /api/save). */
export function pagePost(server: Pick<EditServer, 'port' | 'token'>, path: string, value: unknown): Promise<RawAnswer> {
  return raw(server, { method: 'POST', path, headers: pageHeaders(server), body: JSON.stringify(value) });
}
