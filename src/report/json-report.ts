import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ApplicationResult, CheckReport } from '../result.js';

/** The machine report of the contract (schemaVersion 1): its core fields never change. */
export function jsonReport(report: CheckReport, lang: Lang): string {
  const document = {
    schemaVersion: 1,
    tool: { name: 'gecc', version: PACKAGE_VERSION },
    applications: report.applications.map((app) => jsonApplication(app, lang)),
    summary: report.summary,
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function jsonApplication(app: ApplicationResult, lang: Lang) {
  return {
    path: app.path,
    edition: app.edition,
    unit: app.unit,
    ready: app.ready,
    disqualified: app.disqualified,
    scores: app.scores,
    findings: app.findings.map((finding) => {
      const { text, fix } = renderMessage(finding, lang, app.catalogue);
      return {
        code: finding.code,
        severity: finding.severity,
        ...(finding.item !== undefined ? { item: finding.item } : {}),
        ...(finding.file !== undefined ? { file: finding.file } : {}),
        ...(finding.line !== undefined ? { line: finding.line, column: finding.column ?? 1 } : {}),
        message: text,
        ...(fix ? { fix } : {}),
        args: finding.args,
      };
    }),
    items: app.items.map(({ id, group, state, points, claimed }) => ({
      id,
      group,
      state,
      points,
      ...(claimed !== undefined ? { claimed } : {}),
    })),
    attachments: app.attachments.map(({ path, usable, bytes, type, sha256, pages }) => ({ path, usable, bytes, type, sha256, pages })),
  };
}
