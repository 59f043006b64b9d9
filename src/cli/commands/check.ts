import { Option, type Command } from 'commander';
import { checkTargets } from '../../check-targets.js';
import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { loadCatalogueFile, loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../findings/message-spec.js';
import { humanReport } from '../../report/human-report.js';
import { jsonReport } from '../../report/json-report.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, wantsColor, type CliIo } from '../cli-io.js';
import { exitCodeOf } from '../exit-code.js';
import { watchCheck } from '../watch-check.js';

export interface CheckFlags {
  format: 'human' | 'json';
  strict?: boolean;
  edition?: string;
  lang: Lang;
  now?: string;
  criteria?: string;
  color?: boolean;
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
    .addOption(new Option('-f, --format <format>', 'report format').choices(['human', 'json']).default('human'))
    .option('--strict', 'warnings count as errors')
    .option('-e, --edition <name>', `criteria edition for every application (${shippedEditions().join(', ')})`)
    .addOption(new Option('-l, --lang <lang>', 'language of the messages').choices(['th', 'en']).default('th'))
    .option('--now <date-time>', 'the moment the application window is judged against (ISO 8601)')
    .option('--criteria <file>', 'a criteria catalogue file of your own (JSON)')
    .option('--no-color', 'no colours')
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
      const options = {
        ...(flags.edition ? { edition: flags.edition } : {}),
        ...(catalogue ? { catalogue } : {}),
        ...(now ? { now } : {}),
        strict: Boolean(flags.strict),
      };
      if (flags.watch) {
        if (flags.format === 'json') throw new UsageError(text.watchNeedsHuman);
        const signal = io.interrupt?.() ?? new AbortController().signal;
        state.setExitCode(await watchCheck({ folders, check: options, lang, color: flags.color !== false && wantsColor(io), io, signal }));
        return;
      }
      const report = await checkTargets(folders, options);
      if (flags.format === 'json') io.stdout(jsonReport(report, lang));
      else io.stdout(humanReport(report, { lang, color: flags.color !== false && wantsColor(io) }));
      state.setExitCode(exitCodeOf(report));
    });

}
