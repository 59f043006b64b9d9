import { showControls, showControlsIn } from '../findings/show-controls.js';
import type { ApplicationResult, CheckReport } from '../result.js';

/**
 * The report as people's formats (terminal, HTML, CSV, JUnit, the form) show it: every value
 * that came from the folder (its name, file names, answers, the texts) with its control
 * characters escaped. Each of those reporters applies it to what it is given, so that a library's
 * user calling one directly gets the same safe text (escaping twice changes nothing). The
 * catalogue is gecc's own (or the division's --criteria file) and is kept as it is; the JSON
 * report keeps the values raw.
 */
export function forDisplay(report: CheckReport): CheckReport {
  return { ...report, applications: report.applications.map(applicationForDisplay) };
}

export function applicationForDisplay(app: ApplicationResult): ApplicationResult {
  const { catalogue, items, ...rest } = app;
  return {
    ...showControlsIn(rest),
    catalogue,
    items: items.map(({ text, ...item }) => ({
      ...showControlsIn(item),
      ...(text === undefined ? {} : { text: showControls(text, { keepLineBreaks: true }) }),
    })),
  };
}
