import type { Lang } from '../findings/message-spec.js';
import { renderMessage } from '../findings/render-message.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ApplicationResult, CheckReport } from '../result.js';
import { answersRead, countsOf, verdictOf } from './application-facts.js';
import { markOf } from './marks.js';
import { BATCH_TEXT } from './batch-text.js';
import { answeredNoItems, incompleteItems } from './human-report.js';

export interface CsvOptions {
  lang: Lang;
  /** when the check was made: written in every row (empty when not given) */
  generatedAt?: Date;
}

export type Value = string | number;

/**
 * One row per application, for Excel: UTF-8 with a byte order mark (without it Excel reads
 * Thai as mojibake), CRLF line ends, and no cell that Excel would run as a formula.
 */
export function csvReport(report: CheckReport, { lang, generatedAt }: CsvOptions): string {
  const t = BATCH_TEXT[lang].columns;
  const header = [
    t.folder,
    t.unit,
    t.parent,
    t.kind,
    t.applicant,
    t.edition,
    t.verdict,
    t.physical,
    t.outOf(t.physical),
    t.basic,
    t.outOf(t.basic),
    t.least(t.basic),
    t.advanced,
    t.outOf(t.advanced),
    t.least(t.advanced),
    t.outcome,
    t.outOf(t.outcome),
    t.least(t.outcome),
    t.errors,
    t.warnings,
    t.incomplete,
    t.problems,
    // added after the first columns, so that scripts reading columns by position keep working
    t.contactName,
    t.contactPhone,
    t.contactEmail,
    t.checkedAt,
    t.version,
    t.criteria,
    t.answeredNo,
  ];
  const checkedAt = generatedAt ? csvDateTime(generatedAt) : '';
  return csvDocument([header, ...report.applications.map((app) => [...csvRow(app, lang), ...chaseColumns(app, lang, checkedAt)])]);
}

/** Rows as Excel opens them by a double click: BOM, CRLF, quoted where needed, no formulas. */
export function csvDocument(rows: Value[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Who to call about the application, and what the check was: to chase a unit from the sheet. */
function chaseColumns(app: ApplicationResult, lang: Lang, checkedAt: string): Value[] {
  const { contact } = app;
  return [
    contact?.name ?? '',
    contact?.phone ?? '',
    contact?.email ?? '',
    checkedAt,
    PACKAGE_VERSION,
    `${app.edition} — ${app.catalogue.title[lang]}`,
    answeredNoItems(app)
      .map((i) => i.id)
      .join(', '),
  ];
}

/** Bangkok time as Excel reads a date and time in a cell: 2023-02-01 09:00. */
function csvDateTime(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Bangkok',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function csvRow(app: ApplicationResult, lang: Lang): Value[] {
  const words = BATCH_TEXT[lang];
  const read = answersRead(app);
  const { errors, warnings } = countsOf(app);
  const verdict = verdictOf(app);
  const { physical, basic, advanced, outcome } = app.scores;
  const score = (value: number) => (read ? value : '');
  const required = (value: number | null) => value ?? '';
  const problems = app.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${markOf(f.severity)} ${f.item ? `${f.item}: ` : ''}${renderMessage(f, lang, app.catalogue).text}`);
  return [
    app.path,
    app.unit.name ?? '',
    app.unit.parent ?? '',
    app.unit.kind ? (words.kinds[app.unit.kind] ?? app.unit.kind) : '',
    app.unit.applicant ? (words.applicants[app.unit.applicant] ?? app.unit.applicant) : '',
    app.edition,
    verdict === 'ready' ? words.ready : verdict === 'disqualified' ? words.disqualified : words.notReady,
    score(physical.met),
    physical.total,
    score(basic.score),
    basic.max,
    required(basic.required),
    score(advanced.score),
    advanced.max,
    required(advanced.required),
    score(outcome.score),
    outcome.max,
    required(outcome.required),
    errors,
    warnings,
    incompleteItems(app)
      .map((i) => i.id)
      .join(', '),
    problems.join('\n'),
  ];
}

/** Characters that make Excel (and LibreOffice) read a cell as a formula, or strip into one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that could run as a formula gets a leading apostrophe (shown as text, not run). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: Value): string {
  if (typeof value === 'number') return String(value);
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
