import { expect } from 'vitest';
import { humanReport } from '../../src/report/human-report.js';
import { jsonReport } from '../../src/report/json-report.js';
import type { CheckReport } from '../../src/result.js';

/** What a stack trace or a leaked exception looks like in any output. */
const TRACE = /\n\s+at \S|node:internal|\.[cm]?[jt]s:\d+:\d+|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/;

/** Renders the report every way a user can see it and checks that no internals leak. */
export function expectNoStackTrace(report: CheckReport): void {
  for (const text of [
    humanReport(report, { lang: 'th', color: false }),
    humanReport(report, { lang: 'en', color: false }),
    jsonReport(report, 'th'),
    jsonReport(report, 'en'),
  ]) {
    expect(text).not.toMatch(TRACE);
  }
  for (const app of report.applications) expect(app.findings.map((f) => f.code)).not.toContain('internal.error');
}
