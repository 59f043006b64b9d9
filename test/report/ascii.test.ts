/**
 * --ascii: the human report with no symbol an old console font lacks. Thai letters stay (they
 * are the message); every other character must be plain ASCII.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { humanReport } from '../../src/report/human-report.js';
import { ASCII_MARKS, toAscii, UNICODE_MARKS } from '../../src/report/marks.js';
import { removeTempDirs } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const EXAMPLES = ['examples/ready-new-unit', 'examples/ready-returning-unit', 'examples/not-ready-unit'];
/** Anything that is neither printable ASCII, a newline, nor a Thai letter. */
const FOREIGN = /[^\x20-\x7e\n\u0e00-\u0e7f]/gu;

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    stdoutIsTTY: false,
    env,
  });
}

describe('toAscii', () => {
  it('replaces the marks, punctuation and box drawing, and keeps Thai', () => {
    expect(toAscii('✔ พร้อมส่ง — ข้อผิดพลาด 0 · คำเตือน 1 … “ok” ✖ ⚠ ℹ')).toBe('[OK] พร้อมส่ง - ข้อผิดพลาด 0 | คำเตือน 1 ... "ok" [X] [!] [i]');
    expect(toAscii('┌──┬──┐\n│ก │ข │\n└──┴──┘')).toBe('+--+--+\n|ก |ข |\n+--+--+');
    expect(toAscii('plain text, สวัสดี')).toBe('plain text, สวัสดี');
  });

  it("has a stand-in for each of the report's marks", () => {
    for (const key of Object.keys(UNICODE_MARKS) as (keyof typeof UNICODE_MARKS)[]) {
      expect(toAscii(UNICODE_MARKS[key])).toBe(ASCII_MARKS[key]);
      expect(ASCII_MARKS[key]).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('the human report with ascii', () => {
  it.each(['th', 'en'] as const)('is ASCII and Thai only for every example (%s)', async (lang) => {
    const report = await checkTargets(EXAMPLES, { now: new Date('2023-02-01T09:00:00+07:00') });
    const text = humanReport(report, { lang, color: false, ascii: true });
    expect(text.match(FOREIGN) ?? []).toEqual([]);
    expect(text).toContain(ASCII_MARKS.ok);
    expect(text).toContain(ASCII_MARKS.error);
    // the same report without ascii does use the symbols: the option changes something
    expect(humanReport(report, { lang, color: false })).toContain(UNICODE_MARKS.ok);
  });
});

describe('gecc check --ascii', () => {
  it('prints ASCII marks', async () => {
    const out = io();
    expect(await run(['check', '--ascii', '--now', '2023-02-01T09:00:00+07:00', 'examples/ready-new-unit'], out)).toBe(0);
    expect(out.out).toContain(`${ASCII_MARKS.ok} พร้อมส่ง`);
    expect(out.out.match(FOREIGN) ?? []).toEqual([]);
  });

  it('is chosen by itself when TERM=dumb, which also turns colours off', async () => {
    const out = io({ TERM: 'dumb' });
    expect(await run(['check', 'examples/not-ready-unit'], { ...out, stdoutIsTTY: true })).toBe(1);
    expect(out.out).toContain(`${ASCII_MARKS.error} ยังไม่พร้อมส่ง`);
    expect(out.out).not.toContain('\x1b[');
    expect(out.out.match(FOREIGN) ?? []).toEqual([]);
  });

  it('is not used otherwise', async () => {
    const out = io({ TERM: 'xterm-256color' });
    await run(['check', '--now', '2023-02-01T09:00:00+07:00', 'examples/ready-new-unit'], out);
    expect(out.out).toContain(`${UNICODE_MARKS.ok} พร้อมส่ง`);
  });
});
