import { realpathSync, statSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { TargetError } from '../../check-targets.js';
import { shippedEditions } from '../../criteria/load-catalogue.js';
import { folderName } from '../../edit/folder-name.js';
import type { Lang } from '../../lang.js';
import { CLI_TEXT } from '../cli-text.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-code.js';
import { helpAfter } from '../help-text.js';
import { chosenCatalogue } from './catalogue-option.js';
import type { CommandState } from './check.js';

interface EditFlags {
  open: boolean;
  port: number;
  edition?: string;
  criteria?: string;
  config?: string;
  lang: Lang;
}

/**
 * The port the page is served on unless --port says otherwise: one fixed number, in the range
 * left for private use (49152–65535) and used by no common program, so that a tab left open goes
 * on working after gecc edit is started again. Taken by something else, any free port serves.
 */
const DEFAULT_EDIT_PORT = 57_533;

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('not a port number (0–65535)');
  return port;
}

/**
 * gecc edit [FOLDER]: the application in a page on this computer. Prints the address on a line of
 * its own, opens the default browser, and serves until Ctrl-C or the page's close button (exit 0).
 * A second gecc edit of the same folder opens the running one's page.
 */
export function registerEdit(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('edit')
    .description(`${CLI_TEXT.th.editDescription}\n${CLI_TEXT.en.editDescription}`)
    .argument('[folder]', 'the application folder (default: the current folder)', '.')
    .option('--no-open', 'print the address only, do not open a browser')
    .addOption(new Option('--port <n>', `the port of the page (0: any free port)`).argParser(portOf).default(DEFAULT_EDIT_PORT))
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`)
    .option('--criteria <file>', 'a criteria catalogue file of your own (JSON)')
    .option('--config <file>', 'the settings of a round (default: gecc.config.yaml at the root of a batch folder)')
    .addOption(new Option('-l, --lang <lang>', 'language of the page and messages').choices(['th', 'en']).default('th'))
    .addHelpText('after', helpAfter('edit'))
    .action(async (folder: string, given: EditFlags) => {
      state.setLang(given.lang);
      const text = CLI_TEXT[given.lang];
      let real: string;
      try {
        if (!statSync(folder).isDirectory()) throw new TargetError(folder, 'not-a-folder');
        real = realpathSync(folder);
      } catch (error) {
        if (error instanceof TargetError) throw error;
        throw new TargetError(folder, 'missing');
      }
      const { withRoundConfig } = await import('../config/apply-config.js');
      const { flags, window } = await withRoundConfig({ ...given, format: 'human', watch: true }, [folder]);
      const catalogue = await chosenCatalogue(flags, given.lang);
      const [{ startEditServer }, running, { openBrowser }, { answersWriter }] = await Promise.all([
        import('../../edit/edit-server.js'),
        import('../../edit/running-servers.js'),
        import('../../edit/open-browser.js'),
        import('../../edit/writer-binding.js'),
      ]);
      const show = (url: string) => {
        io.stdout(`${url}\n`);
        if (given.open) openBrowser(url);
      };

      // "." (no folder given) is named by the folder's own name, on the page and here
      const name = folderName(folder);
      const other = await running.findRunning(real, io.env);
      if (other) {
        io.stdout(`${text.editAlreadyRunning(name)}\n`);
        show(`http://127.0.0.1:${other.port}/?token=${other.token}`);
        state.setExitCode(EXIT.ready);
        return;
      }
      const before = running.readRecord(real, io.env);
      const server = await startEditServer({
        dir: folder,
        display: name,
        lang: given.lang,
        check: {
          ...(flags.criteria ? { catalogue } : flags.edition ? { edition: flags.edition } : {}),
          ...(window ? { window } : {}),
          // a round's config may ask for --strict: the page's verdict is the one gecc check gives
          ...(flags.strict ? { strict: true } : {}),
        },
        starter: { catalogue, criteriaFile: flags.criteria },
        writer: answersWriter,
        port: given.port,
        // the same token as last time: on the same port, a tab left open goes on working
        ...(before ? { token: before.token } : {}),
      });
      // listening for Ctrl-C before the address is out: whoever has it may stop gecc at once
      const interrupted = io.interrupt?.();
      interrupted?.addEventListener('abort', () => void server.stop(), { once: true });
      // kept after the server stops: started again, it takes the same token, and an open tab goes on working
      running.writeRecord({ port: server.port, token: server.token, folder: real, pid: process.pid }, io.env);
      io.stdout(`${text.editStarted(name)}\n`);
      show(server.url);
      io.stdout(`${text.editHowTo}\n`);
      await server.stopped;
      io.stdout(`${text.editStopped}\n`);
      state.setExitCode(EXIT.ready);
    });
}
