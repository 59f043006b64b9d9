import type { Finding } from '../findings/finding.js';
import type { FindingCode } from '../findings/messages.js';
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
  /** problems (errors and warnings) that were not there in the previous run */
  added: ChangedFinding[];
  /** notes (ℹ) that were not there in the previous run: nothing to fix; one gone is not listed */
  notes: ChangedFinding[];
  /**
   * problems of the previous run that could not be looked for this time: the answers file (or
   * the attachment they were about) could not be read, so they are not fixed, only unseen
   */
  unchecked: ChangedFinding[];
  /** applications whose verdict changed */
  verdicts: { path: string; ready: boolean }[];
}

/** Findings that say a file could not be looked into: what was found inside it before is not known now. */
const FILE_NOT_READ: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'file.not-found',
  'file.not-a-file',
  'file.unreadable',
  'file.empty',
  'file.link-outside',
  'file.outside-folder',
  'file.absolute-path',
  'pdf.unreadable',
  'pdf.damaged',
  'pdf.password',
  'pdf.timeout',
  'pdf.too-slow',
  'pdf.too-much-memory',
  'pdf.not-checked',
]);

/**
 * Which problem a finding is, whatever its wording: the application, code, item and file, and
 * the words its message names (a group, a section, a value), but not its numbers or its line,
 * which move as the file is edited without the problem being a new one.
 */
function problemKey(app: ApplicationResult, finding: Finding): string {
  const names = Object.entries(finding.args as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'string')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([app.path, finding.code, finding.item ?? '', finding.file ?? '', names]);
}

/** What changed between two runs, finding by finding. */
export function reportChanges(before: CheckReport, after: CheckReport): ReportChanges {
  const keyed = (report: CheckReport) => {
    const map = new Map<string, ChangedFinding[]>();
    for (const app of report.applications) {
      for (const finding of app.findings) {
        const key = problemKey(app, finding);
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

  const afterByPath = new Map(after.applications.map((a) => [a.path, a]));
  const isNote = (change: ChangedFinding) => change.finding.severity === 'info';
  const gone = surplus(old, now).filter((change) => !isNote(change));
  const added = surplus(now, old);
  const unseen = (change: ChangedFinding): boolean => {
    const app = afterByPath.get(change.path);
    if (!app) return false;
    // the answers could not be read this time: no item was looked at
    if (app.items.length === 0 && change.app.items.length > 0) return true;
    const file = change.finding.file;
    return file !== undefined && app.findings.some((f) => f.file === file && f.code !== change.finding.code && FILE_NOT_READ.has(f.code));
  };
  const readyBefore = new Map(before.applications.map((a) => [a.path, a.ready]));
  return {
    fixed: gone.filter((change) => !unseen(change)),
    added: added.filter((change) => !isNote(change)),
    notes: added.filter(isNote),
    unchecked: gone.filter(unseen),
    verdicts: after.applications
      .filter((a) => readyBefore.has(a.path) && readyBefore.get(a.path) !== a.ready)
      .map((a) => ({ path: a.path, ready: a.ready })),
  };
}
