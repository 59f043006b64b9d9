import type { Finding } from '../findings/finding.js';
import { MESSAGES } from '../findings/messages.js';

/**
 * Whether a verdict may be kept, by the verdict cache, the result cache or a watch's memory: made
 * from the bytes alone, so that the same bytes would get it again. Not when one of its findings
 * belongs to this machine at this moment (a time limit, a reader that could not load), is a fault
 * of gecc's own, or says a file could not be read (another program holding it open).
 */
export function isSettled(findings: readonly Finding[]): boolean {
  return findings.every((f) => {
    const spec = MESSAGES[f.code];
    return !('transient' in spec) && !('internalFault' in spec) && f.code !== 'file.unreadable';
  });
}
