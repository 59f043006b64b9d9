/**
 * Help that teaches: every command's --help ends with worked examples in Thai and English,
 * and the examples of `gecc check` really run as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { registerCheck } from '../../src/cli/commands/check.js';
import { HELP, helpAfter, type HelpTopic } from '../../src/cli/help-text.js';
import { run } from '../../src/cli/main.js';
import { DEFAULT_EDITION } from '../../src/criteria/load-catalogue.js';
import { PACKAGE_VERSION } from '../../src/package-root.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';

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

describe('the examples of gecc check run as written', () => {
  let folder: string;
  beforeAll(() => {
    folder = path.join(tempDir(), 'ใบสมัครทุกเขต', 'สำนักงานเขตพระนคร');
    fs.cpSync('examples/ready-new-unit', folder, { recursive: true });
  });

  // --watch runs until Ctrl-C: its own tests drive it with real file changes
  const examples = [...HELP.gecc.examples, ...HELP.check.examples].filter(
    (e) => words(e.command)[1] === 'check' && !e.command.includes('--watch'),
  );

  it.each(examples.map((e) => [e.command]))('%s', async (command) => {
    // which words are folders: commander knows which options take a value
    const check = new Command('gecc');
    registerCheck(check, io(), { setLang: () => {}, setExitCode: () => {} });
    const options = check.commands[0]!.options;
    const argv = words(command).slice(1);
    let folders = 0;
    for (let i = 1; i < argv.length; i++) {
      const option = options.find((o) => o.long === argv[i] || o.short === argv[i]);
      if (option) {
        if (option.required || option.optional) i++;
        // a report file of the example: written to a temporary folder, not where the tests run
        if (option.long === '--output') argv[i] = path.join(tempDir(), argv[i]!);
        if (option.long === '--report') argv[i] = argv[i]!.replace(/=(.*)$/, (_, file: string) => `=${path.join(tempDir(), file)}`);
      } else {
        // a folder of the example (D:\GECC\..., a batch folder): here, a real one
        argv[i] = argv[i]!.includes('ใบสมัครทุกเขต') ? path.dirname(folder) : folder;
        folders++;
      }
    }
    // "the current folder": the example application, not wherever the tests run
    if (folders === 0 && !argv.includes('--help')) argv.push(folder);
    const { code, err } = await gecc(...argv);
    const output = argv.indexOf('--output');
    if (output !== -1) expect(fs.statSync(argv[output + 1]!).size).toBeGreaterThan(0);
    else if (!argv.includes('--report')) expect(err).toBe('');
    expect([0, 1]).toContain(code);
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
