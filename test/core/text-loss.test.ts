/** Text that YAML drops without a word, and text that only looks like text. */
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkApplication } from '../../src/check-application.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { checkSpec, codes, IN_WINDOW, only } from '../helpers/check.js';

afterAll(removeTempDirs);

const B01_TEXT = readyNewUnit().basic.B01.text as string;

/** A ready application whose B01 text line is written exactly as given. */
async function withLine(replace: (yaml: string) => string) {
  const yaml = replace(stringify(readyNewUnit(), { lineWidth: 0 }));
  const dir = writeApplication(tempDir(), readyNewUnit(), { yamlText: yaml });
  return { result: await checkApplication(dir, { now: IN_WINDOW }), yaml };
}

describe('a " #" inside unquoted text', () => {
  it('warns that the rest of the line was read as a comment, at the #, with how to keep it', async () => {
    const { result, yaml } = await withLine((y) => y.replace(`text: ${B01_TEXT}`, 'text: วิเคราะห์ผล #สำคัญ และนำไปปรับปรุง'));
    const finding = only(result, 'yaml.comment-cut-text');
    expect(finding).toMatchObject({ severity: 'warning', item: 'B01', args: { field: 'basic.B01.text', cut: '#สำคัญ และนำไปปรับปรุง' } });
    const line = yaml.split('\n')[finding.line! - 1]!;
    expect(line.slice(finding.column! - 1)).toBe('#สำคัญ และนำไปปรับปรุง');
    expect(renderMessage(finding, 'th').fix).toMatch(/เครื่องหมายคำพูด.*text: \|/);
    expect(renderMessage(finding, 'en').text).toContain('read as a YAML comment');
  });

  it('the unit name and the signer too', async () => {
    const { result } = await withLine((y) =>
      y.replace(/^ {2}name: .*$/m, '  name: สำนักงานเขต #1').replace(/signer: .*$/m, 'signer: นายก #ข'),
    );
    expect(result.findings.filter((f) => f.code === 'yaml.comment-cut-text').map((f) => [f.item, f.args])).toEqual([
      ['unit', { field: 'unit.name', cut: '#1' }],
      ['readiness_form', { field: 'readiness_form.signer', cut: '#ข' }],
    ]);
  });

  it.each([
    ['quoted text', (y: string) => y.replace(`text: ${B01_TEXT}`, 'text: "วิเคราะห์ผล #สำคัญ" # a note')],
    ['text after |', (y: string) => y.replace(`text: ${B01_TEXT}`, 'text: |\n      วิเคราะห์ผล #สำคัญ')],
    ['a comment on a line of its own', (y: string) => y.replace(`text: ${B01_TEXT}`, `# a note\n    text: ${B01_TEXT}`)],
    ['a # with no space before it', (y: string) => y.replace(`text: ${B01_TEXT}`, 'text: ข้อ#1 ครบถ้วน')],
    ['a comment after a choice', (y: string) => y.replace('kind: district-office', 'kind: district-office # สำนักงานเขต')],
  ])('no warning for %s (the nearest passing cases)', async (_, replace) => {
    const { result } = await withLine(replace);
    expect(codes(result)).toEqual([]);
  });
});

describe('text made only of invisible characters is not text', () => {
  const INVISIBLE = ['\u200B', '\u2060', '\u00AD', '\u200C', '\u200D', '\uFEFF', '\u3164', '\uFFA0', '\u2800', '\u200B \u2060\u00A0'];

  it.each(INVISIBLE.map((c) => [JSON.stringify(c), c]))('an item text of %s: the text is missing', async (_, invisible) => {
    const spec = readyNewUnit();
    spec.basic.B01.text = invisible;
    const result = await checkSpec(spec);
    expect(only(result, 'item.text-missing').item).toBe('B01');
    expect(result.items.find((i) => i.id === 'B01')!.points).toBe(0);
  });

  it('a unit name or a signer of invisible characters is missing', async () => {
    const spec = readyNewUnit();
    spec.unit.name = '\u200B\u200B';
    spec.readiness_form.signer = '\u3164';
    const result = await checkSpec(spec);
    expect(result.findings.filter((f) => f.code === 'answers.missing-field').map((f) => f.args)).toEqual([
      { field: 'unit.name' },
      { field: 'readiness_form.signer' },
    ]);
    expect(result.ready).toBe(false);
  });

  it('visible text with an invisible character in it is text (the nearest passing case)', async () => {
    const spec = readyNewUnit();
    spec.unit.name = 'สำนักงาน\u200Bเขตพระนคร';
    spec.basic.B01.text = `\u200B${B01_TEXT}`;
    expect(codes(await checkSpec(spec))).toEqual([]);
  });
});
