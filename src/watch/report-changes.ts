import type { Finding } from '../findings/finding.js';
import type { ApplicationResult, CheckReport } from '../result.js';

export interface ChangedFinding {
  /** the application, as reports name it */
  path: string;
  app: ApplicationResult;
  finding: Finding;
}

export interface ReportChanges {
  /** problems of the previous run that are gone */
  fixed: ChangedFinding[];
  /** problems that were not there in the previous run */
  added: ChangedFinding[];
  /** applications whose verdict changed */
  verdicts: { path: string; ready: boolean }[];
}

/**
 * What changed between two runs, finding by finding. Two findings are the same problem when
 * they have the same application, code, item and file: their line may move as the file is
 * edited, and their wording may carry new numbers, without the problem being a new one.
 */
export function reportChanges(before: CheckReport, after: CheckReport): ReportChanges {
  const keyed = (report: CheckReport) => {
    const map = new Map<string, ChangedFinding[]>();
    for (const app of report.applications) {
      for (const finding of app.findings) {
        const key = JSON.stringify([app.path, finding.code, finding.item ?? '', finding.file ?? '']);
        map.set(key, [...(map.get(key) ?? []), { path: app.path, app, finding }]);
      }
    }
    return map;
  };
  const old = keyed(before);
  const now = keyed(after);
  // the same key may stand for several findings (e.g. two bad files of one item): compare counts
  const surplus = (a: Map<string, ChangedFinding[]>, b: Map<string, ChangedFinding[]>) =>
    [...a.entries()].flatMap(([key, list]) => list.slice(b.get(key)?.length ?? 0));
  const readyBefore = new Map(before.applications.map((a) => [a.path, a.ready]));
  return {
    fixed: surplus(old, now),
    added: surplus(now, old),
    verdicts: after.applications
      .filter((a) => readyBefore.has(a.path) && readyBefore.get(a.path) !== a.ready)
      .map((a) => ({ path: a.path, ready: a.ready })),
  };
}
