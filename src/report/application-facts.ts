import type { Finding } from '../findings/finding.js';
import type { FindingOf } from '../findings/make-finding.js';
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

/** Why an application's answers were not read, as the batch reports name it in a word or two. */
export type NotReadReason =
  | 'empty-folder'
  | 'not-an-application'
  | 'zip'
  | 'answers-misnamed'
  | 'answers-deeper'
  | 'loose-answers-file'
  | 'broken-link'
  | 'folder-unreadable'
  | 'answers-unreadable'
  | 'answers-not-text'
  | 'answers-empty'
  | 'yaml-broken'
  | 'edition-unknown'
  | 'not-checked';

const REASON_OF_CODE: Partial<Record<Finding['code'], NotReadReason>> = {
  'application.no-answers-file': 'not-an-application',
  'batch.current-folder-not-application': 'not-an-application',
  'batch.zip-not-extracted': 'zip',
  'batch.loose-answers-file': 'loose-answers-file',
  'batch.broken-link': 'broken-link',
  'batch.unreadable': 'folder-unreadable',
  'answers.unreadable': 'answers-unreadable',
  'answers.link-outside': 'answers-unreadable',
  'answers.not-a-file': 'answers-unreadable',
  'answers.too-large': 'answers-unreadable',
  'answers.too-many-entries': 'answers-unreadable',
  'answers.encoding-utf16': 'answers-not-text',
  'answers.encoding-binary': 'answers-not-text',
  'answers.encoding-invalid': 'answers-not-text',
  'answers.empty': 'answers-empty',
  'answers.not-a-mapping': 'yaml-broken',
  'edition.unknown': 'edition-unknown',
};

const REASON_OF_FOUND: Record<FindingOf<'batch.no-answers-file'>['args']['found'], NotReadReason> = {
  empty: 'empty-folder',
  documents: 'not-an-application',
  zip: 'zip',
  'other-yaml': 'answers-misnamed',
  deeper: 'answers-deeper',
};

/** The first error that kept the answers from being read, as a reason (for an application whose answers were not read). */
export function notReadReason(app: ApplicationResult): NotReadReason {
  for (const f of app.findings) {
    if (f.severity !== 'error') continue;
    if (f.code === 'batch.no-answers-file') return REASON_OF_FOUND[f.args.found];
    if (f.code.startsWith('yaml.')) return 'yaml-broken';
    const reason = REASON_OF_CODE[f.code];
    if (reason) return reason;
  }
  return 'not-checked';
}
