import type { CheckReport } from '../result.js';
import type { FormatName } from './format-names.js';
import type { FormatOptions } from './format-options.js';

/** A report: a pure function of the result. */
export type ReportFormat = (report: CheckReport, options: FormatOptions) => string;

/**
 * Every format `--format` and `--report <format>=<file>` accept, each loaded when asked for (a
 * check that prints its report on the screen needs none of the others). A new format is one more entry.
 */
export const REPORT_FORMATS = {
  // every reporter but JSON escapes the control characters of the folder's values itself
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
    return (report, { lang, generatedAt }) => csvReport(report, { lang, ...(generatedAt ? { generatedAt } : {}) });
  },
  'findings-csv': async (): Promise<ReportFormat> => {
    const { findingsCsvReport } = await import('./findings-csv-report.js');
    return (report, options) => findingsCsvReport(report, options);
  },
  junit: async (): Promise<ReportFormat> => {
    const { junitReport } = await import('./junit-report.js');
    return (report, options) => junitReport(report, options);
  },
  html: async (): Promise<ReportFormat> => {
    const { htmlReport } = await import('./html-report.js');
    return (report, { lang, generatedAt }) => htmlReport(report, { lang, ...(generatedAt ? { generatedAt } : {}) });
  },
} satisfies Record<FormatName, () => Promise<ReportFormat>>;

export { FORMAT_NAMES, type FormatName } from './format-names.js';
