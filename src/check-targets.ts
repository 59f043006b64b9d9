import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { openPdfPool } from './attachments/pdf/pdf-pool.js';
import { ANSWERS_FILES, checkApplication, type CheckOptions } from './check-application.js';
import { mapLimited } from './map-limited.js';
import type { CheckReport } from './result.js';

/** A folder the user named that cannot be checked at all: the run stops with exit 2. */
export class TargetError extends Error {
  constructor(
    readonly target: string,
    readonly reason: 'missing' | 'not-a-folder',
  ) {
    super(`${target}: ${reason === 'missing' ? 'no such folder' : 'not a folder'}`);
  }
}

export interface Target {
  /** the folder to check */
  dir: string;
  /** how reports name it */
  display: string;
}

const hasAnswers = (dir: string) => ANSWERS_FILES.some((name) => existsSync(path.join(dir, name)));

/**
 * A sub-folder of a batch root that looks like a unit's application without its answers file:
 * it holds attachments (a files/ folder, PDFs or pictures). Leaving it out would let the batch
 * look ready while a unit's application was never checked.
 */
function looksLikeApplication(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some(
      (entry) => (entry.isDirectory() && entry.name.toLowerCase() === 'files') || /\.(pdf|jpe?g|ya?ml)$/i.test(entry.name),
    );
  } catch {
    return false;
  }
}

const isFolder = (dir: string) => {
  try {
    // followed: a batch may gather the units' folders as links
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The applications behind the folders the user named, in the order given. A folder without
 * application.yaml whose sub-folders have one is a batch root: its sub-folders, by name (those
 * that hold attachments but no answers file too, so that they are reported, not skipped).
 */
export function resolveTargets(folders: readonly string[]): Target[] {
  return folders.flatMap((folder) => {
    let info;
    try {
      info = statSync(folder);
    } catch {
      throw new TargetError(folder, 'missing');
    }
    if (!info.isDirectory()) throw new TargetError(folder, 'not-a-folder');
    if (hasAnswers(folder)) return [{ dir: folder, display: folder }];
    const children = readdirSync(folder).filter((name) => !name.startsWith('.') && isFolder(path.join(folder, name)));
    if (!children.some((name) => hasAnswers(path.join(folder, name)))) return [{ dir: folder, display: folder }];
    return children
      .filter((name) => hasAnswers(path.join(folder, name)) || looksLikeApplication(path.join(folder, name)))
      .sort((a, b) => a.localeCompare(b, 'th', { numeric: true }))
      .map((name) => ({ dir: path.join(folder, name), display: joinDisplay(folder, name) }));
  });
}

function joinDisplay(folder: string, name: string): string {
  return `${folder.replace(/[\\/]+$/, '')}/${name}`;
}

export interface CheckProgress {
  /** applications finished so far */
  done: number;
  total: number;
  /** how reports name the application checked longest among those still running */
  current?: string;
  /** every application being checked now, in the order started */
  running: readonly string[];
}

export interface CheckTargetsOptions extends Omit<CheckOptions, 'displayPath'> {
  /** told when an application starts and when it finishes (for a spinner) */
  onProgress?: (progress: CheckProgress) => void;
}

export const defaultConcurrency = (): number => availableParallelism();

/** Checks every application behind the folders; one broken application never stops the others. */
export function checkTargets(folders: readonly string[], options: CheckTargetsOptions = {}): Promise<CheckReport> {
  return checkResolved(resolveTargets(folders), options);
}

/** Checks applications already resolved, several at once; results stay in the order given. */
export async function checkResolved(targets: readonly Target[], options: CheckTargetsOptions = {}): Promise<CheckReport> {
  const { onProgress, ...rest } = options;
  const checkOptions = { ...rest, concurrency: rest.concurrency ?? defaultConcurrency() };
  // one set of PDF reading threads for the whole run, stopped at its end, started at once so that
  // loading the PDF reader overlaps reading the answers (almost every application has PDFs)
  const pdfPool = rest.pdfPool ?? openPdfPool(checkOptions);
  if (!rest.pdfPool && targets.length > 0) pdfPool.warm();
  const running: string[] = [];
  let done = 0;
  const tell = () =>
    onProgress?.({ done, total: targets.length, ...(running[0] !== undefined ? { current: running[0] } : {}), running: [...running] });
  let applications;
  try {
    applications = await mapLimited(targets, checkOptions.concurrency, async (target) => {
      running.push(target.display);
      tell();
      try {
        return await checkApplication(target.dir, { ...checkOptions, pdfPool, displayPath: target.display });
      } finally {
        running.splice(running.indexOf(target.display), 1);
        done++;
        tell();
      }
    });
  } finally {
    if (!rest.pdfPool) await pdfPool.close();
  }
  const ready = applications.filter((a) => a.ready).length;
  return { applications, summary: { applications: applications.length, ready, notReady: applications.length - ready } };
}
