import type { Finding } from '../findings/finding.js';
import type { ApplicationResult } from '../result.js';

/** Facts about one application that several batch reports show the same way. */
export type Verdict = 'ready' | 'not-ready' | 'disqualified';

export const verdictOf = (app: ApplicationResult): Verdict => (app.ready ? 'ready' : app.disqualified ? 'disqualified' : 'not-ready');

export function countsOf(app: ApplicationResult): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of app.findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** "application.yaml:12:3": where in the answers file a finding points, when it points there. */
export function answersPosition(finding: Finding, app: ApplicationResult): string | undefined {
  return finding.line !== undefined ? `${answersFileOf(app)}:${finding.line}:${finding.column ?? 1}` : undefined;
}

/** Where a finding points: its place in the answers file, else the attachment it is about. */
export const findingPlace = (finding: Finding, app: ApplicationResult): string | undefined => answersPosition(finding, app) ?? finding.file;

/** The answers file's name as the folder has it (application.yml, or the usual name when none was read). */
export const answersFileOf = (app: ApplicationResult): string => app.answersFile ?? 'application.yaml';

/** false when application.yaml was missing or unreadable: no item was checked, scores mean nothing. */
export const answersRead = (app: ApplicationResult): boolean => app.items.length > 0;
