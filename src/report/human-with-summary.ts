import type { CheckReport } from '../result.js';
import type { FormatOptions } from './format-options.js';
import { humanReport } from './human-report.js';
import { summaryTable } from './summary-table.js';

/** Every application's report, then (for more than one) the summary table; or the table alone. */
export function humanWithSummary(report: CheckReport, options: FormatOptions): string {
  if (options.summaryOnly) return summaryTable(report, options);
  const body = humanReport(report, options);
  return report.applications.length > 1 ? `${body}\n${summaryTable(report, options)}` : body;
}
