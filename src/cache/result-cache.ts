import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashAtMost } from '../attachments/hash-file.js';
import { MESSAGES } from '../findings/messages.js';
import { mapLimited } from '../map-limited.js';
import type { ApplicationResult } from '../result.js';
import { CacheWrites, type EntryBounds, EntryFolder, isRecord, SEVERITIES } from './cache-entries.js';
import { folderListing, sameListing } from './folder-listing.js';
import { checkerIdentity } from './reader-identity.js';
import { isSettled } from './settled.js';

/** A result as kept: without the catalogue (gecc's own, or the run's --criteria, found again) and without the calendar. */
type KeptResult = Omit<ApplicationResult, 'catalogue'>;

export interface Recalled {
  result: KeptResult;
  /** the edition of the catalogue the result was judged by */
  catalogueEdition: string;
  /** whether the check reached the calendar (a finding on the application window is added anew) */
  calendar: boolean;
}

/** What a result depends on besides the folder: whatever of the check's options changes findings. */
export interface ResultKey {
  display: string;
  edition?: string;
  strict?: boolean;
  /** the run's own catalogue (--criteria), if any, as given */
  catalogue?: unknown;
}

/** One file of the application as the check read it: where its name led, and the bytes found there. */
export interface FileRead {
  /** as named inside the folder (forward slashes) */
  file: string;
  /** where that name led, links resolved */
  real: string;
  sha256: string;
  bytes: number;
}

interface Body extends Recalled {
  listing: string[];
  reads: FileRead[];
}

const FORMAT = 1;
/** a result is tens of KB: a few hundred applications' last results */
const BOUNDS: EntryBounds = { entries: 400, every: 25, maxBytes: 16 * 1024 * 1024 };
/** files hashed at once when a result is recalled */
const HASHED_AT_ONCE = 4;
const EMPTY_SHA256 = createHash('sha256').digest('hex');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The last result of each application folder, kept between runs in the user's cache folder with
 * everything it was made from: the folder's listing and the SHA-256 of every file the check read.
 * A check of a folder whose listing and files are all the same again gives the same result (the
 * calendar aside, which is judged anew), so it is recalled instead of made: a re-check of an
 * unchanged application costs listing and hashing its files. Anything not the same, missing,
 * damaged or written by other code than this is a miss, and the application is checked.
 */
export class ResultCache {
  private readonly entries: EntryFolder;

  constructor(
    root: string,
    private readonly identity = checkerIdentity(),
    /** the run's writes into the cache folder (shared with its verdict cache) */
    writes = new CacheWrites(root),
  ) {
    this.entries = new EntryFolder(writes, path.join(root, `results-${FORMAT}`), identity, BOUNDS);
  }

  /**
   * The kept result of this folder if nothing it was made from has changed; else the listing of
   * the folder as it is now, taken before the check, to keep the coming result with (a file added
   * during the check then makes the kept result a miss, never a stale hit).
   */
  async recall(dir: string, key: ResultKey): Promise<{ recalled?: Recalled; listing?: string[]; name?: string }> {
    let name: string;
    try {
      name = sha256(JSON.stringify([this.identity, path.resolve(dir), key]));
    } catch {
      return {};
    }
    const [listing, body] = await Promise.all([folderListing(dir), this.read(name)]);
    if (!listing) return {};
    if (!body || !sameListing(body.listing, listing)) return { listing, name };
    const found = await mapLimited(body.reads, HASHED_AT_ONCE, (read) => sameRead(dir, read));
    if (!found.every(Boolean)) return { listing, name };
    const onDisk = new Map(found.map((where, i) => [body.reads[i]!.real, where!]));
    const attachments = body.result.attachments.map((a) =>
      a.onDisk ? { ...a, onDisk: { ...a.onDisk, ...onDisk.get(a.onDisk.realPath) } } : a,
    );
    return { recalled: { result: { ...body.result, attachments }, catalogueEdition: body.catalogueEdition, calendar: body.calendar } };
  }

