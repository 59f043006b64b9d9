import type { Stats } from 'node:fs';
import type { AttachmentReport } from './attachment-inspector.js';

/** FAT keeps times to 2 s and Windows rounds them up: a time that coarse may lie 2 s either side of the write */
const COARSE_MS = 4000;

/**
 * What `--watch` remembers of each attachment between its checks: the report of a file whose
 * identity on disk, size and times have not changed since it was read is used again, without
 * reading the file. Only for a watching process: across runs the cache, keyed by content, is
 * what is trusted.
 */
export class AttachmentMemo {
  private readonly reports = new Map<string, { stamp: string; report: AttachmentReport }>();

  static stampOf(info: Stats): string {
    // ctime changes with every write, and no program can set it back
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  }

  /**
   * Whether the file could be written again without its stamp showing it: a file system that keeps
   * times to the second or two (FAT on a USB stick, HFS+) gives a second save within the same
   * seconds, of the same size, the same times as the first. Such a file, saved around the moment
   * it was looked at (`lookedAtMs`, before its stat), is read again at the next check.
   */
  static mayChangeUnseen(info: Stats, lookedAtMs: number): boolean {
    // whole seconds: a coarse file system (or, once in a thousand, a fine one by chance: read again)
    return info.mtimeMs % 1000 === 0 && lookedAtMs - info.mtimeMs < COARSE_MS;
  }

  get(absolute: string, relative: string, stamp: string): AttachmentReport | undefined {
    const known = this.reports.get(`${absolute}\n${relative}`);
    return known && known.stamp === stamp ? known.report : undefined;
  }

  set(absolute: string, relative: string, stamp: string, report: AttachmentReport): void {
    this.reports.set(`${absolute}\n${relative}`, { stamp, report });
  }
}
