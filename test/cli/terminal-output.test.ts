import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wantsColor, type CliIo } from '../../src/cli/cli-io.js';
import { spinnerLook, wantsSpinner } from '../../src/cli/progress-spinner.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const BIN = path.resolve('bin/gecc.js');
const NOW = ['--now', '2023-02-01T09:00:00+07:00'];
const BASE_ENV = { PATH: process.env.PATH ?? '', CI: '', NO_COLOR: '', FORCE_COLOR: '' };

/** Runs the built CLI with its stdout closed by the reader before it writes (as `| head` does). */
function runWithClosedStdout(args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      // NO_COLOR alone: with FORCE_COLOR in the environment too, Node 24 warns on stderr
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'dumb', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that goes away (gecc … | head)', () => {
  it('ends quietly, with the exit code the run would have had', async () => {
    const criteria = await runWithClosedStdout(['criteria']);
    expect(criteria.stderr).toBe('');
    expect(criteria.code).toBe(0);
    const check = await runWithClosedStdout(['check', path.resolve('examples'), ...NOW]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    const ready = await runWithClosedStdout(['check', path.resolve('examples/ready-new-unit'), ...NOW]);
    expect(ready.stderr).toBe('');
    expect(ready.code).toBe(0);
  }, 60_000);

  it('ends a --watch that nobody can see any more, instead of watching forever', async () => {
    const cwd = tempDir();
    fs.cpSync(path.resolve('examples/ready-new-unit'), path.join(cwd, 'app'), { recursive: true });
    const watch = await runWithClosedStdout(['check', '--watch', 'app', ...NOW], { cwd });
    expect(watch.stderr).toBe('');
    expect(watch.code).toBe(0);
  }, 60_000);

  it('ends quietly in a real shell pipe into a reader that reads nothing', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" criteria | true`], {
      env: { ...BASE_ENV, TERM: 'dumb' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stderr).not.toContain('EPIPE');
  }, 60_000);
});

describe('colours and the spinner follow what the user asked', () => {
  const io = (env: NodeJS.ProcessEnv, tty = true): CliIo => ({
    stdout: () => undefined,
    stderr: () => undefined,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    env,
  });

  it('FORCE_COLOR=0 and NO_COLOR turn colours off even at a terminal; FORCE_COLOR=1 turns them on behind a pipe', () => {
    expect(wantsColor(io({ TERM: 'xterm' }))).toBe(true);
    expect(wantsColor(io({ TERM: 'xterm', FORCE_COLOR: '0' }))).toBe(false);
    expect(wantsColor(io({ TERM: 'xterm', FORCE_COLOR: 'false' }))).toBe(false);
    expect(wantsColor(io({ TERM: 'xterm', NO_COLOR: '1' }))).toBe(false);
    expect(wantsColor(io({ TERM: 'dumb' }))).toBe(false);
    expect(wantsColor(io({ FORCE_COLOR: '1' }, false))).toBe(true);
  });

  it('no spinner on a dumb terminal; plain frames with --ascii; no colour when colours are off', () => {
    expect(wantsSpinner(io({ TERM: 'xterm' }), true)).toBe(true);
    expect(wantsSpinner(io({ TERM: 'dumb' }), true)).toBe(false);
    expect(spinnerLook({ color: false, ascii: false }).color).toBe(false);
    expect(spinnerLook({ color: true, ascii: true }).spinner?.frames.join('')).toMatch(/^[\x20-\x7e]+$/);
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  /** Everything a person would see on the terminal: the CLI runs in a pseudo-terminal made by `script`. */
  function onTerminal(env: Record<string, string>, extra: string[] = []): string {
    const command = [process.execPath, BIN, 'check', path.resolve('examples'), ...NOW, '-j', '1', '--summary-only', ...extra]
      .map((a) => `'${a}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      env: { ...BASE_ENV, TERM: 'xterm', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    return result.stdout;
  }

  it.skipIf(!hasScript)(
    'on a real terminal: the spinner is coloured by default, and not with NO_COLOR, FORCE_COLOR=0 or --no-color',
    () => {
      const colour = /\u001b\[3\dm/;
      const spinnerFrame = /[\u2800-\u28ff]/;
      const plain = onTerminal({});
      expect(plain).toMatch(colour);
      expect(plain).toMatch(spinnerFrame);
      for (const [env, extra] of [
        [{ NO_COLOR: '1' }, []],
        [{ FORCE_COLOR: '0' }, []],
        [{}, ['--no-color']],
      ] as const) {
        const seen = onTerminal(env, [...extra]);
        expect(seen, JSON.stringify([env, extra])).toContain('กำลังตรวจ');
        expect(seen, JSON.stringify([env, extra])).not.toMatch(colour);
      }
    },
    120_000,
  );

  it.skipIf(!hasScript)(
    'on a real terminal: --ascii draws no braille frames, and TERM=dumb shows no spinner at all',
    () => {
      const ascii = onTerminal({ NO_COLOR: '1' }, ['--ascii']);
      expect(ascii).toContain('กำลังตรวจ');
      expect(ascii).not.toMatch(/[\u2800-\u28ff✔✖⚠]/);
      const dumb = onTerminal({ TERM: 'dumb' });
      expect(dumb).not.toContain('กำลังตรวจ');
      expect(dumb).not.toMatch(/\u001b\[\d*G/);
    },
    120_000,
  );
});
