import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { riskyName, saferName } from '../../src/attachments/file-name.js';
import { PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { checkApplication } from '../../src/check-application.js';
import { renderMessage } from '../../src/findings/render-message.js';
import { runAround } from '../helpers/runs.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { makePdf } from '../helpers/pdf.js';

const NOW = new Date('2023-01-15T10:00:00+07:00');
const pool = new PdfPool({ size: 2, timeoutMs: 5000 });
afterAll(async () => {
  await pool.close();
  removeTempDirs();
});
const run = runAround(pool);
const check = (dir: string) => checkApplication(dir, { now: NOW }, run);

describe('across the attachments of one application', () => {
  it('a ready application has none of these findings', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit());
    const result = await check(dir);
    expect(result.findings.filter((f) => f.code.startsWith('file.'))).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it('warns when the same content is attached under several items, naming them', async () => {
    const spec = readyNewUnit();
    const copy = makePdf({ text: 'One report used twice' });
    const dir = writeApplication(tempDir(), spec, { files: { 'files/A03.pdf': copy, 'files/A04.pdf': copy } });
    spec.advanced.A06.files = ['files/A03.pdf'];
    writeApplication(dir, spec, { files: { 'files/A03.pdf': copy, 'files/A04.pdf': copy } });
    const same = (await check(dir)).findings.filter((f) => f.code === 'file.same-content');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({
      severity: 'warning',
      args: { items: ['A03', 'A04', 'A06'], files: ['files/A03.pdf', 'files/A04.pdf'] },
    });
    expect(renderMessage(same[0]!, 'th').text).toContain('A03, A04, A06');
  });

  it('notes files in the folder that no item references, leaving system files alone', async () => {
    const dir = writeApplication(tempDir(), readyNewUnit(), {
      files: { 'files/A03-old-version.pdf': makePdf(), 'files/Thumbs.db': 'x', '.DS_Store': 'x', 'files/~$report.docx': 'x' },
    });
    const notes = (await check(dir)).findings.filter((f) => f.code === 'file.unreferenced');
    expect(notes).toEqual([
      { code: 'file.unreferenced', severity: 'info', args: { path: 'files/A03-old-version.pdf' }, file: 'files/A03-old-version.pdf' },
    ]);
  });

  it('sums up many unreferenced files after the first 30', async () => {
    const extra = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`scans/page-${i}.pdf`, 'x']));
    const dir = writeApplication(tempDir(), readyNewUnit(), { files: extra });
    const findings = (await check(dir)).findings;
    expect(findings.filter((f) => f.code === 'file.unreferenced')).toHaveLength(30);
    expect(findings.find((f) => f.code === 'file.unreferenced-more')?.args).toEqual({ count: 5 });
  });

  it('warns about names upload forms reject, with a safer name', async () => {
    const spec = readyNewUnit();
    const names = {
      A03: 'files/รายงาน #1 & สรุป.pdf',
      A04: 'files/ report  final .pdf',
      A06: `files/${'ก'.repeat(40)}${'x'.repeat(70)}.pdf`,
      A07: 'files/plan\u0007.pdf',
    };
    for (const [item, name] of Object.entries(names)) spec.advanced[item].files = [name];
    const dir = writeApplication(tempDir(), spec);
    const risky = (await check(dir)).findings.filter((f) => f.code === 'file.risky-name');
    expect(risky.map((f) => [f.item, f.args])).toEqual([
      ['A03', { path: names.A03, problems: ['characters'], characters: '# &', suggestion: 'รายงาน -1 - สรุป.pdf' }],
      ['A04', { path: names.A04, problems: ['spaces'], characters: '', suggestion: 'report final.pdf' }],
      ['A06', { path: names.A06, problems: ['too-long'], characters: '', suggestion: `${'ก'.repeat(40)}${'x'.repeat(20)}.pdf` }],
      ['A07', { path: names.A07, problems: ['control-characters'], characters: '', suggestion: 'plan.pdf' }],
    ]);
    expect(renderMessage(risky[0]!, 'th').fix).toContain('รายงาน -1 - สรุป.pdf');
  });

  const resolvesEitherWay = async (onDisk: string, written: string) => {
    const spec = readyNewUnit();
    spec.advanced.A03.files = [written];
    const dir = writeApplication(tempDir(), spec, { omit: [written], files: { [onDisk]: makePdf() } });
    expect(fs.readdirSync(path.join(dir, 'files'))).toContain(path.basename(onDisk));
    return (await check(dir)).findings.filter((f) => f.item === 'A03' || f.code === 'file.unreferenced');
  };

  it('finds a name written decomposed (NFD, as macOS writes it) when the file is composed (NFC), and the other way round', async () => {
    const composed = 'files/café-รายงานผล.pdf'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await resolvesEitherWay(composed, decomposed)).toEqual([]);
    expect(await resolvesEitherWay(decomposed, composed)).toEqual([]);
  });

  it('finds a Thai name whatever way SARA AM was typed (ำ or ํา)', async () => {
    const single = 'files/ผลสำรวจความพึงพอใจ.pdf';
    const pair = single.replace('\u0E33', '\u0E4D\u0E32');
    expect(pair).not.toBe(single);
    // Thai has no canonical decomposition: NFC and NFD leave it as it is
    expect(single.normalize('NFD')).toBe(single);
    expect(await resolvesEitherWay(single, pair)).toEqual([]);
    expect(await resolvesEitherWay(pair, single)).toEqual([]);
  });
});

describe('riskyName', () => {
  it('leaves ordinary Thai and English names alone', () => {
    for (const name of ['B01-สำรวจความต้องการ.pdf', 'report 2566.pdf', 'A05_photo(1).jpg', 'แผนปฏิบัติการ ปี 2566.pdf'])
      expect(riskyName(name), name).toBeUndefined();
  });
  it('suggests a name that is itself safe', () => {
    for (const name of ['a?b*c.pdf', '  x  .PDF', '#%&.jpg', `${'x'.repeat(300)}.pdf`, '\u0001\u0002.pdf', 'a:b|c<d>e".jpg']) {
      const suggestion = saferName(name);
      expect(riskyName(suggestion), `${name} → ${suggestion}`).toBeUndefined();
      expect(suggestion.length).toBeGreaterThan(3);
    }
  });
  it('finds the invisible characters every report escapes: C1 controls and marks that turn the name around', () => {
    // "ใบเสร็จ\u202egpj.exe" shows as "ใบเสร็จexe.jpg"
    for (const name of ['ใบเสร็จ\u202egpj.pdf', 'B01\u0085.pdf', 'B01\u200f.pdf', 'B01\u2066x\u2069.pdf', 'B01\u061c.pdf']) {
      expect(riskyName(name)?.problems, name).toContain('control-characters');
      expect(saferName(name), name).toMatch(/^(ใบเสร็จgpj|B01|B01x)\.pdf$/);
    }
    // Thai text joins words with zero-width characters: they stay
    expect(riskyName('แผน\u200bงาน.pdf')).toBeUndefined();
  });
});
