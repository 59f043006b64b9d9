import { Command, CommanderError } from 'commander';
import { TargetError } from '../check-targets.js';
import { CatalogueError } from '../criteria/load-catalogue.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';
import { CLI_TEXT } from './cli-text.js';
import { VERSION_TEXT } from './version-text.js';
import { commanderErrorText } from './commander-errors.js';
import { registerCheck } from './commands/check.js';
import { registerForm } from './commands/form.js';
import { registerCriteria } from './commands/criteria.js';
import { registerInit } from './commands/init.js';
import { registerEdit } from './commands/edit.js';
import { registerSchema } from './commands/schema.js';
import { EXIT } from './exit-code.js';
import { addThaiDescriptions, helpAfter } from './help-text.js';
import { processIo, UsageError, type CliIo } from './cli-io.js';

/** The whole command line: argv in, exit code out. Tests call it in-process. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ready;
  // known before commander has parsed anything, for the messages of a failed parse
  let lang: Lang = argv.some((a, i) => a === '--lang=en' || a === '-l=en' || ((a === '--lang' || a === '-l') && argv[i + 1] === 'en'))
    ? 'en'
    : 'th';
  const program = new Command('gecc')
    .description(`${CLI_TEXT.th.description}\n${CLI_TEXT.en.description}`)
    .version(VERSION_TEXT, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showSuggestionAfterError(true)
    .addHelpText('after', helpAfter('gecc'));

  registerCheck(program, io, { setLang: (l) => (lang = l), setExitCode: (c) => (exitCode = c) });
  registerForm(program, io, { setLang: (l) => (lang = l), setExitCode: (c) => (exitCode = c) });
  registerEdit(program, io, { setLang: (l) => (lang = l), setExitCode: (c) => (exitCode = c) });
  registerInit(program, io, { setLang: (l) => (lang = l), setExitCode: (c) => (exitCode = c) });
  registerCriteria(program, io, { setLang: (l) => (lang = l), setExitCode: (c) => (exitCode = c) });
  registerSchema(program, io);
  addThaiDescriptions(program);

  // gecc alone: the help on stdout, where people look for it, but exit 2: no command was run
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.cannotRun;
  }
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
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')
      return EXIT.ready;
    io.stderr(`gecc: ${commanderErrorText(error, lang)}\n${text.usageHint}\n`);
    return EXIT.cannotRun;
  }
  if (error instanceof UsageError) io.stderr(`gecc: ${error.message}\n`);
  else if (error instanceof TargetError)
    io.stderr(
      `gecc: ${error.reason === 'missing' ? text.folderMissing(showControls(error.target)) : text.notAFolder(showControls(error.target))}\n`,
    );
  else if (error instanceof CatalogueError) io.stderr(`gecc: ${text.badCatalogue(error.message)}\n`);
  else io.stderr(`gecc: ${text.internal(error instanceof Error ? error.message : String(error))}\n`);
  return EXIT.cannotRun;
}

// for the installed command (bin/gecc.js), which has only the bundle: `--no-cache` starts the
// reading threads as soon as gecc is loaded; its loader tells it the hash of the bytes it compiled
export { startPdfThreadsEarly } from '../attachments/pdf/pdf-pool.js';
export { bundleHashed } from '../cache/reader-identity.js';
