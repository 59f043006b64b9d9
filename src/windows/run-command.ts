import { spawnSync } from 'node:child_process';

/**
 * Runs a program to its end and returns what it printed; throws with its output when it fails.
 * npm is a .cmd file on Windows, which only a shell starts.
 */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}
