import { MESSAGES } from '../findings/messages.js';
import type { CheckReport } from '../result.js';

export const EXIT = { ready: 0, notReady: 1, cannotRun: 2 } as const;

/** 0 when every application is ready, 1 when any is not, 2 when gecc itself failed on one. */
export function exitCodeOf(report: CheckReport): number {
  if (report.applications.some((a) => a.findings.some((f) => 'internalFault' in MESSAGES[f.code]))) return EXIT.cannotRun;
  return report.applications.every((a) => a.ready) ? EXIT.ready : EXIT.notReady;
}
