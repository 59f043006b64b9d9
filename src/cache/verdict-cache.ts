import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { MESSAGES } from '../findings/messages.js';
import { CacheWrites, isRecord, removeOtherIdentities, SEVERITIES, trimOldest } from './cache-entries.js';

/** What inspecting one file's content found, without where the file lies (that is not part of its bytes). */
export interface CachedVerdict {
  usable: boolean;
  pages?: number;
  findings: Finding[];
}

/** A verdict made from the bytes alone: none of its findings says something about this machine at this moment. */
export function isSettled(verdict: CachedVerdict): boolean {
  return verdict.findings.every((f) => !('transient' in MESSAGES[f.code]));
}

const FORMAT = 1;
/** a sub-folder is trimmed on the first entry of a run written into it and on every this many after */
const PRUNE_EVERY = 25;
/** entries per sub-folder (256 of them) before the oldest are removed: ~64,000 files, a few tens of MB */
const ENTRIES_PER_FOLDER = 250;
/** a real entry is a few hundred bytes: anything much larger is not ours */
const MAX_ENTRY_BYTES = 64 * 1024;

type ArgValue = string | number | boolean | (string | number)[];
interface Entry {
  key: string;
  usable: boolean;
  pages?: number;
  findings: { code: string; severity: Finding['severity']; args: Record<string, ArgValue> }[];
}

const isArgValue = (v: unknown): v is ArgValue =>
  typeof v === 'string' ||
  typeof v === 'number' ||
  typeof v === 'boolean' ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'));

/**
 * An entry as read from disk, checked field by field (it may be damaged, or written by anything),
 * with only the fields it should have; undefined when anything is wrong. By hand rather than with
 * a schema: a re-check reads one entry per attachment, and this is most of what it does with them.
 */
function asEntry(data: unknown): Entry | undefined {
  if (!isRecord(data) || data.format !== FORMAT || typeof data.key !== 'string' || typeof data.usable !== 'boolean') return undefined;
  const { pages } = data;
  if (pages !== undefined && !(Number.isSafeInteger(pages) && (pages as number) >= 0)) return undefined;
  if (!Array.isArray(data.findings)) return undefined;
  const findings: Entry['findings'] = [];
  for (const f of data.findings as unknown[]) {
    if (!isRecord(f) || typeof f.code !== 'string' || !Object.hasOwn(MESSAGES, f.code) || !SEVERITIES.has(f.severity)) return undefined;
    if (!isRecord(f.args) || !Object.values(f.args).every(isArgValue)) return undefined;
    findings.push({ code: f.code, severity: f.severity as Finding['severity'], args: f.args as Record<string, ArgValue> });
  }
  return { key: data.key, usable: data.usable, ...(pages !== undefined ? { pages: pages as number } : {}), findings };
}

/**
 * Verdicts on attachments' content, kept between runs and keyed by the content itself (its
 * SHA-256) and by what made the verdict (gecc and its readers): the same bytes always get the
 * same verdict, so it can be reused safely. Every problem with the cache — missing, unwritable,
 * damaged or foreign entries — makes it read the file again; it never fails a check.
 */
export class VerdictCache {
  private readonly folder: string;
  private readonly written = new Set<string>();
  /** entries written this run, by sub-folder */
  private readonly folders = new Map<string, number>();
  private oldRemoved = false;
  constructor(
    /** the user's cache folder, which other memories of gecc share */
    readonly root: string,
    private readonly identity: string,
    /** the run's writes into the cache folder (shared with its result cache) */
    private readonly writes = new CacheWrites(root),
  ) {
    this.folder = path.join(root, `verdicts-${FORMAT}`, identity);
  }

  async get(sha256: string, type: string, relative: string): Promise<CachedVerdict | undefined> {
    const key = `${type}:${sha256}`;
    try {
      const file = this.fileOf(sha256, type);
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_ENTRY_BYTES) return undefined;
      const entry = asEntry(JSON.parse(await readFile(file, 'utf8')));
      if (!entry || entry.key !== key) return undefined;
      // the severity is the catalogue's of today, whatever it was when the entry was written
      const findings = entry.findings.map(
        (f) => ({ ...f, severity: MESSAGES[f.code as keyof typeof MESSAGES].severity, args: { ...f.args, path: relative } }) as Finding,
      );
      return { usable: entry.usable, findings, ...(entry.pages !== undefined ? { pages: entry.pages } : {}) };
    } catch {
      return undefined;
    }
  }

  async set(sha256: string, type: string, verdict: CachedVerdict): Promise<void> {
    const key = `${type}:${sha256}`;
    if (this.written.has(key)) return;
    this.written.add(key);
    // the file's name is not kept (the same bytes may be another file next time), its place is:
    // read back, the path takes that place, and a JSON report is the same byte for byte
    const findings = verdict.findings.map(({ code, severity, args }) => ({
      code,
      severity,
      args: 'path' in args ? { ...args, path: '' } : args,
    }));
    const entry = {
      format: FORMAT,
      key,
      usable: verdict.usable,
      ...(verdict.pages !== undefined ? { pages: verdict.pages } : {}),
      findings,
    };
    try {
      const file = this.fileOf(sha256, type);
      const folder = path.dirname(file);
      // each sub-folder trimmed to its bound on its first entry of a run and every PRUNE_EVERY
      // after (a batch writes ~900 entries: a folder listing each time cost more than the entry)
      const written = this.folders.get(folder) ?? 0;
      this.folders.set(folder, written + 1);
      if (!(await this.writes.write(file, JSON.stringify(entry)))) return;
      // up to PRUNE_EVERY more come before the next look: the bound holds in between
      if (written % PRUNE_EVERY === 0) await trimOldest(folder, ENTRIES_PER_FOLDER, PRUNE_EVERY);
      if (!this.oldRemoved) {
        this.oldRemoved = true;
        await removeOtherIdentities(path.join(this.root, `verdicts-${FORMAT}`), this.identity);
      }
    } catch {
      // a cache that cannot be written only means the next run reads the file again
    }
  }

  private fileOf(sha256: string, type: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !/^[a-z]+$/.test(type)) throw new Error('not a content key');
    return path.join(this.folder, sha256.slice(0, 2), `${sha256}.${type}.json`);
  }
}
