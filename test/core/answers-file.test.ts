import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkApplication } from '../../src/check-application.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { checkSpec, codes, IN_WINDOW, only, problems } from '../helpers/check.js';

afterAll(removeTempDirs);

const readyText = () => stringify(readyNewUnit(), { lineWidth: 0 });

/** A ready application whose application.yaml holds exactly these bytes. */
async function checkBytes(bytes: Buffer | string, name = 'application.yaml') {
  const dir = writeApplication(tempDir(), readyNewUnit());
  fs.rmSync(path.join(dir, 'application.yaml'));
  fs.writeFileSync(path.join(dir, name), bytes);
  return checkApplication(dir, { now: IN_WINDOW });
}

describe('finding the answers file', () => {
  it('a folder without application.yaml is not ready, with that finding', async () => {
    const dir = tempDir();
    const result = await checkApplication(dir, { now: IN_WINDOW });
    expect(codes(result)).toEqual(['application.no-answers-file']);
    expect(result.ready).toBe(false);
    expect(result.scores.basic).toEqual({ score: 0, max: 16, required: 16 });
  });

  it('application.yml is accepted', async () => {
    expect(problems(await checkBytes(readyText(), 'application.yml'))).toEqual([]);
  });

  it('both .yaml and .yml: .yaml is used, with a warning', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    fs.writeFileSync(path.join(dir, 'application.yml'), 'garbage: [');
    const result = await checkApplication(dir, { now: IN_WINDOW });
    expect(codes(result)).toEqual(['application.two-answers-files']);
  });
});

describe('encodings', () => {
  it('UTF-8 with a BOM and CRLF line ends is fine, and columns are not shifted', async () => {
    const text = '\ufeff' + readyText().replace('phone: 02 123 4567', 'phone: 021234567').replace(/\n/g, '\r\n');
    const result = await checkBytes(Buffer.from(text, 'utf8'));
    const finding = only(result, 'unit.phone-not-quoted');
    const line = text.replace(/^\ufeff/, '').split('\r\n')[finding.line! - 1]!;
    expect(line.slice(finding.column! - 1)).toMatch(/^021234567/);
  });

  it('UTF-16 with a byte-order mark is refused with a clear finding', async () => {
    expect(codes(await checkBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readyText(), 'utf16le')])))).toEqual([
      'answers.encoding-utf16',
    ]);
    const be = Buffer.from(readyText(), 'utf16le').swap16();
    expect(codes(await checkBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual(['answers.encoding-utf16']);
  });

  it('UTF-16 without a byte-order mark is recognised too', async () => {
    expect(codes(await checkBytes(Buffer.from(readyText(), 'utf16le')))).toEqual(['answers.encoding-utf16']);
  });

  it('a legacy Thai code page (TIS-620) is refused, pointing at the first bad line', async () => {
    const tis620 = Buffer.concat([
      Buffer.from('edition: "2566"\nunit:\n  name: '),
      Buffer.from([0xca, 0xd3, 0xb9, 0xd1, 0xa1]),
      Buffer.from('\n'),
    ]);
    const finding = only(await checkBytes(tis620), 'answers.encoding-invalid');
    expect(finding.line).toBe(3);
  });

  it('binary content is refused', async () => {
    expect(codes(await checkBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0])))).toEqual(['answers.encoding-binary']);
  });

  it('an empty file or one with only comments is "empty"', async () => {
    expect(codes(await checkBytes(''))).toEqual(['answers.empty']);
    expect(codes(await checkBytes('# nothing yet\n'))).toEqual(['answers.empty']);
  });
});

