import { Command, CommanderError, Option } from 'commander';
import { checkTargets, TargetError } from '../check-targets.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { CatalogueError, DEFAULT_EDITION, loadCatalogueFile, loadEdition, shippedEditions } from '../criteria/load-catalogue.js';
import type { Lang } from '../findings/message-spec.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { humanReport } from '../report/human-report.js';
import { jsonReport } from '../report/json-report.js';
import { CLI_TEXT } from './cli-text.js';
import { EXIT, exitCodeOf } from './exit-code.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** whether stdout is a terminal (colours) */
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});

class UsageError extends Error {}

interface CheckFlags {
  format: 'human' | 'json';
  strict?: boolean;
  edition?: string;
  lang: Lang;
  now?: string;
  criteria?: string;
  color?: boolean;
}

/** The whole command line: argv in, exit code out. Tests call it in-process. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ready;
  let lang: Lang = argv.includes('en') && argv.some((a) => a === '--lang' || a === '--lang=en') ? 'en' : 'th';
  const program = new Command('gecc')
    .description(`${CLI_TEXT.th.description}\n${CLI_TEXT.en.description}`)
    .version(`${PACKAGE_VERSION} (criteria ${DEFAULT_EDITION})`, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true);

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
    .action(async (folders: string[], flags: CheckFlags) => {
      lang = flags.lang;
      const text = CLI_TEXT[lang];
      const now = flags.now === undefined ? undefined : new Date(flags.now);
      if (now && Number.isNaN(now.getTime())) throw new UsageError(text.badNow(flags.now!));
      let catalogue: Catalogue | undefined;
      if (flags.criteria) catalogue = loadCatalogueFile(flags.criteria);
      else if (flags.edition && !loadEdition(flags.edition)) throw new UsageError(text.unknownEdition(flags.edition, shippedEditions().join(', ')));
      const report = await checkTargets(folders, {
        ...(flags.edition ? { edition: flags.edition } : {}),
        ...(catalogue ? { catalogue } : {}),
        ...(now ? { now } : {}),
        strict: Boolean(flags.strict),
      });
      if (flags.format === 'json') io.stdout(jsonReport(report, lang));
      else io.stdout(humanReport(report, { lang, color: flags.color !== false && wantsColor(io) }));
      exitCode = exitCodeOf(report);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, lang, io);
  }
}

function failure(error: unknown, lang: Lang, io: CliIo): number {
  const text = CLI_TEXT[lang];
  if (error instanceof CommanderError) {
    // help and version end "with an error" in commander's exitOverride mode
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ready;
    io.stderr(`${text.usageHint}\n`);
    return EXIT.cannotRun;
  }
  if (error instanceof UsageError) io.stderr(`gecc: ${error.message}\n`);
  else if (error instanceof TargetError) io.stderr(`gecc: ${error.reason === 'missing' ? text.folderMissing(error.target) : text.notAFolder(error.target)}\n`);
  else if (error instanceof CatalogueError) io.stderr(`gecc: ${text.badCatalogue(error.message)}\n`);
  else io.stderr(`gecc: ${text.internal(error instanceof Error ? error.message : String(error))}\n`);
  return EXIT.cannotRun;
}

function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
