import type { Catalogue } from './criteria/catalogue-schema.js';
import type { Finding } from './findings/finding.js';
import { isReady } from './findings/verdict.js';
import type { ApplicationResult, CheckReport, ItemOutcome } from './result.js';
import { computeScores } from './rules/group-scores.js';

/** What a check found of one application; what it did not get to is left out (an empty result has findings alone). */
export interface ResultParts {
  unit?: ApplicationResult['unit'];
  findings: Finding[];
  items?: ItemOutcome[];
  attachments?: ApplicationResult['attachments'];
  disqualified?: boolean;
  /** which answers file was read, relative to the folder */
  answersFile?: string;
}

/**
 * The one way a result is made, whether the application was checked through, stopped early or
 * never checked at all (an entry of a batch that holds no application): its scores from its
 * items, its verdict from its findings (see isReady).
 */
export function applicationResult(display: string, catalogue: Catalogue, parts: ResultParts, strict = false): ApplicationResult {
  const { unit = {}, findings, items = [], attachments = [], disqualified = false, answersFile } = parts;
  return {
    path: display,
    edition: catalogue.edition,
    catalogue,
    unit,
    ready: isReady(findings, { disqualified, strict }),
    disqualified,
    scores: computeScores(catalogue, items),
    findings,
    items,
    attachments,
    ...(answersFile ? { answersFile } : {}),
  };
}

/** The one way a report is made of its results, by a batch, an editing session or a lone check: the summary counts their verdicts. */
export function checkReport(applications: ApplicationResult[]): CheckReport {
  const ready = applications.filter((a) => a.ready).length;
  return { applications, summary: { applications: applications.length, ready, notReady: applications.length - ready } };
}
