import type { Finding } from './finding.js';
import { MESSAGES } from './messages.js';

// The two verdicts gecc gives, each made here alone from the findings: every report, cache and
// page shows what these say, never a flag set by hand along the way

/** Whether a file can serve as evidence: none of its findings is an error (warnings do not count). */
export function isUsable(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === 'error');
}

/**
 * Whether an application is ready to send: not disqualified and without an error; with
 * `--strict`, without a warning about the application either (the calendar, the application
 * window, is not the application's: --strict never counts it).
 */
export function isReady(findings: readonly Finding[], { disqualified, strict }: { disqualified: boolean; strict: boolean }): boolean {
  if (disqualified) return false;
  return !findings.some(
    (f) => f.severity === 'error' || (strict && f.severity === 'warning' && !('notTheApplications' in MESSAGES[f.code])),
  );
}
