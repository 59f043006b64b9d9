import type { CliIo } from '../../src/cli/cli-io.js';
import { run } from '../../src/cli/main.js';

/** Runs the command line in-process, as from a pipe (no terminal), collecting what it writes. */
export async function runCli(argv: string[], extra: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    ...extra,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