describe('YAML traps, each with line and column', () => {
  it('a duplicate key', async () => {
    const text = readyText().replace('  P02: มี\n', '  P02: มี\n  P01: มี\n');
    const finding = only(await checkBytes(text), 'yaml.duplicate-key');
    expect(finding.args).toEqual({ key: 'P01' });
    expect(text.split('\n')[finding.line! - 1]!.slice(finding.column! - 1)).toMatch(/^P01/);
  });

  it('tab indentation', async () => {
    const text = readyText().replace('  P03: มี', '\tP03: มี');
    const finding = only(await checkBytes(text), 'yaml.tab-indent');
    expect(text.split('\n')[finding.line! - 1]).toContain('P03');
  });

  it('several documents', async () => {
    const finding = only(await checkBytes(readyText() + '---\nedition: "2566"\n'), 'yaml.multiple-documents');
    expect(finding.line).toBe(readyText().split('\n').length);
  });

  it('an unterminated quote', async () => {
    const text = readyText().replace('name: สำนักงานเขตพระนคร', 'name: "สำนักงานเขตพระนคร');
    expect(only(await checkBytes(text), 'yaml.unterminated-quote').line).toBeGreaterThan(0);
  });

  it('unclosed brackets are said once, where they open', async () => {
    const result = await checkBytes('unit: [a, b\nphysical: {');
    expect(result.findings.map((f) => [f.code, f.line, f.column])).toEqual([['yaml.unclosed-bracket', 1, 1]]);
  });

  it("a slip of no known kind names yaml's error code, language-free", async () => {
    const result = await checkBytes(readyText().replace('  P03: มี', '  - P03: มี'));
    expect(only(result, 'yaml.syntax').args).toEqual({ line: expect.any(Number), detail: 'BLOCK_AS_IMPLICIT_KEY' });
  });

  it('an alias bomb ("billion laughs") is refused without expanding it', async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill('*' + 'abcdefghi'[i])
            .join(',')}]`,
      ),
      'unit: *i',
      '',
    ].join('\n');
    const started = Date.now();
    const finding = only(await checkBytes(bomb), 'yaml.alias-bomb');
    // an expanded alias bomb does not end; a loaded machine still reads this in well under 30 s
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(finding.line).toBe(2);
  });

  it('a list at the top instead of keys', async () => {
    expect(codes(await checkBytes('- a\n- b\n'))).toEqual(['answers.not-a-mapping']);
  });
});

describe('keys and values', () => {
  it('an unquoted phone number that lost its leading 0 says to quote it', async () => {
    const spec = readyNewUnit();
    const text = stringify(spec, { lineWidth: 0 }).replace(/phone: .*/, 'phone: 0812345678');
    const finding = only(await checkBytes(text), 'unit.phone-not-quoted');
    expect(finding).toMatchObject({ item: 'unit', args: { value: '812345678' } });
    expect(text.split('\n')[finding.line! - 1]).toContain('phone: 0812345678');
  });

  it('a misspelt section suggests the right one', async () => {
    const text = readyText().replace(/^advanced:/m, 'advnced:');
    const result = await checkBytes(text);
    expect(only(result, 'answers.unknown-key').args).toMatchObject({ key: 'advnced', suggestion: 'advanced', standIn: true, items: 23 });
    // its items are not read: counted as not answered, but not listed one by one as missing
    expect(result.findings.filter((f) => f.code === 'item.missing')).toHaveLength(0);
    expect(result.items.filter((i) => i.group === 'advanced' && i.state === 'not-answered')).toHaveLength(23);
  });

  it('a misspelt field of an item suggests the right one, at its position', async () => {
    const spec = readyNewUnit();
    spec.advanced.A07 = { txet: 'ข้อความ', files: spec.advanced.A07.files };
    const result = await checkSpec(spec);
    const finding = only(result, 'answers.unknown-key');
    expect(finding).toMatchObject({ item: 'A07', args: { key: 'txet', suggestion: 'text', where: 'advanced.A07' } });
    expect(finding.line).toBeGreaterThan(0);
  });

  it.each([
    ['A24', undefined],
    ['a12', 'A12'],
    ['A3', 'A03'],
  ])('an unknown item id %s suggests %s', async (key, suggestion) => {
    const spec = readyNewUnit();
    spec.advanced[key] = { text: 'x', files: ['files/A01.pdf'] };
    const finding = only(await checkSpec(spec), 'answers.unknown-item');
    expect(finding.args).toMatchObject({ key, range: 'A01–A23' });
    expect(finding.args).toMatchObject(suggestion ? { suggestion } : {});
  });

  it('an item put in the wrong group says where it belongs', async () => {
    const spec = readyNewUnit();
    spec.basic.A05 = spec.advanced.A05;
    const finding = only(await checkSpec(spec), 'answers.unknown-item');
    expect(finding.args.belongsTo).toContain('advanced');
  });

  it('yes / no are not answers (YAML 1.2 keeps them as text)', async () => {
    const spec = readyNewUnit();
    spec.physical.P01 = 'yes';
    expect(only(await checkSpec(spec), 'answers.invalid-choice').args.value).toBe('yes');
  });

  it('a section written as text is a shape error, not a crash', async () => {
    const spec = readyNewUnit();
    spec.basic = 'ครบทุกข้อ';
    const result = await checkSpec(spec);
    expect(only(result, 'answers.wrong-type').args).toEqual({ field: 'basic', expected: 'section' });
  });

  it('files written as a number is a shape error', async () => {
    const spec = readyNewUnit();
    spec.basic.B01.files = 12;
    const result = await checkSpec(spec);
    expect(only(result, 'answers.wrong-type').args).toEqual({ field: 'basic.B01.files', expected: 'file-list' });
    expect(codes(result)).not.toContain('item.files-missing');
  });
});

describe('editions', () => {
  it('an unknown edition in the file is a finding of that application, reported as written', async () => {
    const spec = readyNewUnit();
    spec.edition = '2599';
    const result = await checkSpec(spec);
    const finding = only(result, 'edition.unknown');
    expect(finding.args).toMatchObject({ edition: '2599' });
    expect(finding.line).toBeGreaterThan(0);
    expect(result.edition).toBe('2599');
    expect(result.ready).toBe(false);
  });

  it('an edition that is neither text nor a number is a shape error', async () => {
    const spec = readyNewUnit();
    spec.edition = [2566];
    const result = await checkSpec(spec);
    expect(only(result, 'answers.wrong-type').args.field).toBe('edition');
    expect(codes(result)).not.toContain('edition.unknown');
  });

  it('an unquoted edition number works', async () => {
    const text = readyText().replace('edition: "2566"', 'edition: 2566');
    expect(problems(await checkBytes(text))).toEqual([]);
  });

  it('edition 2568 applies its own catalogue: 8 basic items, 25 advanced, pass at 70', async () => {
    const spec = readyNewUnit();
    spec.edition = '2568';
    const result = await checkSpec(spec);
    expect(result.edition).toBe('2568');
    expect(result.scores.basic.max).toBe(8);
    expect(result.scores.advanced.max).toBe(62);
    expect(result.scores.total).toMatchObject({ max: 100, pass: 70 });
    expect(result.findings.filter((f) => f.code === 'answers.unknown-item').map((f) => f.args)).toHaveLength(8);
  });
});

describe('empty values, as in a form just started', () => {
  it('count as not answered, once each, never as a wrong type', async () => {
    const text = [
      'edition: "2566"',
      'unit:',
      '  name:',
      '  kind: district-office',
      '  applicant: new',
      'readiness_form:',
      'physical:',
      '  P01:',
      'basic:',
      '  B01:',
      '    text:',
      '    files:',
      'outcome:',
      '  R01:',
      '    score:',
      '',
    ].join('\n');
    const result = await checkBytes(text);
    const found = codes(result);
    expect(found).not.toContain('answers.wrong-type');
    expect(found).not.toContain('answers.invalid-choice');
    expect(only(result, 'answers.missing-field').args.field).toBe('unit.name');
    expect(only(result, 'readiness.missing').line).toBe(6);
    expect(result.findings.filter((f) => f.code === 'physical.missing')).toHaveLength(14);
    // an item whose fields are all blank is simply not answered yet: one finding, not one per field
    expect(result.findings.filter((f) => f.item === 'B01').map((f) => f.code)).toEqual(['item.missing']);
    expect(result.findings.filter((f) => f.item === 'R01').map((f) => f.code)).toEqual(['item.missing']);
    expect(result.findings.filter((f) => f.code === 'item.missing')).toHaveLength(16 + 23 + 3);
  });
});
