/** gecc check --watch run for a test: in this process, or as a real process ended with Ctrl-C. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CheckOptions } from '../../src/run/check-settings.js';
import { watchCheck } from '../../src/cli/watch-check.js';
import type { WatchOptions } from '../../src/watch/watch-folders.js';
import { childEnv } from './child-env.js';

/** Watches `folders` in this process, collecting what it prints; `stop` is Ctrl-C, and gives the exit code. */
export function watchInProcess(
  folders: string[],
  options: { check: Omit<CheckOptions, 'displayPath'>; lang?: 'th' | 'en'; watch?: Omit<WatchOptions, 'signal'> },
): { output: () => string; stop: () => Promise<number> } {
  const controller = new AbortController();
  let stdout = '';
  const running = watchCheck({
    folders,
    check: options.check,
    lang: options.lang ?? 'th',
    color: false,
    io: { stdout: (text) => void (stdout += text), stderr: () => undefined, stdoutIsTTY: false, env: {} },
    signal: controller.signal,
    ...(options.watch ? { watch: options.watch } : {}),
  });
  return {
    output: () => stdout,
    stop: () => {
      controller.abort();
      return running;
    },
  };
}

/** `gecc check --watch …args` as a process of its own in `cwd`; `interrupt` sends Ctrl-C (SIGINT) and gives its exit code. */
export function watchProcess(cwd: string, args: string[]): { output: () => string; interrupt: () => Promise<number | null> } {
  const child = spawn(process.execPath, [path.resolve('bin/gecc.js'), 'check', '--watch', ...args], { cwd, env: childEnv() });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    output: () => stdout,
    interrupt: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}
