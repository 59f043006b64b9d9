import type { CacheProblem } from '../cache/cache-entries.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { DEFAULT_EDITION, loadEdition } from '../criteria/load-catalogue.js';
import type { ApplicationWindow } from '../rules/application-window.js';

/** What the user asked of a check: plain data, the same for every application of a run. */
export interface CheckSettings {
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
}

/** What a run's readers and caches are opened with (see openCheckRun). */
export interface RunSettings {
  /**
   * how many PDFs are read at once, each in a thread of its own (default: the machine's cores),
   * and how many applications of a batch are checked at once; 1 inspects one file at a time
   */
  concurrency?: number;
  /** a PDF not read within this many milliseconds is reported and given up (default 4000) */
  pdfTimeoutMs?: number;
  /**
   * verdicts on attachments and each folder's last result, kept between runs (default: on; false
   * reads every file again)
   */
  cache?: boolean;
  /** where they are kept (default: the user's cache folder, or GECC_CACHE_DIR) */
  cacheFolder?: string;
  /**
   * told once when what the check found cannot be kept in the cache folder (one that cannot be
   * made, a full disk): the check itself is whole, the next one reads every file again
   */
  onCacheProblem?: (problem: CacheProblem) => void;
}

/** Everything `checkApplication` and `checkTargets` take: the check's settings, and those of the run they open when given none. */
export interface CheckOptions extends CheckSettings, RunSettings {}

/** The catalogue an application is judged by until its answers name an edition: the user's, or the default edition's. */
export function catalogueFor(settings: CheckSettings): Catalogue {
  return settings.catalogue ?? loadEdition(settings.edition ?? DEFAULT_EDITION) ?? loadEdition(DEFAULT_EDITION)!;
}
