import type { Stats } from 'node:fs';
import { isSettled } from '../cache/settled.js';
import type { AttachmentReport } from './attachment-report.js';

/** FAT keeps times to 2 s and Windows rounds them up: a time that coarse may lie 2 s either side of the write */
const COARSE_MS = 4000;
/**
 * A fine file system still dates a change by a clock that moves in ticks (up to 10 ms on Linux,
 * 16 ms on Windows): two writes in one tick get the same time
 */
const TICK_MS = 100;

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
   * Whether the file could be written again without its stamp showing it: a write of the same
   * size dated by the same tick of the clock as the last one leaves size and times as they were.
   * A file system that keeps times to the second or two (FAT on a USB stick, HFS+) has ticks of
   * seconds; any other, of milliseconds. A file changed within a tick of the moment it was looked
   * at (`lookedAtMs`, before its stat) is read again at the next check: a change after the look
   * gets a later time.
   */
  static mayChangeUnseen(info: Stats, lookedAtMs: number): boolean {
    // whole seconds: a coarse file system (or, once in a thousand, a fine one by chance: read again)
    const coarse = info.mtimeMs % 1000 === 0 && lookedAtMs - info.mtimeMs < COARSE_MS;
    // ctime: every change sets it to the clock's time, and no program can set it back
    return coarse || lookedAtMs - info.ctimeMs < TICK_MS;
  }

  get(absolute: string, relative: string, stamp: string): AttachmentReport | undefined {
    const known = this.reports.get(`${absolute}\n${relative}`);
    return known && known.stamp === stamp ? known.report : undefined;
  }

  private set(absolute: string, relative: string, stamp: string, report: AttachmentReport): void {
    this.reports.set(`${absolute}\n${relative}`, { stamp, report });
  }

  /**
   * The report of a file unchanged since it was last inspected, or a fresh one from `inspect`,
   * remembered unless it is a verdict of this moment (a time limit: asked again at the next check)
   * or the file could change without its stamp showing it. `lookedAtMs`: taken before the file's stat.
   */
  async through(
    file: { absolute: string; relative: string; info: Stats },
    lookedAtMs: number,
    inspect: () => Promise<AttachmentReport>,
  ): Promise<AttachmentReport> {
    const stamp = AttachmentMemo.stampOf(file.info);
    const known = this.get(file.absolute, file.relative, stamp);
    if (known) return known;
    const report = await inspect();
    if (isSettled(report.findings) && !AttachmentMemo.mayChangeUnseen(file.info, lookedAtMs))
      this.set(file.absolute, file.relative, stamp, report);
    return report;
  }
}
