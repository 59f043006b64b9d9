import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ApplicationResult, CheckReport } from '../result.js';
import { answersRead, countsOf, verdictOf } from './application-facts.js';
import { markOf } from './marks.js';
import { BATCH_TEXT } from './batch-text.js';
import { forDisplay } from './for-display.js';
import { answeredNoItems, incompleteItems } from './human-report.js';

export interface CsvOptions {
  lang: Lang;
  /** when the check was made: written in every row (empty when not given) */
  generatedAt?: Date;
}

/**
 * A cell: text, a number, or a date and time meant to be read as one by the spreadsheet
 * (written as it is, where other text that looks like a date is kept as text).
 */
export type Value = string | number | { dateTime: string };

/**
 * One row per application, for Excel: UTF-8 with a byte order mark (without it Excel reads
 * Thai as mojibake), CRLF line ends, no cell that Excel would run as a formula, and no text that
 * a spreadsheet would turn into a number or a date (a phone's leading 0 kept). The folder's values
 * have their control characters escaped before the formula check, so that an escaped tab or
 * new line cannot hide a formula's first character from it.
 */
export function csvReport(given: CheckReport, { lang, generatedAt }: CsvOptions): string {
  const report = forDisplay(given);
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

/** Rows as Excel opens them by a double click: BOM, CRLF, quoted where needed, no formulas, text kept as text. */
export function csvDocument(rows: Value[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Who to call about the application, and what the check was: to chase a unit from the sheet. */
function chaseColumns(app: ApplicationResult, lang: Lang, checkedAt: string): Value[] {
  const { contact } = app;
  return [
    contact?.name ?? '',
    phoneCell(contact?.phone),
    contact?.email ?? '',
    checkedAt === '' ? '' : { dateTime: checkedAt },
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

/**
 * A phone written with digits only, grouped as Thai numbers are written (081 234 5678,
 * 02 123 4567, 053 123 456): text to Excel and LibreOffice alike, where 0812345678 would become
 * the number 812345678. Any other phone is left as written.
 */
export function phoneCell(phone: string | undefined): string {
  if (phone === undefined) return '';
  const bangkok = /^(02)(\d{3})(\d{4})$/.exec(phone);
  const other = /^(0\d{2})(\d{3})(\d{3,4})$/.exec(phone);
  return (bangkok ?? other)?.slice(1).join(' ') ?? phone;
}

/** Numbers, as Excel and LibreOffice read them: signs, thousands, decimals, exponents, per cent. */
const NUMBER = /^[+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;
/** Dates, times and fractions as Excel reads them (LibreOffice too, with "detect special numbers"). */
const DATE_LIKE = [
  /^\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?$/i,
  /^\d+ \d+\/\d+$/,
  /^\d{1,2}[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[- ]\d{2,4})?$/i,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[- ]\d{1,4}$/i,
  /^(?:true|false)$/i,
];

/**
 * Text a spreadsheet would show otherwise than written: a number that loses a leading 0, a
 * trailing decimal 0, its sign or its digits (more than 11 are shown as 1.23E+11), and anything
 * read as a date, a time or true/false. The number 2566 is shown as written and left alone.
 */
function changedBySpreadsheet(text: string): boolean {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return String(Number(trimmed.replace(/[,%]/g, ''))) !== text || /\d{12}/.test(trimmed);
  return DATE_LIKE.some((shape) => shape.test(trimmed));
}

/**
 * One cell. Text that a spreadsheet would change is written as the formula ="…": Excel shows
 * its text and keeps it as text; so does LibreOffice with "Evaluate formulas" ticked in its Text
 * Import dialog (without it the cell shows ="…", its text still whole). Such text holds only
 * digits and + - , . / : % and letters of a month or true/false, so the formula is never more
 * than its text.
 */
function csvCell(value: Value): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return value.dateTime;
  const text = changedBySpreadsheet(value) ? `="${value}"` : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
