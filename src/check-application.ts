import { ANSWERS_FILES } from './answers/answers-files.js';
import { applicationResult } from './application-result.js';
import { folderListing, sameListing } from './cache/folder-listing.js';
import type { ResultCache, ResultKey } from './cache/result-cache.js';
import { loadEdition } from './criteria/load-catalogue.js';
import type { Finding } from './findings/finding.js';
import { finding } from './findings/make-finding.js';
import type { ApplicationResult } from './result.js';
import { windowFinding } from './rules/application-window.js';
import { type CheckRun, inCheckRun } from './run/check-run.js';
import { type CheckOptions, type CheckSettings, catalogueFor } from './run/check-settings.js';

export { ANSWERS_FILES };

/**
 * Checks one application folder, with the readers and caches of `run` (see openCheckRun); without
 * one, it opens a run of its own from `options` and closes it. Never throws for anything inside
 * the folder: problems are findings.
 */
export function checkApplication(dir: string, options: CheckOptions = {}, run?: CheckRun): Promise<ApplicationResult> {
  return inCheckRun(run, options, [dir], (run) => checkInRun(dir, options, run));
}

async function checkInRun(dir: string, options: CheckOptions, run: CheckRun): Promise<ApplicationResult> {
  const fallback = catalogueFor(options);
  const display = options.displayPath ?? dir;
  const { results } = run;
  // whatever goes wrong with the kept results is a miss, never a failed check
  const before: Awaited<ReturnType<ResultCache['recall']>> = results
    ? await results.recall(dir, resultKey(display, options)).catch(() => ({}))
    : {};
  if (before.recalled) {
    const { result, catalogueEdition, calendar } = before.recalled;
    const catalogue = options.catalogue ?? loadEdition(catalogueEdition);
    if (catalogue) return withCalendar({ ...result, catalogue }, calendar, options);
  }
  try {
    const { checkFolder } = await import('./check-folder.js');
    const checked = await checkFolder(dir, display, fallback, options, run);
    // kept only if the folder listed the same throughout the check: a file gone for a moment
    // (an editor saving it) would otherwise be kept as missing
    if (results && before.name && before.listing && checked.answers && sameListing(before.listing, await folderListing(dir))) {
      const { catalogue, ...result } = checked.result;
      await results
        .keep(before.name, before.listing, {
          result,
          catalogueEdition: catalogue.edition,
          calendar: checked.calendar,
          answers: checked.answers,
        })
        .catch(() => undefined);
    }
    return withCalendar(checked.result, checked.calendar, options);
  } catch (error) {
    const fault: Finding = finding('internal.error', { detail: error instanceof Error ? error.message : String(error) });
    return applicationResult(display, fallback, { findings: [fault] }, options.strict);
  }
}

/** What a result depends on besides the folder's files (the calendar aside: it is judged anew each time). */
function resultKey(display: string, settings: CheckSettings): ResultKey {
  return {
    display,
    ...(settings.edition ? { edition: settings.edition } : {}),
    ...(settings.strict ? { strict: true } : {}),
    ...(settings.catalogue ? { catalogue: settings.catalogue } : {}),
  };
}

/** Where the moment of the check stands against the round's application window, once the check got that far. */
function withCalendar(result: ApplicationResult, calendar: boolean, settings: CheckSettings): ApplicationResult {
  const window = calendar ? windowFinding(result.catalogue, settings.now ?? new Date(), settings.window) : undefined;
  return window ? { ...result, findings: [...result.findings, window] } : result;
}
