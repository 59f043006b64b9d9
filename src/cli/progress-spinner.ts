import type { CheckProgress } from '../check-targets.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import type { CliIo } from './cli-io.js';

export interface ProgressSpinner {
  update: (progress: CheckProgress) => void;
  stop: () => void;
}

/** CI=true (or any value but empty, 0 or false) means no person is watching the run. */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * A spinner only for a person at a terminal: stderr is a terminal, not in CI, and stdout is
 * not carrying a report for a program. It never writes to stdout. A dumb terminal (TERM=dumb:
 * Emacs shells, some log viewers) cannot move its cursor back, so every frame would stay on
 * screen: no spinner there.
 */
export function wantsSpinner(io: CliIo, stdoutIsForPeople: boolean): boolean {
  return Boolean(io.stderrIsTTY) && !inCi(io.env) && io.env.TERM !== 'dumb' && stdoutIsForPeople;
}

export interface SpinnerLook {
  /** colours, as for the report (NO_COLOR, FORCE_COLOR=0 and --no-color turn them off) */
  color: boolean;
  /** plain ASCII frames (--ascii): the default braille dots are boxes in old console fonts */
  ascii: boolean;
}

/** What ora is told to draw: the frames and the colour of the spinner. */
export function spinnerLook({ color, ascii }: SpinnerLook): { color: 'cyan' | false; spinner?: { interval: number; frames: string[] } } {
  return { color: color ? 'cyan' : false, ...(ascii ? { spinner: { interval: 130, frames: ['-', '\\', '|', '/'] } } : {}) };
}

/** Starts a spinner on stderr showing how many applications are done and which is being checked. */
export async function startSpinner(io: CliIo, lang: Lang, total: number, look: SpinnerLook): Promise<ProgressSpinner> {
  // loaded only when a spinner is shown: a run in CI or behind a pipe does not pay for it
  const [{ default: ora }, { truncateToWidth }] = await Promise.all([import('ora'), import('../report/display-width.js')]);
  const spinner = ora({
    stream: terminalOn(io),
    isEnabled: true,
    // stdin and the cursor are left alone: nothing to restore if the run is interrupted
    discardStdin: false,
    hideCursor: false,
    ...spinnerLook(look),
  });
  const columns = () => Math.max(20, terminalColumns(io) - 4);
  spinner.start(BATCH_CLI_TEXT[lang].checking(0, total));
  return {
    update: ({ done, total, current }) => {
      const line = `${BATCH_CLI_TEXT[lang].checking(done, total)}${current ? ` ${look.ascii ? '-' : '—'} ${showControls(current)}` : ''}`;
      spinner.text = truncateToWidth(line, columns());
      // drawn now, not at the next frame: a fast run still shows its count
      spinner.render();
    },
    stop: () => spinner.stop(),
  };
}

/**
 * A terminal without a size (a pseudo-terminal never sized) says 0 columns: ora would then
 * count the spinner line as endless lines to clear and never return. Such a terminal gets 80.
 */
function terminalColumns(io: CliIo): number {
  const columns = io.stderrColumns;
  return columns !== undefined && Number.isFinite(columns) && columns >= 1 ? Math.floor(columns) : 80;
}

/**
 * The terminal ora draws on, made of the CLI's own stderr (so tests can read it): writing, and
 * moving the cursor with the ANSI sequences a terminal stream would send.
 */
function terminalOn(io: CliIo): NodeJS.WriteStream {
  const write = (text: string) => {
    io.stderr(text);
    return true;
  };
  const stream = {
    isTTY: true,
    get columns() {
      return terminalColumns(io);
    },
    write: (chunk: unknown) => write(String(chunk)),
    cursorTo: (x: number) => write(`\x1b[${x + 1}G`),
    moveCursor: (dx: number, dy: number) =>
      write(`${dx < 0 ? `\x1b[${-dx}D` : dx > 0 ? `\x1b[${dx}C` : ''}${dy < 0 ? `\x1b[${-dy}A` : dy > 0 ? `\x1b[${dy}B` : ''}`),
    clearLine: (dir: number) => write(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[K' : '\x1b[2K'),
    once: () => stream,
    on: () => stream,
    off: () => stream,
    removeListener: () => stream,
  };
  return stream as unknown as NodeJS.WriteStream;
}
