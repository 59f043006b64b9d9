/** Where the command line reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** whether stdout is a terminal (colours) */
  stdoutIsTTY: boolean;
  /** whether stderr is a terminal (a progress spinner); absent: not a terminal */
  stderrIsTTY?: boolean;
  /** the width of that terminal, in columns */
  stderrColumns?: number;
  env: NodeJS.ProcessEnv;
  /** a signal that aborts when the user asks to stop (Ctrl-C): gecc check --watch ends on it */
  interrupt?: () => AbortSignal;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  get stderrColumns() {
    return process.stderr.columns;
  },
  env: process.env,
  interrupt: () => {
    const controller = new AbortController();
    // once gecc listens, Ctrl-C no longer kills the process: it ends the watch, which exits normally
    process.once('SIGINT', () => controller.abort());
    return controller.signal;
  },
});

/** A bad option or argument: exit 2 with this message. */
export class UsageError extends Error {}

/** Colours only on a terminal; NO_COLOR and FORCE_COLOR as everyone honours them; a dumb terminal has none. */
export function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

/**
 * Plain ASCII marks when asked (--ascii) or when the terminal says it is dumb. Not guessed from
 * the platform: Node writes Unicode to the Windows console itself, and only some console fonts
 * lack the marks, so the user who sees boxes is told about --ascii in the help.
 */
export function wantsAscii(io: CliIo, flag: boolean | undefined): boolean {
  return flag === true || io.env.TERM === 'dumb';
}
