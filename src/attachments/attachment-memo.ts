import type { Stats } from 'node:fs';
import type { AttachmentReport } from './attachment-inspector.js';

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

  get(absolute: string, relative: string, stamp: string): AttachmentReport | undefined {
    const known = this.reports.get(`${absolute}\n${relative}`);
    return known && known.stamp === stamp ? known.report : undefined;
  }

  set(absolute: string, relative: string, stamp: string, report: AttachmentReport): void {
    this.reports.set(`${absolute}\n${relative}`, { stamp, report });
  }
}
