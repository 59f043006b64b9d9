/**
 * Help that teaches: every command's --help ends with worked examples in Thai and English,
 * and every example really runs as written.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { registerCheck } from '../../src/cli/commands/check.js';
import { registerCriteria } from '../../src/cli/commands/criteria.js';
import { registerEdit } from '../../src/cli/commands/edit.js';
import { registerForm } from '../../src/cli/commands/form.js';
import { registerInit } from '../../src/cli/commands/init.js';
import { registerSchema } from '../../src/cli/commands/schema.js';
import { HELP, helpAfter, type HelpTopic } from '../../src/cli/help-text.js';
import { run } from '../../src/cli/main.js';
import { DEFAULT_EDITION } from '../../src/criteria/load-catalogue.js';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { childEnv } from '../helpers/child-env.js';

// each test runs the whole CLI, some as a process: on a machine shared by many runs that takes seconds
vi.setConfig({ testTimeout: 60_000 });

function io(): CliIo & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    stdoutIsTTY: false,
    env: {},
  });
}

async function gecc(...argv: string[]) {
  const out = io();
  const code = await run(argv, out);
  return { code, out: out.out, err: out.err };
}

/** Words of a shell command line: "quoted words" stay whole; a redirection ends the command. */
function words(command: string): string[] {
  const all = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const redirect = all.indexOf('>');
  return redirect === -1 ? all : all.slice(0, redirect);
}

const topics = Object.keys(HELP) as HelpTopic[];

afterAll(() => removeTempDirs());

describe('--help', () => {
  it("gecc --help ends with the program's examples in Thai and English", async () => {
    const { code, out, err } = await gecc('--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.endsWith(`${helpAfter('gecc')}\n`)).toBe(true);
    for (const example of HELP.gecc.examples) {
      expect(out).toContain(`  ${example.command}\n      ${example.th}\n      ${example.en}\n`);
    }
  });

  it.each(topics.filter((t) => t !== 'gecc'))('gecc %s: its --help and gecc help <it> end with its examples', async (topic) => {
    for (const argv of [
      [topic, '--help'],
      ['help', topic],
    ]) {
      const { code, out } = await gecc(...argv);
      expect(code).toBe(0);
      expect(out.endsWith(`${helpAfter(topic)}\n`)).toBe(true);
    }
  });

  it.each(topics)('the examples of %s are commands of gecc, each explained in Thai and in English', (topic) => {
    const help = HELP[topic];
    expect(help.examples.length).toBeGreaterThan(0);
    for (const example of help.examples) {
      expect(example.command).toMatch(/^gecc( |$)/);
      expect(example.th).toMatch(/[\u0e00-\u0e7f]/);
      expect(example.en).toMatch(/^[\x20-\x7e✔✖⚠]+$/);
    }
  });

  it('gecc check --help lists every option of check in at least one example or the notes', async () => {
    const check = new Command('gecc');
    registerCheck(check, io(), { setLang: () => {}, setExitCode: () => {} });
    const shown = HELP.check.examples.map((e) => e.command).join(' ');
    const options = check.commands[0]!.options.map((o) => o.long!).filter(
      (o) => !['--help', '--no-color', '--criteria', '--config'].includes(o),
    );
    for (const option of options) expect(shown, option).toContain(option);
  });
});

/** The whole command line, as gecc's main builds it: which options take a value, per command. */
function programOf(): Command {
  const program = new Command('gecc');
  const state = { setLang: () => {}, setExitCode: () => {} };
  registerCheck(program, io(), state);
  registerForm(program, io(), state);
  registerEdit(program, io(), state);
  registerInit(program, io(), state);
  registerCriteria(program, io(), state);
  registerSchema(program, io());
  return program;
}

/** The words of an example that are not options or their values: the folders (or item) it names. */
function positionals(argv: string[]): string[] {
  const command = programOf().commands.find((c) => c.name() === argv[0]);
  if (!command) return [];
  const found: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const option = command.options.find((o) => o.long === argv[i] || o.short === argv[i]);
    if (option) {
      if (option.required || option.optional) i++;
    } else if (!argv[i]!.startsWith('-')) found.push(argv[i]!);
  }
  return found;
}

