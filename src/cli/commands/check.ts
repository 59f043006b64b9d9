import { type Command, Option } from 'commander';
import type { CacheProblem } from '../../cache/cache-entries.js';
import { checkResolved, resolveTargets } from '../../check-targets.js';
import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { FORMAT_NAMES, TERMINAL_FORMATS } from '../../report/format-names.js';
import { CLI_TEXT, cacheNotKeptText } from '../cli-text.js';
import { UsageError, wantsAscii, wantsColor, type CliIo } from '../cli-io.js';
import { parseConcurrency } from '../concurrency-option.js';
import { exitCodeOf } from '../exit-code.js';
import { helpAfter } from '../help-text.js';
import { namedFolders } from '../named-folders.js';
import { parseMoment } from '../parse-moment.js';
import { startSpinner, wantsSpinner } from '../progress-spinner.js';
import { collectReport, planOutputs, writeReportFiles } from '../report-outputs.js';
import type { CheckFlags } from './check-flags.js';

export interface CommandState {
  setLang: (lang: Lang) => void;
  setExitCode: (code: number) => void;
}

/** gecc check: options to CheckOptions, the report to text, the result to an exit code. */
export function registerCheck(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('check')
    .description(`${CLI_TEXT.th.checkDescription}\n${CLI_TEXT.en.checkDescription}`)
    .argument('[folders...]', 'application folders, or batch folders', ['.'])
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMAT_NAMES).default('human'))
    .option('-o, --output <file>', 'write the --format report to this file instead of the screen')
    .option(
      '--report <format=file>',
      `also write a report to a file, e.g. csv=out/summary.csv (repeatable; ${FORMAT_NAMES.join(', ')})`,
      collectReport,
    )
    .option('--summary-only', 'human format: only the summary table')
    .option('-j, --concurrency <n>', 'applications checked at once, and PDF threads (default: every core; 1: one file at a time)')
    .option('--strict', 'warnings count as errors')
    .option('-e, --edition <name>', `criteria edition for every application (${shippedEditions().join(', ')})`)
    .addOption(new Option('-l, --lang <lang>', 'language of the messages').choices(['th', 'en']).default('th'))
    .option('--now <date-time>', 'the moment the application window is judged against (ISO 8601)')
    .option('--criteria <file>', 'a criteria catalogue file of your own (JSON)')
    .option('--no-cache', 'read every attachment again, not reusing what earlier checks found in the same bytes')
    .option('--no-color', 'no colours')
    .option('--ascii', 'plain ASCII marks ([OK] [X] [!] instead of ✔ ✖ ⚠)')
    .option('-w, --watch', 'check again whenever application.yaml or an attachment changes (Ctrl-C to stop)')
    .option('--wide', 'human format: the full summary table, however wide (default: fits 100 columns)')
    .option('--config <file>', 'the settings of a round (default: gecc.config.yaml at the root of a batch folder)')
    .addHelpText('after', helpAfter('check'))
    .action(async (named: string[], given: CheckFlags, command: Command) => {
      const lang = given.lang;
      state.setLang(lang);
      // no folder given: the current one, which may turn out to be a home folder rather than a batch
      const unnamed = command.args.length === 0;
      const folders = namedFolders(named, lang);
      // a round's config file gives defaults; options on the command line win
      const { withRoundConfig } = await import('../config/apply-config.js');
      const { flags, window } = await withRoundConfig(given, folders);
      const text = CLI_TEXT[lang];
      const now = flags.now === undefined ? undefined : parseMoment(flags.now);
      if (flags.now !== undefined && !now) throw new UsageError(text.badNow(flags.now));
      let catalogue: Catalogue | undefined;
      if (flags.criteria) catalogue = (await import('../../criteria/parse-catalogue.js')).loadCatalogueFile(flags.criteria);
      else if (flags.edition && !loadEdition(flags.edition))
        throw new UsageError(text.unknownEdition(flags.edition, shippedEditions().join(', ')));
      const concurrency = parseConcurrency(flags.concurrency, lang);
      const options = {
        ...(flags.edition ? { edition: flags.edition } : {}),
        ...(catalogue ? { catalogue } : {}),
        ...(now ? { now } : {}),
        ...(window ? { window } : {}),
        strict: Boolean(flags.strict),
        ...(concurrency ? { concurrency } : {}),
        ...(flags.cache === false ? { cache: false } : {}),
      };
      const color = flags.color !== false && wantsColor(io);
      const ascii = wantsAscii(io, flags.ascii);
      if (flags.watch && (flags.format !== 'human' || flags.output !== undefined || flags.report?.length))
        throw new UsageError(text.watchNeedsHuman);
      const targets = resolveTargets(folders, { unnamed });
      // a current folder that is not an application nor a batch is reported once, not watched
      if (flags.watch && !targets.some((target) => target.problem?.code === 'batch.current-folder-not-application')) {
        const signal = io.interrupt?.() ?? new AbortController().signal;
        const { watchCheck } = await import('../watch-check.js');
        state.setExitCode(await watchCheck({ folders, check: options, lang, color, ascii, io, signal }));
        return;
      }
      const plan = planOutputs(flags, targets, lang);
      const spinner = wantsSpinner(io, plan.stdout === undefined || TERMINAL_FORMATS.includes(plan.stdout))
        ? await startSpinner(io, lang, targets.length, { color: flags.color !== false && wantsColor(io, true), ascii })
        : undefined;
      // reporters are loaded when a report is to be written, not at start-up: while the files are
      // read, so that loading them overlaps the waits for the disk
      const stdoutFormat = plan.stdout;
      const reporters = stdoutFormat
        ? import('../../report/formats.js').then(({ REPORT_FORMATS }) => REPORT_FORMATS[stdoutFormat]())
        : undefined;
      reporters?.catch(() => undefined);
      let report;
      let notKept: CacheProblem | undefined;
      try {
        report = await checkResolved(targets, {
          ...options,
          ...(spinner ? { onProgress: spinner.update } : {}),
          onCacheProblem: (problem) => (notKept ??= problem),
        });
      } finally {
        spinner?.stop();
      }
      const formatOptions = { lang, summaryOnly: Boolean(flags.summaryOnly), ascii, wide: Boolean(flags.wide), generatedAt: new Date() };
      if (plan.stdout) {
        const render = await reporters!;
        io.stdout(render(report, { ...formatOptions, color }));
      }
      io.stderr(await writeReportFiles(plan, report, formatOptions, lang));
      if (notKept) io.stderr(cacheNotKeptText(notKept, lang));
      state.setExitCode(exitCodeOf(report));
    });
}
