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

export const processIo = (): CliIo => {
  // `gecc … | head`: once the reader has gone, a write fails with EPIPE, and Node would end the
  // run with a stack trace. What is left to print is for nobody: drop it, let the run finish
  // (its exit code is the one it would have had), and end a --watch, which nobody can see.
  const gone = new AbortController();
  const writer = (stream: NodeJS.WriteStream) => {
    stream.on('error', () => gone.abort());
    return (text: string) => {
      if (!gone.signal.aborted && !stream.destroyed) stream.write(text);
    };
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
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
      gone.signal.addEventListener('abort', () => controller.abort(), { once: true });
      return controller.signal;
    },
  };
};

/** A bad option or argument: exit 2 with this message. */
export class UsageError extends Error {}

/** Colours only on a terminal; NO_COLOR and FORCE_COLOR as everyone honours them; a dumb terminal has none. */
export function wantsColor(io: CliIo, isTTY: boolean = io.stdoutIsTTY): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  // FORCE_COLOR=0 (or false) is "no colours", as chalk and Node read it
  if (force === '0' || force?.toLowerCase() === 'false') return false;
  if (force !== undefined) return true;
  return isTTY && io.env.TERM !== 'dumb';
}

/**
 * Plain ASCII marks when asked (--ascii) or when the terminal says it is dumb. Not guessed from
 * the platform: Node writes Unicode to the Windows console itself, and only some console fonts
 * lack the marks, so the user who sees boxes is told about --ascii in the help.
 */
export function wantsAscii(io: CliIo, flag: boolean | undefined): boolean {
  return flag === true || io.env.TERM === 'dumb';
}