describe('every example of every --help runs as written', () => {
  // a workspace as a unit has it: a batch folder holding one application; the drive letter of
  // the examples is the only thing replaced, since no D: exists here
  const workspace = tempDir('gecc-help-');
  const application = path.join(workspace, 'ใบสมัครทุกเขต', 'สำนักงานเขตพระนคร');
  fs.cpSync('examples/ready-new-unit', application, { recursive: true });

  // --watch and gecc edit run until Ctrl-C: their own tests drive them (test/watch, test/cli/edit-command.test.ts)
  const examples = topics
    .flatMap((topic) => HELP[topic].examples.map((e) => e.command))
    .filter((c) => !c.includes('--watch') && !c.startsWith('gecc edit'));

  it.each(examples.map((e) => [e]))('%s', { timeout: 60_000 }, (command) => {
    const argv = words(command)
      .slice(1)
      .map((w) => (w === 'D:\\GECC\\สำนักงานเขตพระนคร' ? application : w));
    // an example that names no folder is run where it says: in the application folder
    const here = (argv[0] === 'check' || argv[0] === 'form') && positionals(argv).length === 0 ? application : workspace;
    const before = listing(application);
    const run = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'gecc.js'), ...argv], {
      cwd: here,
      encoding: 'utf8',
      timeout: 50_000,
      env: childEnv(),
    });
    expect(run.stderr).not.toMatch(/^gecc: |\n\s+at \S/m);
    expect([0, 1], run.stderr).toContain(run.status);
    const output = argv.indexOf('--output');
    if (output !== -1) expect(fs.statSync(path.resolve(here, argv[output + 1]!)).size).toBeGreaterThan(0);
    for (const report of argv.filter((_, i) => argv[i - 1] === '--report')) {
      expect(fs.statSync(path.resolve(here, report.replace(/^[^=]*=/, ''))).size).toBeGreaterThan(0);
    }
    // gecc never writes into the folder it checks
    expect(listing(application)).toEqual(before);
  });
});

function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('gecc without a command', () => {
  it('prints the help on stdout and exits 2: nothing was run', async () => {
    const { code, out, err } = await gecc();
    expect(code).toBe(2);
    expect(err).toBe('');
    expect(out).toContain('Usage: gecc');
    expect(out.endsWith(`${helpAfter('gecc')}\n`)).toBe(true);
  });

  it('gecc --help and gecc help exit 0', async () => {
    expect((await gecc('--help')).code).toBe(0);
    const help = await gecc('help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: gecc');
  });
});

describe('option descriptions', () => {
  it('every option and argument of every command is described in Thai and in English', async () => {
    for (const command of ['', ...topics.filter((t) => t !== 'gecc')]) {
      const { out } = await gecc(...(command ? [command] : []), '--help');
      const program = programOf();
      const target = command ? program.commands.find((c) => c.name() === command)! : program;
      for (const option of [...target.options.map((o) => o.flags), '-h, --help']) {
        const at = out.indexOf(`  ${option}`);
        expect(at, `${command} ${option}`).toBeGreaterThan(-1);
        // the description follows the flags, Thai first
        const described = out.slice(at + option.length + 2).trimStart();
        expect(described, `${command} ${option}`).toMatch(/^[\u0e00-\u0e7f[(]/);
      }
    }
  });
});

describe('--version', () => {
  it('prints the version and the default criteria edition', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, out } = await gecc(flag);
      expect(code).toBe(0);
      expect(out).toBe(`${PACKAGE_VERSION} (criteria ${DEFAULT_EDITION})\n`);
    }
  });
});
