import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadEdition, shippedEditions } from '../../src/criteria/load-catalogue.js';
import { answersJsonSchema } from '../../src/schema/answers-json-schema.js';
import { generatedSchemaFiles, schemaFileOf } from '../../src/schema/schema-files.js';
import { readyNewUnit, readyReturningUnit, removeTempDirs, tempDir } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';

const EXAMPLES = path.resolve('examples');

afterAll(removeTempDirs);

/** A real draft-07 validator, strict about keywords: the editor-only ones are declared. */
function validatorFor(edition: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword('markdownDescription');
  ajv.addKeyword('errorMessage');
  return ajv.compile(JSON.parse(fs.readFileSync(schemaFileOf(edition), 'utf8')));
}

const exampleAnswers = (name: string) =>
  parse(fs.readFileSync(path.join(EXAMPLES, name, 'application.yaml'), 'utf8')) as Record<string, any>;

describe('the shipped JSON Schemas', () => {
  it('are exactly what the code generates (run "npm run schema" after changing either)', () => {
    const files = generatedSchemaFiles();
    expect(files.map((f) => path.basename(f.file))).toEqual(shippedEditions().map((e) => `${e}.schema.json`));
    for (const { file, text } of files) expect(fs.readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('are draft-07 and carry no gecc-internal keyword', () => {
    const schema = answersJsonSchema(loadEdition('2566')!);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toContain('geccKind');
  });

  it('give every item its id, title and evidence as hover text', () => {
    const schema = answersJsonSchema(loadEdition('2566')!) as any;
    const p01 = schema.properties.physical.anyOf[0].properties.P01;
    expect(p01.title).toBe('P01 · [1] เวลาให้บริการ');
    const r01 = schema.properties.outcome.anyOf[0].properties.R01;
    expect(r01.description).toContain('หลักฐานที่ขอ: วิธีเก็บข้อมูล');
    const b01 = schema.properties.basic.anyOf[0].properties.B01;
    expect(b01.title).toContain('ชื่อข้อจริงไม่ได้เผยแพร่');
    expect(Object.keys(schema.properties.advanced.anyOf[0].properties)).toHaveLength(23);
  });
});

describe('the examples against the schema, with a real JSON Schema validator', () => {
  const validate = validatorFor('2566');

  for (const name of ['ready-new-unit', 'ready-returning-unit', 'not-ready-unit']) {
    it(`${name} names the shipped schema on its first line`, () => {
      const first = fs.readFileSync(path.join(EXAMPLES, name, 'application.yaml'), 'utf8').split('\n')[0]!;
      const reference = /\$schema=(\S+)/.exec(first)![1]!;
      expect(path.resolve(EXAMPLES, name, reference)).toBe(path.resolve(schemaFileOf('2566')));
    });
  }

  it('accepts the ready examples and the test builders', () => {
    for (const data of [exampleAnswers('ready-new-unit'), exampleAnswers('ready-returning-unit'), readyNewUnit(), readyReturningUnit()]) {
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects the not-ready example where gecc check finds shape problems too', () => {
    expect(validate(exampleAnswers('not-ready-unit'))).toBe(false);
    // each field is "value or blank": leave out the blank branch's own complaint
    const leaves = [
      ...new Set(validate.errors!.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'not').map((e) => `${e.instancePath} ${e.keyword}`)),
    ];
    // an unquoted phone number (unit.phone-not-quoted), a misspelt key (answers.unknown-key),
    // a score above the item maximum (item.score-too-high)
    expect(leaves).toEqual(['/unit/contact/phone type', '/advanced/A07 additionalProperties', '/advanced/A12/score enum']);
  });

  it('accepts a file with blanks left to fill', () => {
    expect(
      validate({
        unit: { name: 'x', kind: 'other', applicant: 'new', parent: null },
        physical: { P01: null },
        basic: { B01: { text: null, files: null } },
      }),
    ).toBe(true);
  });

  it('accepts what gecc check reads: Thai digits in a score, Thai names for kind and applicant', () => {
    expect(
      validate({
        unit: { name: 'x', kind: 'สำนักงานเขต', applicant: 'หน่วยงานใหม่' },
        advanced: { A01: { text: 'x', files: ['files/a.pdf'], score: '๒' } },
      }),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('rejects a broken file where gecc check would', () => {
    const cases: [string, (d: Record<string, any>) => void, string][] = [
      ['unknown item', (d) => (d.basic.B17 = { text: 'x' }), 'additionalProperties'],
      ['yes in English', (d) => (d.physical.P01 = 'yes'), 'enum'],
      ['unknown unit kind', (d) => (d.unit.kind = 'school'), 'enum'],
      ['score as text', (d) => (d.advanced.A01.score = 'สอง'), 'enum'],
      ['score above the item maximum', (d) => (d.outcome.R01.score = 11), 'enum'],
      ['unit missing', (d) => delete d.unit, 'required'],
      ['misspelt key', (d) => (d.advanced.A02 = { txt: 'x' }), 'additionalProperties'],
    ];
    for (const [what, spoil, keyword] of cases) {
      const data = exampleAnswers('ready-new-unit');
      spoil(data);
      expect(validate(data), what).toBe(false);
      expect(JSON.stringify(validate.errors), what).toContain(keyword);
    }
  });

  it('validates the 2568 schema against its own items', () => {
    const validate2568 = validatorFor('2568');
    expect(
      validate2568({
        edition: '2568',
        unit: { name: 'x', kind: 'other', applicant: 'new' },
        advanced: { A25: { text: 'x', files: 'files/a.pdf' } },
      }),
    ).toBe(true);
    expect(validate2568({ edition: '2568', unit: { name: 'x', kind: 'other', applicant: 'new' }, basic: { B09: { text: 'x' } } })).toBe(
      false,
    );
  });
});

describe('gecc schema', () => {
  it('prints the shipped schema of the default edition', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(fs.readFileSync(schemaFileOf('2566'), 'utf8'));
  });

  it('prints another edition on request', async () => {
    const { code, stdout } = await runCli(['schema', '--edition', '2568']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toContain('2568');
  });

  it('refuses an unknown edition with exit 2 and a Thai message', async () => {
    const { code, stderr } = await runCli(['schema', '--edition', '2599']);
    expect(code).toBe(2);
    expect(stderr).toContain('ไม่รู้จักเกณฑ์ปี "2599"');
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

/** The schema node an ajv error's schemaPath names the keyword of: where the editor reads errorMessage. */
function nodeOf(schema: unknown, schemaPath: string): Record<string, unknown> {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node = schema as Record<string, unknown>;
  for (const part of parts) node = node[decodeURIComponent(part)] as Record<string, unknown>;
  return node;
}

/** Every schema node, with the path to it, outside `not` (whose contents the editor never offers). */
function* nodes(node: unknown, path = '#'): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* nodes(child, `${path}/${i}`);
    return;
  }
  yield [path, node as Record<string, unknown>];
  for (const [key, child] of Object.entries(node)) if (key !== 'not') yield* nodes(child, `${path}/${key}`);
}

describe('what the editor shows', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFileOf('2566'), 'utf8'));
  const validate = validatorFor('2566');

  it.each([
    ['district-office', 'new'],
    ['department-unit', 'returning'],
  ])('a fresh gecc init file (%s, %s) opens without a warning: blanks are for gecc check to report', async (kind, applicant) => {
    const dir = path.join(tempDir(), 'ใบสมัคร');
    const { code } = await runCli(['init', dir, '--kind', kind, '--applicant', applicant]);
    expect(code).toBe(0);
    const data = parse(fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a misspelt key gets a Thai message that names the keys allowed there', () => {
    const data = exampleAnswers('ready-new-unit');
    data.advanced.A02 = { txet: 'ข้อความ', files: ['files/A02.pdf'] };
    expect(validate(data)).toBe(false);
    const error = validate.errors!.find((e) => e.keyword === 'additionalProperties')!;
    expect(error.params).toEqual({ additionalProperty: 'txet' });
    expect(nodeOf(schema, error.schemaPath).errorMessage).toBe(
      'ใต้ advanced.A02: ใช้ได้เฉพาะหัวข้อ answer, text, files, score — ตรวจการสะกดชื่อหัวข้อ',
    );
  });

  it('a misspelt item id and a wrong answer get Thai messages too', () => {
    const data = exampleAnswers('ready-new-unit');
    data.basic.B5 = data.basic.B05;
    data.physical.P01 = 'yes';
    data.unit.kind = 'school';
    validate(data);
    const messages = validate
      .errors!.filter((e) => !['anyOf', 'not'].includes(e.keyword))
      .map((e) => nodeOf(schema, e.schemaPath).errorMessage);
    expect(messages).toEqual([
      'ประเภทหน่วยงานต้องเป็น district-office, department-unit หรือ other',
      'P01: ตอบ มี หรือ ไม่มี',
      'ใต้ basic: ใส่รหัสข้อ B01–B16 (เลข 2 หลัก เช่น B01) แต่ละข้อขึ้นบรรทัดใหม่ เว้นวรรคเข้าไป 2 ช่อง',
    ]);
  });

  it('every check the editor makes carries a Thai message (no "Value is not accepted" in English)', () => {
    const checks = ['type', 'enum', 'pattern', 'additionalProperties', 'required', 'minimum', 'maximum'];
    for (const [where, node] of nodes(schema)) {
      if (where === '#') continue;
      if (checks.some((k) => k in node)) expect(node.errorMessage, where).toMatch(/[\u0e00-\u0e7f]/);
      // the editor's own English wording for these: no errorMessage replaces it
      expect('minimum' in node || 'maximum' in node, where).toBe(false);
    }
  });

  it('offers no null, true or false where text or มี/ไม่มี is wanted', () => {
    for (const [where, node] of nodes(schema)) {
      const types = [node.type].flat();
      expect(types.includes('null') || types.includes('boolean'), where).toBe(false);
      if (Array.isArray(node.enum)) for (const value of node.enum) expect([null, true, false], where).not.toContain(value);
    }
  });

  it("gives each branch of a choice its own title or text, so that hover shows one title, not 'A || A'", () => {
    for (const [where, node] of nodes(schema)) {
      if (!Array.isArray(node.anyOf)) continue;
      const signatures = (node.anyOf as Record<string, unknown>[]).map((b) => JSON.stringify([b.title, b.description]));
      expect(new Set(signatures).size, where).toBe(signatures.length);
      for (const branch of node.anyOf as Record<string, unknown>[]) expect(branch.title ?? branch.description, where).toBeDefined();
    }
  });
});
