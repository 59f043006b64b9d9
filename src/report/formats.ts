import type { Lang } from '../findings/message-spec.js';
import type { CheckReport } from '../result.js';
import type { FormatName } from './format-names.js';
import { csvReport } from './csv-report.js';
import { findingsCsvReport } from './findings-csv-report.js';
import { forDisplay } from './for-display.js';
import { htmlReport } from './html-report.js';
import { humanReport } from './human-report.js';
import { jsonReport } from './json-report.js';
import { junitReport } from './junit-report.js';
import { summaryTable } from './summary-table.js';

export interface FormatOptions {
  lang: Lang;
  /** colours (human only); the CLI decides from the terminal and NO_COLOR, files never get them */
  color: boolean;
  /** human: only the summary table, not every application's report */
  summaryOnly?: boolean;
  /** human: plain ASCII marks instead of ✔ ✖ ⚠ */
  ascii?: boolean;
  /** html: when the report was made, printed on it; csv: written in every row */
  generatedAt?: Date;
  /** human: the full summary table, however wide (by default it fits 100 columns) */
  wide?: boolean;
}

/** A report: a pure function of the result. */
export type ReportFormat = (report: CheckReport, options: FormatOptions) => string;

/** Every format `--format` and `--report <format>=<file>` accept. A new format is one more entry. */
export const REPORT_FORMATS = {
  // formats for people get the folder's values with their control characters shown escaped
  human: (report, options) => humanWithSummary(forDisplay(report), options),
  json: (report, { lang }) => jsonReport(report, lang),
  csv: (report, { lang, generatedAt }) => csvReport(forDisplay(report), { lang, ...(generatedAt ? { generatedAt } : {}) }),
  'findings-csv': (report, options) => findingsCsvReport(forDisplay(report), options),
  junit: (report, options) => junitReport(forDisplay(report), options),
  html: (report, { lang, generatedAt }) => htmlReport(forDisplay(report), { lang, ...(generatedAt ? { generatedAt } : {}) }),
} satisfies Record<FormatName, ReportFormat>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';

/** Every application's report, then (for more than one) the summary table; or the table alone. */
function humanWithSummary(report: CheckReport, options: FormatOptions): string {
  if (options.summaryOnly) return summaryTable(report, options);
  const body = humanReport(report, options);
  return report.applications.length > 1 ? `${body}\n${summaryTable(report, options)}` : body;
}
