import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { cacheFolder } from '../cache/cache-folder.js';
import { liesWithin } from '../cache/lies-within.js';

/**
 * Which `gecc edit` serves which folder, kept in the user's cache folder (never in an application
 * folder): a second `gecc edit` of the same folder opens the running one's page instead of
 * starting a rival that would save over it, and a restarted one keeps its address and token, so
 * an open tab goes on working.
 */
export interface ServerRecord {
  port: number;
  token: string;
  /** the folder's real path */
  folder: string;
  pid: number;
}

/** What a running server says of itself at /api/instance. */
export interface InstanceAnswer {
  gecc: 'edit';
  folder: string;
  pid: number;
}

/** The identity of a folder, as a file name: the hash of its real path. */
export const folderKey = (realFolder: string) => createHash('sha256').update(realFolder).digest('hex').slice(0, 32);

function recordFile(realFolder: string, env: NodeJS.ProcessEnv): string | undefined {
  const root = cacheFolder(env);
  // gecc edit writes nothing in the folder but application.yaml and files/
  if (liesWithin(root, [realFolder])) return undefined;
  return path.join(root, 'edit', `${folderKey(realFolder)}.json`);
}

/** The last server recorded for the folder, alive or not. */
export function readRecord(realFolder: string, env: NodeJS.ProcessEnv = process.env): ServerRecord | undefined {
  const file = recordFile(realFolder, env);
  if (!file) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerRecord>;
    const valid =
      Number.isInteger(record.port) &&
      typeof record.token === 'string' &&
      /^[\w-]{20,}$/.test(record.token) &&
      record.folder === realFolder &&
      Number.isInteger(record.pid);
    return valid ? (record as ServerRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Records the server now serving the folder: readable by the user alone (it holds the token). */
export function writeRecord(record: ServerRecord, env: NodeJS.ProcessEnv = process.env): void {
  const file = recordFile(record.folder, env);
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(record), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // without the record a second gecc edit starts its own server on another port: no harm to the folder
  }
}

/** Whether a process of that id is running (one of another user's counts: it answers EPERM). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running server of the folder, if its process lives and it answers as that folder's server. */
export async function findRunning(realFolder: string, env: NodeJS.ProcessEnv = process.env): Promise<ServerRecord | undefined> {
  const record = readRecord(realFolder, env);
  if (!record || record.pid === process.pid || !alive(record.pid)) return undefined;
  const answer = await ask(record);
  return answer?.gecc === 'edit' && answer.folder === folderKey(realFolder) && answer.pid === record.pid ? record : undefined;
}

function ask(record: ServerRecord): Promise<InstanceAnswer | undefined> {
  return new Promise((resolve) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: record.port,
        path: `/api/instance?token=${encodeURIComponent(record.token)}`,
        headers: { host: `127.0.0.1:${record.port}` },
        timeout: 2000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (body.length < 4096) body += chunk;
        });
        response.on('end', () => {
          try {
            resolve(response.statusCode === 200 ? (JSON.parse(body) as InstanceAnswer) : undefined);
          } catch {
            resolve(undefined);
          }
        });
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}
