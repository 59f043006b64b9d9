import { afterAll, describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { starterAnswers } from '../../src/init/starter-answers.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication, type AppSpec } from '../helpers/application.js';
import { IN_WINDOW, problems } from '../helpers/check.js';

afterAll(removeTempDirs);

const catalogue = loadEdition('2566')!;

/** A value as a unit types it after `key: ` (quoted only where YAML needs it). */
function typed(key: string, value: unknown): string {
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'string' && (key === 'phone' || /[:#]/.test(value))) return JSON.stringify(value);
  return String(value);
}

/**
 * The starter `gecc init` writes, filled in as a unit fills it: each blank `key:` given its answer
 * from a ready application (the hint comment after it deleted); comments above items stay.
 */
function filledStarter(spec: AppSpec = readyNewUnit()): string {
  const path: string[] = [];
  return starterAnswers(catalogue, { kind: 'district-office', applicant: 'new', lang: 'th' })
    .split('\n')
    .map((line) => {
      const key = /^( *)([A-Za-z_]+[0-9]*):(.*)$/.exec(line);
      if (!key) return line;
      const depth = key[1]!.length / 2;
      path.length = depth;
      path.push(key[2]!);
      if (!/^\s*(#.*)?$/.test(key[3]!)) return line;
      const value = path.reduce<any>((node, k) => node?.[k], spec);
      if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) return line;
      return `${key[1]}${key[2]}: ${typed(key[2]!, value)}`;
    })
    .join('\n');
}

/** The 1-based number of the line that starts (after its indent) with `key:`. */
function lineOfKey(text: string, key: string): number {
  const index = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
  if (index < 0) throw new Error(`no line holds ${key}:`);
  return index + 1;
}

/** `text` with the line of `key:` indented by `spaces` (the rest of the line as it was). */
function reindent(text: string, key: string, spaces: number): string {
  const lines = text.split('\n');
  const index = lineOfKey(text, key) - 1;
  lines[index] = ' '.repeat(spaces) + lines[index]!.trimStart();
  return lines.join('\n');
}

/** The starter's comment lines just above `key:` removed, or one added when there is none. */
function toggleCommentAbove(text: string, key: string): string {
  const lines = text.split('\n');
  let index = lineOfKey(text, key) - 1;
  if (!lines[index - 1]!.trimStart().startsWith('#')) {
    lines.splice(index, 0, `  # ข้อ ${key}: ทำแล้ว`);
    return lines.join('\n');
  }
  while (lines[index - 1]!.trimStart().startsWith('#')) lines.splice(--index, 1);
  return lines.join('\n');
}

async function check(text: string) {
  const dir = writeApplication(tempDir(), readyNewUnit(), { yamlText: text });
  return checkApplication(dir, { now: IN_WINDOW, cache: false });
}

const GROUP_OF: Record<string, string> = { P: 'physical', B: 'basic', A: 'advanced', R: 'outcome' };

const thText = (line: number, key: string, found: number) =>
  found === 0
    ? `บรรทัด ${line}: ข้อ ${key} ไม่ได้เว้นวรรคหน้าบรรทัด ต่างจากข้ออื่นใต้ ${GROUP_OF[key[0]!]}: ที่เว้น 2 ช่อง ไฟล์คำตอบจึงอ่านข้อนี้ผิดที่`
    : `บรรทัด ${line}: ข้อ ${key} เว้นวรรคหน้าบรรทัด ${found} ช่อง ต่างจากข้ออื่นใต้ ${GROUP_OF[key[0]!]}: ที่เว้น 2 ช่อง ไฟล์คำตอบจึงอ่านข้อนี้ผิดที่`;

const FILLED = filledStarter();
const BLANK = starterAnswers(catalogue, { kind: 'district-office', applicant: 'new', lang: 'th' });

const variants = ['P03', 'P01', 'P14', 'B06', 'B01', 'A02', 'R02', 'R03'].flatMap((key) =>
  [0, 1, 3, 4].flatMap((spaces) => [false, true].map((toggled) => ({ key, spaces, toggled }))),
);

describe('an item key indented unlike the other items of its group is told at its own line', () => {
  it('the filled starter itself is ready (the ground the variants stand on)', async () => {
    const result = await check(FILLED);
    expect(problems(result)).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it('B06 with 3 spaces, under its title comment: the exact finding, and its fix followed literally', async () => {
    const text = reindent(FILLED, 'B06', 3);
    const line = lineOfKey(text, 'B06');
    expect(text.split('\n')[line - 2]).toMatch(/^ {2}# B06 /);
    const result = await check(text);
    const found = problems(result).map((f) => ({ code: f.code, line: f.line, column: f.column, ...renderMessage(f, 'th') }));
    expect(found).toEqual([
      {
        code: 'yaml.item-indent',
        line,
        column: 4,
        text: `บรรทัด ${line}: ข้อ B06 เว้นวรรคหน้าบรรทัด 3 ช่อง ต่างจากข้ออื่นใต้ basic: ที่เว้น 2 ช่อง ไฟล์คำตอบจึงอ่านข้อนี้ผิดที่`,
        fix: `ในบรรทัด ${line} ให้เว้นวรรคหน้า B06: 2 ช่อง เท่ากับข้ออื่นใต้ basic: เช่น "  B05:" (บรรทัดอื่นไม่ต้องแก้)`,
      },
    ]);
    expect(renderMessage(result.findings.find((f) => f.code === 'yaml.item-indent')!, 'en')).toEqual({
      text: `Line ${line}: item B06 is indented 3 spaces, unlike the other items under basic: (2 spaces), so it is read in the wrong place`,
      fix: `On line ${line}, indent B06: by 2 spaces like the other items under basic:, e.g. "  B05:" (leave the other lines as they are).`,
    });
    const fixed = await check(reindent(text, 'B06', 2));
    expect(fixed.ready).toBe(true);
  });

  it.each(variants)('$key at $spaces spaces (comment above toggled: $toggled), filled in', async ({ key, spaces, toggled }) => {
    const base = toggled ? toggleCommentAbove(FILLED, key) : FILLED;
    const text = reindent(base, key, spaces);
    const line = lineOfKey(text, key);
    const result = await check(text);
    expect(problems(result).map((f) => ({ code: f.code, line: f.line, column: f.column, th: renderMessage(f, 'th').text }))).toEqual([
      { code: 'yaml.item-indent', line, column: spaces + 1, th: thText(line, key, spaces) },
    ]);
    // the fix, followed literally: the key's own line indented as the finding says, nothing else
    const advice = result.findings.find((f) => f.code === 'yaml.item-indent')!;
    expect(advice.args).toMatchObject({ key, spaces: 2 });
    const fixed = await check(reindent(text, key, (advice.args as { spaces: number }).spaces));
    expect(problems(fixed)).toEqual([]);
    expect(fixed.ready).toBe(true);
  });

  it.each(variants)(
    '$key at $spaces spaces (comment above toggled: $toggled), in a starter not filled in yet',
    async ({ key, spaces, toggled }) => {
      const text = reindent(toggled ? toggleCommentAbove(BLANK, key) : BLANK, key, spaces);
      const line = lineOfKey(text, key);
      const result = await check(text);
      expect(problems(result).map((f) => ({ code: f.code, line: f.line, th: renderMessage(f, 'th').text }))).toEqual([
        { code: 'yaml.item-indent', line, th: thText(line, key, spaces) },
      ]);
      const fixed = await check(reindent(text, key, 2));
      expect(problems(fixed).filter((f) => f.code.startsWith('yaml.'))).toEqual([]);
      expect(fixed.items.find((i) => i.id === key)).toMatchObject({ state: 'not-answered' });
    },
  );

  it('an item whose text is a | block, its key at column 0: one finding, and the fix keeps the whole text', async () => {
    const block = '    text: |\n      บรรทัดแรกของคำอธิบาย\n      บรรทัดที่สอง: มีเครื่องหมาย : อยู่ด้วย';
    const text = reindent(FILLED.replace(/( {2}B06:\n) {4}text: .*/, `$1${block}`), 'B06', 0);
    const line = lineOfKey(text, 'B06');
    const result = await check(text);
    expect(problems(result).map((f) => [f.code, f.line])).toEqual([['yaml.item-indent', line]]);
    const fixed = await check(reindent(text, 'B06', 2));
    expect(fixed.ready).toBe(true);
    expect(fixed.items.find((i) => i.id === 'B06')?.text).toBe('บรรทัดแรกของคำอธิบาย\nบรรทัดที่สอง: มีเครื่องหมาย : อยู่ด้วย\n');
  });

  it('an item moved left whole (its key at column 0, its fields at 2): the fix also names the fields', async () => {
    const text = FILLED.replace(/^ {2}B06:\n {4}text: (.*)\n {4}files: (.*)$/m, 'B06:\n  text: $1\n  files: $2');
    const line = lineOfKey(text, 'B06');
    const result = await check(text);
    expect(problems(result).map((f) => ({ code: f.code, line: f.line, ...renderMessage(f, 'th') }))).toEqual([
      {
        code: 'yaml.item-indent',
        line,
        text: `บรรทัด ${line}: ข้อ B06 ไม่ได้เว้นวรรคหน้าบรรทัด ต่างจากข้ออื่นใต้ basic: ที่เว้น 2 ช่อง ไฟล์คำตอบจึงอ่านข้อนี้ผิดที่`,
        fix: `ในบรรทัด ${line} ให้เว้นวรรคหน้า B06: 2 ช่อง เท่ากับข้ออื่นใต้ basic: เช่น "  B05:" แล้วเว้นวรรคหน้าบรรทัดที่อยู่ใต้ B06: (เช่น text:, files:) 4 ช่อง`,
      },
    ]);
    // the key by 2 spaces, the lines under it by 4
    const fixed = await check(text.replace(/^B06:\n {2}text: (.*)\n {2}files: (.*)$/m, '  B06:\n    text: $1\n    files: $2'));
    expect(fixed.ready).toBe(true);
  });

  it('items all indented 4 spaces alike are read as they are: no finding', async () => {
    const text = FILLED.replace(/^( {2}P\d\d:)/gm, '  $1');
    const result = await check(text);
    expect(problems(result)).toEqual([]);
  });
});
