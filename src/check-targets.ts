import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { applicationResult, checkReport } from './application-result.js';
import { isIgnoredFile } from './attachments/ignored-files.js';
import { ANSWERS_FILES, checkApplication } from './check-application.js';
import { ROUND_CONFIG_FILE } from './answers/answers-files.js';
import { mapLimited } from './map-limited.js';
import type { Finding } from './findings/finding.js';
import type { ApplicationResult, CheckReport } from './result.js';
import { finding } from './findings/make-finding.js';
import { noteSameUnitNames } from './same-unit-names.js';
import { type CheckRun, inCheckRun } from './run/check-run.js';
import { type CheckOptions, type CheckSettings, catalogueFor } from './run/check-settings.js';

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
  /** why this entry of a batch cannot be checked at all: reported as an application that is not ready */
  problem?: Finding;
  /** notes added to its report (e.g. that the answers were found one folder deeper) */
  notes?: Finding[];
}

const hasAnswers = (dir: string) => ANSWERS_FILES.some((name) => existsSync(path.join(dir, name)));

const isFolder = (dir: string) => {
  try {
    // followed: a batch may gather the units' folders as links
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

export interface ResolveOptions {
  /**
   * The folder was not named: the current folder, taken when none is given. Where it is a batch
   * root holding more entries that are not applications than applications (a home folder,
   * Documents), it is not checked entry by entry: one finding says what it holds and what to do.
   */
  unnamed?: boolean;
}

/**
 * The applications behind the folders the user named, in the order given. A folder without
 * application.yaml is a batch root when a sub-folder (or one of its sub-folders) has one, or when
 * it holds a unit's ZIP: every entry of it is then accounted for (see batchEntries).
 */
export function resolveTargets(folders: readonly string[], options: ResolveOptions = {}): Target[] {
  return folders.flatMap((folder) => {
    let info;
    try {
      info = statSync(folder);
    } catch {
      throw new TargetError(folder, 'missing');
    }
    if (!info.isDirectory()) throw new TargetError(folder, 'not-a-folder');
    if (hasAnswers(folder)) return [{ dir: folder, display: folder }];
    const entries = visibleEntries(folder);
    const isBatch = entries.some(
      (name) =>
        isZip(name) ||
        (isFolder(path.join(folder, name)) &&
          (hasAnswers(path.join(folder, name)) || answersOneDeeper(path.join(folder, name)).length > 0)),
    );
    if (!isBatch) {
      // nothing to check here: say what the folder holds instead, where that tells what to do
      const there = whatIsThere(folder, folder.replace(/[\\/]+$/, ''), entries);
      if (there.found === 'empty' || there.found === 'documents') return [{ dir: folder, display: folder }];
      return [{ dir: folder, display: folder, problem: finding('batch.no-answers-file', { folder, ...there }) }];
    }
    const targets = entries
      .sort((a, b) => a.localeCompare(b, 'th', { numeric: true }))
      .flatMap((name) => batchEntries(folder, name, entries));
    return options.unnamed ? (notABatchHere(folder, targets) ?? targets) : targets;
  });
}

/** The current folder, unnamed, when it holds fewer applications than other things: one finding instead of a row for each. */
function notABatchHere(folder: string, targets: readonly Target[]): Target[] | undefined {
  const applications = targets.filter((target) => !target.problem).map((target) => target.display.replace(/^\.[\\/]/, ''));
  const others = targets.length - applications.length;
  if (applications.length >= others) return undefined;
  const names = applications.slice(0, 3).join(', ') + (applications.length > 3 ? ', …' : '');
  const args = { folder: path.resolve(folder), applications: applications.length, names, first: applications[0] ?? '', others };
  return [{ dir: folder, display: folder, problem: finding('batch.current-folder-not-application', args) }];
}

/** The entries of a folder that a person put there: OS and editor clutter left out (see docs/batch.md). */
function visibleEntries(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !isIgnoredFile(name));
  } catch {
    return [];
  }
}

const isZip = (name: string) => /\.(zip|rar|7z)$/i.test(name);
const isAnswersLike = (name: string) => /\.ya?ml$/i.test(name);

/** Sub-folders of `dir` that hold an answers file (what Windows "Extract All" makes of a unit's ZIP). */
function answersOneDeeper(dir: string): string[] {
  return visibleEntries(dir).filter((name) => isFolder(path.join(dir, name)) && hasAnswers(path.join(dir, name)));
}

