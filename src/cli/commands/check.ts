import { Option, type Command } from 'commander';
import { checkTargets, resolveTargets } from '../../check-targets.js';
import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { loadCatalogueFile, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../findings/message-spec.js';
import { humanReport } from '../../report/human-report.js';
import { jsonReport } from '../../report/json-report.js';
import { htmlReport } from '../../report/html-report.js';
import { refuseOutputInside, writeOutputFile } from '../output-file.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, wantsAscii, wantsColor, type CliIo } from '../cli-io.js';
import { exitCodeOf } from '../exit-code.js';
import { helpAfter } from '../help-text.js';
import { watchCheck } from '../watch-check.js';

export interface CheckFlags {
  format: 'human' | 'json' | 'html';
  output?: string;
  strict?: boolean;
  edition?: string;
  lang: Lang;
  now?: string;
  criteria?: string;
  color?: boolean;
  ascii?: boolean;
  watch?: boolean;
}


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
    .addOption(new Option('-f, --format <format>', 'report format').choices(['human', 'json', 'html']).default('human'))
    .option('-o, --output <file>', 'write the report to this file (default: standard output)')
    .option('--strict', 'warnings count as errors')
    .option('-e, --edition <name>', `criteria edition for every application (${shippedEditions().join(', ')})`)
    .addOption(new Option('-l, --lang <lang>', 'language of the messages').choices(['th', 'en']).default('th'))
    .option('--now <date-time>', 'the moment the application window is judged against (ISO 8601)')
    .option('--criteria <file>', 'a criteria catalogue file of your own (JSON)')
    .option('--no-color', 'no colours')
    .option('--ascii', 'plain ASCII marks ([OK] [X] [!] instead of ✔ ✖ ⚠)')
    .addHelpText('after', helpAfter('check'))
    .option('-w, --watch', 'check again whenever application.yaml or an attachment changes (Ctrl-C to stop)')
    .action(async (folders: string[], flags: CheckFlags) => {
      const lang = flags.lang;
      state.setLang(lang);
      const text = CLI_TEXT[lang];
      const now = flags.now === undefined ? undefined : new Date(flags.now);
      if (now && Number.isNaN(now.getTime())) throw new UsageError(text.badNow(flags.now!));
      let catalogue: Catalogue | undefined;
      if (flags.criteria) catalogue = loadCatalogueFile(flags.criteria);
      else if (flags.edition && !loadEdition(flags.edition)) throw new UsageError(text.unknownEdition(flags.edition, shippedEditions().join(', ')));
      if (flags.output !== undefined) refuseOutputInside(flags.output, resolveTargets(folders).map((t) => t.dir), lang);
      const options = {
        ...(flags.edition ? { edition: flags.edition } : {}),
        ...(catalogue ? { catalogue } : {}),
        ...(now ? { now } : {}),
        strict: Boolean(flags.strict),
      };
      const toFile = flags.output !== undefined;
      const color = !toFile && flags.color !== false && wantsColor(io);
      const ascii = wantsAscii(io, flags.ascii);
      if (flags.watch) {
        if (flags.format !== 'human' || toFile) throw new UsageError(text.watchNeedsHuman);
        const signal = io.interrupt?.() ?? new AbortController().signal;
        state.setExitCode(await watchCheck({ folders, check: options, lang, color, ascii, io, signal }));
        return;
      }
      const report = await checkTargets(folders, options);
      const rendered =
        flags.format === 'json'
          ? jsonReport(report, lang)
          : flags.format === 'html'
            ? htmlReport(report, { lang, generatedAt: new Date() })
            : humanReport(report, { lang, color, ascii });
      if (toFile) io.stderr(writeOutputFile(flags.output!, rendered, lang));
      else io.stdout(rendered);
      state.setExitCode(exitCodeOf(report));
    });

}
