import type { ApplicationResult } from '../result.js';

/** Facts about one application that several batch reports show the same way. */
export type Verdict = 'ready' | 'not-ready' | 'disqualified';

export const verdictOf = (app: ApplicationResult): Verdict => (app.ready ? 'ready' : app.disqualified ? 'disqualified' : 'not-ready');

export function countsOf(app: ApplicationResult): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of app.findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** false when application.yaml was missing or unreadable: no item was checked, scores mean nothing. */
export const answersRead = (app: ApplicationResult): boolean => app.items.length > 0;