/** What one entry of a batch root is: applications to check, or one that cannot be checked and why. */
function batchEntries(root: string, name: string, siblings: readonly string[]): Target[] {
  const dir = path.join(root, name);
  const display = joinDisplay(root, name);
  const notReady = (problem: Finding): Target[] => [{ dir, display, problem }];
  let info;
  try {
    info = lstatSync(dir);
  } catch (error) {
    return notReady(finding('batch.unreadable', { folder: display, reason: errorCode(error) }));
  }
  if (info.isSymbolicLink()) {
    try {
      info = statSync(dir);
    } catch {
      return notReady(finding('batch.broken-link', { name: display }));
    }
  }
  if (!info.isDirectory()) {
    if (isZip(name)) {
      // a ZIP already extracted beside it is the same unit: the folder is what gets checked
      const stem = name.replace(/\.[^.]+$/, '');
      if (siblings.some((other) => other !== name && other.normalize('NFC') === stem.normalize('NFC') && isFolder(path.join(root, other))))
        return [];
      return notReady(finding('batch.zip-not-extracted', { name: display }));
    }
    if (isAnswersLike(name) && name !== ROUND_CONFIG_FILE) return notReady(finding('batch.loose-answers-file', { name: display }));
    // the division's own papers (a list of units, a spreadsheet) are not applications
    return [];
  }
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((entry) => !isIgnoredFile(entry));
  } catch (error) {
    return notReady(finding('batch.unreadable', { folder: display, reason: errorCode(error) }));
  }
  if (hasAnswers(dir)) return [{ dir, display }];
  const deeper = answersOneDeeper(dir);
  if (deeper.length > 0) {
    return deeper.map((sub) => {
      const found = joinDisplay(display, sub);
      return {
        dir: path.join(dir, sub),
        display: found,
        notes: [finding('batch.found-one-level-deeper', { folder: display, found })],
      };
    });
  }
  // where the division keeps gecc's reports (CSV, HTML, JUnit, JSON): not a unit's folder
  if (entries.length > 0 && entries.every((entry) => REPORT_FILE.test(entry) && !isFolder(path.join(dir, entry)))) return [];
  return notReady(finding('batch.no-answers-file', { folder: display, ...whatIsThere(dir, display, entries) }));
}

const REPORT_FILE = /\.(csv|html?|xml|json)$/i;

/** What a sub-folder without application.yaml holds instead, so that the finding can say what to do. */
function whatIsThere(
  dir: string,
  display: string,
  entries: readonly string[],
): { found: 'empty' | 'zip' | 'other-yaml' | 'deeper' | 'documents'; name?: string } {
  if (entries.length === 0) return { found: 'empty' };
  const zip = entries.find(isZip);
  if (zip) return { found: 'zip', name: joinDisplay(display, zip) };
  const yaml = entries.find((entry) => isAnswersLike(entry) || /^application\./i.test(entry));
  if (yaml && !isFolder(path.join(dir, yaml))) return { found: 'other-yaml', name: joinDisplay(display, yaml) };
  const deep = findAnswersBelow(dir, 3);
  if (deep) return { found: 'deeper', name: joinDisplay(display, deep) };
  return { found: 'documents' };
}

/** The first folder within `depth` levels below `dir` that holds an answers file, relative; bounded so a huge tree costs little. */
function findAnswersBelow(dir: string, depth: number): string | undefined {
  let level = [''];
  let looked = 0;
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const relative of level) {
      for (const entry of visibleEntries(path.join(dir, relative)).sort()) {
        if (++looked > 2000) return undefined;
        const sub = relative === '' ? entry : `${relative}/${entry}`;
        if (!isFolder(path.join(dir, sub))) continue;
        if (hasAnswers(path.join(dir, sub))) return sub;
        next.push(sub);
      }
    }
    level = next;
  }
  return undefined;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

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

const defaultConcurrency = (): number => availableParallelism();

/** Checks every application behind the folders, in `run` or one of its own; one broken application never stops the others. */
export function checkTargets(folders: readonly string[], options: CheckTargetsOptions = {}, run?: CheckRun): Promise<CheckReport> {
  return checkResolved(resolveTargets(folders), options, run);
}

/** Checks applications already resolved, several at once, in `run` or one of its own; results stay in the order given. */
export function checkResolved(targets: readonly Target[], options: CheckTargetsOptions = {}, run?: CheckRun): Promise<CheckReport> {
  const { onProgress, ...rest } = options;
  const checkOptions = { ...rest, concurrency: rest.concurrency ?? defaultConcurrency() };
  // one run for the whole batch: one set of PDF reading threads, and no cache at all if it would
  // lie inside any folder being checked
  const reads = targets.map((t) => t.dir);
  return inCheckRun(run, checkOptions, reads, async (run, own) => {
    // a run of its own with no cache starts one thread at once, so that loading the PDF reader
    // overlaps reading the answers (more start as the PDFs announced pay for them); with a cache
    // they start on the first PDF it does not know: a re-check of unchanged files needs none
    if (own && targets.length > 0 && !run.verdicts) run.pdfReaders.warm(1);
    const running: string[] = [];
    let done = 0;
    const tell = () =>
      onProgress?.({ done, total: targets.length, ...(running[0] !== undefined ? { current: running[0] } : {}), running: [...running] });
    const applications = await mapLimited(targets, checkOptions.concurrency, async (target) => {
      running.push(target.display);
      tell();
      try {
        if (target.problem) return notChecked(target, checkOptions);
        const result = await checkApplication(target.dir, { ...checkOptions, displayPath: target.display }, run);
        return target.notes ? { ...result, findings: [...target.notes, ...result.findings] } : result;
      } finally {
        running.splice(running.indexOf(target.display), 1);
        done++;
        tell();
      }
    });
    return checkReport(noteSameUnitNames(applications));
  });
}

/** An entry of a batch that holds no application to check: not ready, with what to do. */
function notChecked(target: Target, settings: CheckSettings): ApplicationResult {
  return applicationResult(target.display, catalogueFor(settings), { findings: [target.problem!] }, settings.strict);
}