  /**
   * Keeps a result made from the folder as `listing` lists it, with `answers` the answers file's
   * bytes as read. Only a settled result is kept: one whose every file was read whole and hashed,
   * and none of whose findings belongs to this machine at this moment (a time limit, a file
   * another program holds open).
   */
  async keep(name: string, listing: string[], kept: Recalled & { answers: FileRead }): Promise<void> {
    const { result } = kept;
    // an attachment's findings are not all among the application's (an item may expect one)
    if (!isSettled([...result.findings, ...result.attachments.flatMap((a) => a.findings)])) return;
    const reads: FileRead[] = [kept.answers];
    for (const a of result.attachments) {
      if (!a.onDisk) continue;
      const judged = a.onDisk.judged ?? (a.bytes === 0 ? EMPTY_SHA256 : undefined);
      if (!judged || a.bytes === undefined) return;
      reads.push({ file: a.path, real: a.onDisk.realPath, sha256: judged, bytes: a.bytes });
    }
    const body: Body = { listing, reads, catalogueEdition: kept.catalogueEdition, calendar: kept.calendar, result };
    try {
      const text = JSON.stringify(body);
      const entry = JSON.stringify({ format: FORMAT, name, digest: sha256(text), body: text });
      await this.entries.write(path.join(this.entries.folder, `${name}.json`), entry);
    } catch {
      // a result that cannot be kept only means the next run checks the folder again
    }
  }

  private async read(name: string): Promise<Body | undefined> {
    try {
      const entry = await this.entries.read(path.join(this.entries.folder, `${name}.json`));
      if (!isRecord(entry) || entry.format !== FORMAT || entry.name !== name || typeof entry.body !== 'string') return undefined;
      // written whole by this code (renamed into place); anything else, damaged or not ours, fails here
      if (entry.digest !== sha256(entry.body)) return undefined;
      const body: unknown = JSON.parse(entry.body);
      return isBody(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }
}

/**
 * Which file a read is now, if its name still leads to the same file with the same bytes: the
 * folder may be a link moved to another folder, or a link inside it may lead elsewhere now.
 */
async function sameRead(dir: string, read: FileRead): Promise<{ device: number; inode: number } | undefined> {
  try {
    if ((await realpath(path.join(dir, read.file))) !== read.real) return undefined;
    const info = await stat(read.real);
    // a file of another size has other bytes: not read at all
    if (info.size !== read.bytes) return undefined;
    const hashed = await hashAtMost(read.real, Number.MAX_SAFE_INTEGER, 0);
    return hashed.sha256 === read.sha256 ? { device: info.dev, inode: info.ino } : undefined;
  } catch {
    return undefined;
  }
}

const isFinding = (f: unknown) =>
  isRecord(f) && typeof f.code === 'string' && Object.hasOwn(MESSAGES, f.code) && SEVERITIES.has(f.severity);
const isRead = (r: unknown) =>
  isRecord(r) && typeof r.file === 'string' && typeof r.real === 'string' && typeof r.sha256 === 'string' && Number.isSafeInteger(r.bytes);

/**
 * An entry's body, checked for what the verdict, the exit code and every report rely on (the
 * digest already tells this code's own entries from anything else; this keeps a forged one from
 * breaking a report or counting as ready).
 */
function isBody(v: unknown): v is Body {
  if (!isRecord(v) || !isRecord(v.result) || typeof v.catalogueEdition !== 'string' || typeof v.calendar !== 'boolean') return false;
  if (!Array.isArray(v.listing) || !v.listing.every((entry) => typeof entry === 'string')) return false;
  if (!Array.isArray(v.reads) || !v.reads.every(isRead)) return false;
  const r = v.result;
  if (typeof r.path !== 'string' || typeof r.edition !== 'string' || typeof r.ready !== 'boolean' || typeof r.disqualified !== 'boolean')
    return false;
  if (!isRecord(r.scores) || !isRecord(r.unit) || !Array.isArray(r.items) || !r.items.every(isRecord)) return false;
  if (!Array.isArray(r.findings) || !r.findings.every(isFinding)) return false;
  return (
    Array.isArray(r.attachments) &&
    r.attachments.every(
      (a) =>
        isRecord(a) &&
        typeof a.path === 'string' &&
        typeof a.usable === 'boolean' &&
        Array.isArray(a.findings) &&
        a.findings.every(isFinding),
    )
  );
}
