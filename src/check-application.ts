import { ANSWERS_FILES } from './answers/answers-files.js';
import { applicationResult } from './application-result.js';
import type { AttachmentMemo } from './attachments/attachment-memo.js';
import { openPdfPool, type PdfPool } from './attachments/pdf/pdf-pool.js';
import type { CacheProblem } from './cache/cache-entries.js';
import { openVerdictCache } from './cache/open-cache.js';
import { folderListing, sameListing } from './cache/folder-listing.js';
import { type ResultCache, type ResultKey, resultCacheOf } from './cache/result-cache.js';
import type { VerdictCache } from './cache/verdict-cache.js';
import type { Catalogue } from './criteria/catalogue-schema.js';
import { DEFAULT_EDITION, loadEdition } from './criteria/load-catalogue.js';
import type { Finding } from './findings/finding.js';
import { finding } from './findings/make-finding.js';
import type { ApplicationResult } from './result.js';
import { type ApplicationWindow, windowFinding } from './rules/application-window.js';

export interface CheckOptions {
  /** a shipped edition that overrides `edition:` of the application */
  edition?: string;
  /** a catalogue of the user's own (--criteria): used for every application */
  catalogue?: Catalogue;
  /** the moment the application window is judged against */
  now?: Date;
  /** the dates of the coming round, where the division knows them (else the catalogue's window) */
  window?: ApplicationWindow;
  /** warnings count as errors */
  strict?: boolean;
  /** how the folder is named in reports (default: as given) */
  displayPath?: string;
  /**
   * how many PDFs are read at once, each in a thread of its own (default: the machine's cores);
   * 1 inspects one file at a time
   */
  concurrency?: number;
  /** a PDF not read within this many milliseconds is reported and given up (default 4000) */
  pdfTimeoutMs?: number;
  /** PDF reading threads shared by several checks (checkTargets makes one); without it, each check makes and closes its own */
  pdfPool?: PdfPool;
  /**
   * verdicts on attachments kept between runs in the user's cache folder, keyed by content
   * (default: on; false reads every file again; checkTargets shares one cache among its checks)
   */
  cache?: boolean | VerdictCache;
  /**
   * told once when what the check found cannot be kept in the cache folder (one that cannot be
   * made, a full disk): the check itself is whole, the next one reads every file again
   */
  onCacheProblem?: (problem: CacheProblem) => void;
  /** a watching process's memory of attachments unchanged on disk since its last check */
  memo?: AttachmentMemo;
}

export { ANSWERS_FILES };

/** Checks one application folder. Never throws for anything inside the folder: problems are findings. */
export async function checkApplication(dir: string, options: CheckOptions = {}): Promise<ApplicationResult> {
  const fallback = options.catalogue ?? loadEdition(options.edition ?? DEFAULT_EDITION) ?? loadEdition(DEFAULT_EDITION)!;
  const display = options.displayPath ?? dir;
  const verdicts = openVerdictCache(options.cache, [dir], options.onCacheProblem);
  // a watching process knows which files changed and asks for those alone: nothing to recall
  const results = verdicts && !options.memo ? resultCacheOf(verdicts) : undefined;
  // whatever goes wrong with the kept results is a miss, never a failed check
  const before: Awaited<ReturnType<ResultCache['recall']>> = results
    ? await results.recall(dir, resultKey(display, options)).catch(() => ({}))
    : {};
  if (before.recalled) {
    const { result, catalogueEdition, calendar } = before.recalled;
    const catalogue = options.catalogue ?? loadEdition(catalogueEdition);
    if (catalogue) return withCalendar({ ...result, catalogue }, calendar, options);
  }
  const ownPool = options.pdfPool ? undefined : openPdfPool(options);
  try {
    const { checkFolder } = await import('./check-folder.js');
    const checked = await checkFolder(dir, display, fallback, {
      ...options,
      cache: verdicts ?? false,
      pdfPool: options.pdfPool ?? ownPool,
    });
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
  } finally {
    await ownPool?.close();
  }
}

/** What a result depends on besides the folder's files (the calendar aside: it is judged anew each time). */
function resultKey(display: string, options: CheckOptions): ResultKey {
  return {
    display,
    ...(options.edition ? { edition: options.edition } : {}),
    ...(options.strict ? { strict: true } : {}),
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
  };
}

/** Where the moment of the check stands against the round's application window, once the check got that far. */
function withCalendar(result: ApplicationResult, calendar: boolean, options: CheckOptions): ApplicationResult {
  const window = calendar ? windowFinding(result.catalogue, options.now ?? new Date(), options.window) : undefined;
  return window ? { ...result, findings: [...result.findings, window] } : result;
}
