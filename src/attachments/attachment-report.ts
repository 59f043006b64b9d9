import type { AttachmentType } from '../attachment-kinds.js';
import type { Finding } from '../findings/finding.js';
import { isUsable } from '../findings/verdict.js';

/** What one attached file is and what was found in it: plain data, part of an application's result. */
export interface AttachmentReport {
  /** the reference as resolved: relative to the application folder, forward slashes */
  path: string;
  /** true when the file can serve as evidence (errors make it false; warnings do not) */
  usable: boolean;
  findings: Finding[];
  bytes?: number;
  type?: AttachmentType;
  sha256?: string;
  pages?: number;
  /**
   * the file on disk it resolved to, once (its real path and device + inode): what reports and
   * output checks rely on instead of resolving the reference again; never part of a report
   */
  onDisk?: {
    realPath: string;
    device: number;
    inode: number;
    /** the SHA-256 of the bytes the findings were made from, where they were all read */
    judged?: string;
  };
}

/** A file's report with its verdict, which its findings decide (see isUsable). */
export const withVerdict = ({ path, ...report }: Omit<AttachmentReport, 'usable'>): AttachmentReport => ({
  path,
  usable: isUsable(report.findings),
  ...report,
});
