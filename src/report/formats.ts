import type { CheckReport } from '../result.js';
import type { FormatName } from './format-names.js';
import type { FormatOptions } from './format-options.js';
import { forDisplay } from './for-display.js';

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
