import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import type { CheckReport } from '../result.js';
import { answersFileOf } from './application-facts.js';
import { BATCH_TEXT } from './batch-text.js';
import { csvDocument, phoneCell, type Value } from './csv-report.js';
import { forDisplay } from './for-display.js';

export interface FindingsCsvOptions {
  lang: Lang;
}

/**
 * One row per finding of every application, with the unit and whom to contact on each row, so
 * that a filter in Excel (severity = error, say) is the list of units to chase and what to ask.
 * The same file conventions as the summary CSV (BOM, CRLF, no formulas, control characters of
 * the folder's values escaped).
 */
export function findingsCsvReport(given: CheckReport, { lang }: FindingsCsvOptions): string {
  const report = forDisplay(given);
  const t = BATCH_TEXT[lang];
  const c = t.columns;
  const header = [
    c.folder,
    c.unit,
    c.item,
    c.file,
    c.line,
    c.severity,
    c.code,
    c.message,
    c.fix,
    c.contactName,
    c.contactPhone,
    c.contactEmail,
  ];
  const rows: Value[][] = report.applications.flatMap((app) =>
    app.findings.map((finding) => {
      const { text, fix } = renderMessage(finding, lang);
      return [
        app.path,
        app.unit.name ?? '',
        finding.item ?? '',
        finding.file ?? (finding.line !== undefined ? answersFileOf(app) : ''),
        finding.line ?? '',
        t.severities[finding.severity],
        finding.code,
        text,
        fix ?? '',
        app.contact?.name ?? '',
        phoneCell(app.contact?.phone),
        app.contact?.email ?? '',
      ];
    }),
  );
  return csvDocument([header, ...rows]);
}
