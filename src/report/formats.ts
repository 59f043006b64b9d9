import type { Lang } from '../findings/message-spec.js';
import type { CheckReport } from '../result.js';
import type { FormatName } from './format-names.js';
import { forDisplay } from './for-display.js';

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

/**
 * Every format `--format` and `--report <format>=<file>` accept, each loaded when asked for (a
 * check that prints its report on the screen needs none of the others). A new format is one more entry.
 */
export const REPORT_FORMATS = {
  // formats for people show the folder's values with their control characters escaped: the human
  // and HTML reporters do it themselves (they are the library's too); the CSV and JUnit reporters,
  // whose own quoting keeps raw values whole for programs, are given them escaped here
  human: async (): Promise<ReportFormat> => {
    const { humanWithSummary } = await import('./human-with-summary.js');
    return (report, options) => humanWithSummary(report, options);
  },
  json: async (): Promise<ReportFormat> => {
    const { jsonReport } = await import('./json-report.js');
    return (report, { lang }) => jsonReport(report, lang);
  },
  csv: async (): Promise<ReportFormat> => {
    const { csvReport } = await import('./csv-report.js');
    return (report, { lang, generatedAt }) => csvReport(forDisplay(report), { lang, ...(generatedAt ? { generatedAt } : {}) });
  },
  'findings-csv': async (): Promise<ReportFormat> => {
    const { findingsCsvReport } = await import('./findings-csv-report.js');
    return (report, options) => findingsCsvReport(forDisplay(report), options);
  },
  junit: async (): Promise<ReportFormat> => {
    const { junitReport } = await import('./junit-report.js');
    return (report, options) => junitReport(forDisplay(report), options);
  },
  html: async (): Promise<ReportFormat> => {
    const { htmlReport } = await import('./html-report.js');
    return (report, { lang, generatedAt }) => htmlReport(report, { lang, ...(generatedAt ? { generatedAt } : {}) });
  },
} satisfies Record<FormatName, () => Promise<ReportFormat>>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';
