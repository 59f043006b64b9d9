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
});

/** A bad option or argument: exit 2 with this message. */
export class UsageError extends Error {}


/** Colours only on a terminal; NO_COLOR and FORCE_COLOR as everyone honours them. */
export function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
