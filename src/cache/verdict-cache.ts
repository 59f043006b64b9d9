import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { MESSAGES } from '../findings/messages.js';
import { CacheWrites, type EntryBounds, EntryFolder, isRecord, SEVERITIES } from './cache-entries.js';

/** What inspecting one file's content found, without where the file lies (that is not part of its bytes). */
export interface CachedVerdict {
  usable: boolean;
  pages?: number;
  findings: Finding[];
}

const FORMAT = 1;
const BOUNDS: EntryBounds = {
  /** entries per sub-folder (256 of them) before the oldest are removed: ~64,000 files, a few tens of MB */
  entries: 250,
  /** a batch writes ~900 entries into 256 sub-folders: each is looked at on its first and every 25th */
  every: 25,
  /** a real entry is a few hundred bytes: anything much larger is not ours */
  maxBytes: 64 * 1024,
};

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
  private readonly entries: EntryFolder;
  private readonly written = new Set<string>();

  constructor(
    /** the user's cache folder, which other memories of gecc share */
    readonly root: string,
    identity: string,
    /** the run's writes into the cache folder (shared with its result cache) */
    writes = new CacheWrites(root),
  ) {
    this.entries = new EntryFolder(writes, path.join(root, `verdicts-${FORMAT}`), identity, BOUNDS);
  }

  async get(sha256: string, type: string, relative: string): Promise<CachedVerdict | undefined> {
    const key = `${type}:${sha256}`;
    try {
      const entry = asEntry(await this.entries.read(this.fileOf(sha256, type)));
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
      await this.entries.write(this.fileOf(sha256, type), JSON.stringify(entry));
    } catch {
      // a cache that cannot be written only means the next run reads the file again
    }
  }

  private fileOf(sha256: string, type: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !/^[a-z]+$/.test(type)) throw new Error('not a content key');
    return path.join(this.entries.folder, sha256.slice(0, 2), `${sha256}.${type}.json`);
  }
}
