import { fstatSync, statSync } from 'node:fs';
import type { CacheProblem } from '../cache/cache-entries.js';
import { checkTargets, TargetError } from '../check-targets.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';
import { humanReport } from '../report/human-report.js';
import { WATCH_TEXT, watchChangesText } from '../report/watch-text.js';
import type { CheckReport } from '../result.js';
import { type CheckRun, inCheckRun } from '../run/check-run.js';
import type { CheckOptions } from '../run/check-settings.js';
import { filesRead } from '../watch/files-read.js';
import { reportChanges } from '../watch/report-changes.js';
import { watchFolders, type WatchOptions } from '../watch/watch-folders.js';
import { CLI_TEXT, cacheNotKeptText } from './cli-text.js';
import type { CliIo } from './cli-io.js';
import { EXIT, exitCodeOf } from './exit-code.js';

/** Clears the terminal and its scroll-back, so the redrawn report is the only one on screen. */
const CLEAR = '\u001b[2J\u001b[3J\u001b[H';

export interface WatchCheckOptions {
  folders: readonly string[];
  check: Omit<CheckOptions, 'displayPath'>;
  lang: Lang;
  color: boolean;
  /** plain ASCII marks (--ascii) */
  ascii?: boolean;
  io: CliIo;
  /** stops the watching (Ctrl-C in the terminal) */
  signal: AbortSignal;
  watch?: Omit<WatchOptions, 'signal'>;
  /** the run to check in (a library's own, say), left open; by default the watch opens one and closes it when it stops */
  run?: CheckRun;
}

/**
 * gecc check --watch: checks, then checks again whenever something in the folders changes,
 * redrawing the report with what changed since the last run. The first check runs once watching
 * has begun (a save made during it is not lost); a folder that does not exist still stops it with exit 2. Returns the exit
 * code of the latest check (2 when it could not run), made after Ctrl-C if anything changed since:
 * stopping with Ctrl-C is the normal way out, not a failure.
 */
export async function watchCheck(options: WatchCheckOptions): Promise<number> {
  const { io, lang, color, ascii } = options;
  const clear = io.stdoutIsTTY ? CLEAR : '';
  const time = () => new Date().toLocaleTimeString(lang === 'th' ? 'th-TH' : 'en-GB', { hour12: false });
  // a cache folder that cannot be written is said once a session, under the report it came with
  let notKept: CacheProblem | undefined;
  let notKeptSaid = false;
  const sayNotKept = () => {
    if (!notKept || notKeptSaid) return;
    notKeptSaid = true;
    io.stderr(cacheNotKeptText(notKept, lang));
  };
  // one run for the whole watch: its PDF reading threads started now (a thread loads the PDF
  // reader in ~0.2 s and reads its first PDFs slower still, which a check after a save would
  // otherwise pay for each time; idle threads never keep the process alive), and a memory of the
  // attachments read: a save changes one file, the others, unchanged on disk, are not read again
  const settings = { ...options.check, onCacheProblem: (problem: CacheProblem) => (notKept ??= problem) };
  const exitCode = await inCheckRun(options.run, settings, options.folders, (run) => watchInRun(run), { remembers: true });
  io.stdout(`${WATCH_TEXT[lang].stopped}\n`);
  return exitCode;

  async function watchInRun(run: CheckRun): Promise<number> {
    run.pdfReaders.warm();
    const check = (): Promise<CheckReport> => checkTargets(options.folders, options.check, run);
    let previous: CheckReport | undefined;
    // the exit code of the latest check: a check that could not run (the folder gone) is not the last one that could
    let exitCode: number = EXIT.cannotRun;
    const first = async () => {
      previous = await check();
      exitCode = exitCodeOf(previous);
      io.stdout(
        `${clear}${humanReport(previous, { lang, color, ascii })}\n${watchChangesText(undefined, [], { lang, color, ascii, time: time() })}`,
      );
      sayNotKept();
    };

    await watchFolders(
      options.folders,
      async (changed) => {
        let report: CheckReport;
        try {
          report = await check();
          // a thread stopped on a hostile PDF is replaced now, while nothing waits for the next save
          run.pdfReaders.warm();
        } catch (error) {
          // the folder was renamed or removed while watched: say so, and keep watching for its return.
          // Anything else is gecc's own failure: said as such, never the last report left on screen
          exitCode = EXIT.cannotRun;
          const text = CLI_TEXT[lang];
          const why =
            error instanceof TargetError
              ? text.folderMissing(showControls(error.target))
              : text.internal(showControls(error instanceof Error ? error.message : String(error)));
          io.stdout(
            `${clear}gecc: ${why}\n\n${watchChangesText(undefined, changed, { lang, color, ascii, time: time(), notChecked: true })}`,
          );
          return;
        }
        const changes = previous ? reportChanges(previous, report) : undefined;
        previous = report;
        exitCode = exitCodeOf(report);
        io.stdout(
          `${clear}${humanReport(report, { lang, color, ascii })}\n${watchChangesText(changes, changed, { lang, color, ascii, time: time() })}`,
        );
        sayNotKept();
      },
      {
        ...options.watch,
        signal: options.signal,
        initial: first,
        ignored: ownOutput(),
        // a file the last check read is never a scratch file, whatever its name
        read: () => (previous ? filesRead(previous) : []),
      },
    );
    return exitCode;
  }
}

/**
 * The watch's own output, when it goes to a file (`gecc check --watch . > log.txt`): written on
 * every check, it would set off the next one, without end, if it lies in a watched folder.
 * Recognised by the file's identity (device and inode), whatever its path.
 */
function ownOutput(): (file: string) => boolean {
  const own = new Set<string>();
  for (const fd of [1, 2]) {
    try {
      const info = fstatSync(fd);
      if (info.isFile()) own.add(`${info.dev}:${info.ino}`);
    } catch {
      // no such descriptor: nothing written there
    }
  }
  if (own.size === 0) return () => false;
  return (file) => {
    try {
      const info = statSync(file);
      return own.has(`${info.dev}:${info.ino}`);
    } catch {
      return false;
    }
  };
}
