export { checkApplication, type CheckOptions } from './check-application.js';
export { checkTargets, resolveTargets, TargetError } from './check-targets.js';
export { openPdfPool, PdfPool } from './attachments/pdf/pdf-pool.js';
export {
  loadEdition,
  loadCatalogueFile,
  parseCatalogue,
  shippedEditions,
  CatalogueError,
  DEFAULT_EDITION,
} from './criteria/load-catalogue.js';
export type { Catalogue } from './criteria/catalogue-schema.js';
export type { Finding, Severity } from './findings/finding.js';
export type { FindingCode } from './findings/messages.js';
export { renderMessage } from './findings/render-message.js';
export { humanReport } from './report/human-report.js';
export { jsonReport } from './report/json-report.js';
export type { ApplicationResult, CheckReport, Scores } from './result.js';
export { htmlReport, type HtmlReportOptions } from './report/html-report.js';
export { readinessFormHtml, formRefusal, type FormOptions, type FormRefusal } from './form/readiness-form-html.js';
