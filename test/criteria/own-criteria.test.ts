import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CatalogueError, loadEdition } from '../../src/criteria/load-catalogue.js';
import { loadCatalogueFile } from '../../src/criteria/parse-catalogue.js';
import { catalogueFromTable } from '../../src/criteria/from-table.js';
import { removeTempDirs, tempDir } from '../helpers/application.js';
import { runCli } from '../helpers/capture-io.js';

afterAll(removeTempDirs);

const base = loadEdition('2566')!;
const encode = (text: string) => new TextEncoder().encode(text);

/** The table a division fills in a spreadsheet: the official titles of basic, advanced items with their points. */
function officialTable(): string {
  const rows = ['id,ชื่อข้อ,English title,คะแนน,หลักฐานที่ขอ'];
  rows.push('B01,"การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ",Survey of customer needs,1,ผลการสำรวจ');
  for (let i = 1; i <= 23; i++) {
    const id = `A${String(i).padStart(2, '0')}`;
    rows.push(`${id},ข้อชั้นสูงทางการ ${i},Official advanced ${i},${i === 4 || i === 9 ? '๖' : '2'},`);
  }
  return `${rows.join('\r\n')}\r\n`;
}

describe('a catalogue from a division table (gecc criteria --from-csv)', () => {
  it('takes titles, evidence and per-item points, and works the distribution out from them', () => {
    const c = catalogueFromTable(encode(officialTable()), base, 'official.csv');
    const b01 = c.groups.basic.items[0]!;
    expect(b01).toMatchObject({
      title: { th: 'การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ', en: 'Survey of customer needs' },
      titlePlaceholder: false,
      titleSource: 'division-table',
      evidence: { th: 'ผลการสำรวจ' },
      points: 1,
    });
    // B02…B16 are not in the table: they keep the base's stand-ins
    expect(c.groups.basic.items[1]).toEqual(base.groups.basic.items[1]);
    expect(c.groups.advanced.points).toEqual({
      kind: 'distribution',
      parts: [
        { points: 2, count: 21 },
        { points: 6, count: 2 },
      ],
      defaultPoints: 2,
    });
    expect(c.groups.advanced.items.filter((i) => i.points === 6).map((i) => i.id)).toEqual(['A04', 'A09']);
    expect(c.edition).toBe('2566');
    expect(c.window).toEqual(base.window);
  });

  it('says what is wrong row by row, in Thai first', () => {
    const table = 'id,ชื่อข้อ,คะแนน\nB99,x,1\nP01,y,2\nB02,z,23000000000\nB02,again,\n';
    try {
      catalogueFromTable(encode(table), base, 'bad.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      expect((error as CatalogueError).problems).toEqual([
        expect.stringMatching(/^บรรทัด 2: ไม่มีข้อ "B99" ในเกณฑ์ปี 2566/),
        expect.stringMatching(/^บรรทัด 3: ข้อ P01 เป็นเกณฑ์ด้านกายภาพ ไม่มีคะแนน/),
        expect.stringMatching(/^บรรทัด 4: คะแนน "23000000000" ต้องเป็นจำนวนเต็ม 1–100/),
        expect.stringMatching(/^บรรทัด 5: ข้อ B02 ซ้ำกับบรรทัด 4/),
      ]);
    }
  });

  it('refuses points that do not fit the group, and a table without its header', () => {
    expect(() => catalogueFromTable(encode('id,th,points\nB01,x,3\n'), base, 't.csv')).toThrow(/B01\.points: คะแนน 3 ไม่ตรงกับคะแนนของกลุ่ม/);
    expect(() => catalogueFromTable(encode('B01,x,1\n'), base, 't.csv')).toThrow(CatalogueError);
  });

  it('one command writes the file, and check, form, init, criteria and schema all take it', async () => {
    const dir = tempDir();
    const table = path.join(dir, 'official.csv');
    fs.writeFileSync(table, officialTable());
    const file = path.join(dir, 'my-criteria.json');
    const made = await runCli(['criteria', '--from-csv', table, '--base', '2566', '-o', file]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain(`gecc check --criteria ${file}`);
    expect(loadCatalogueFile(file).groups.basic.items[0]!.title.th).toBe('การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ');

    const listing = await runCli(['criteria', '--criteria', file]);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain('  B01  การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ');
    const item = await runCli(['criteria', '--criteria', file, 'A04', '--lang', 'en']);
    expect(item.stdout).toContain('A04 — Official advanced 4');
    expect(item.stdout).toContain('Points: 6\n');

    const schema = await runCli(['schema', '--criteria', file]);
    expect(schema.code).toBe(0);
    expect(schema.stdout).toContain('การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ');

    const unit = path.join(dir, 'unit');
    const init = await runCli(['init', unit, '--criteria', file, '--kind', 'สำนักงานเขต']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`gecc check --criteria ${file} ${unit}`);
    const starter = fs.readFileSync(path.join(unit, 'application.yaml'), 'utf8');
    expect(starter).toContain('# B01 การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ');
    expect(starter).toContain('# หลักฐานที่ขอ: ผลการสำรวจ');
    expect(parse(starter).unit.kind).toBe('district-office');

    const check = await runCli(['check', unit, '--criteria', file, '--format', 'json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).applications[0].edition).toBe('2566');

    const formFile = path.join(dir, 'form.html');
    const form = await runCli(['form', unit, '--criteria', file, '--output', formFile]);
    expect(form.code, form.stderr).toBe(0);
    expect(fs.readFileSync(formFile, 'utf8')).toContain('การสำรวจความต้องการ, ความคาดหวังของผู้รับบริการ');
  }, 60_000);

  it('--opens and --closes set the coming round, in Bangkok time; a slip in them is exit 2', async () => {
    const dir = tempDir();
    const table = path.join(dir, 'official.csv');
    fs.writeFileSync(table, officialTable());
    const file = path.join(dir, 'next-round.json');
    const made = await runCli(['criteria', '--from-csv', table, '--opens', '2027-01-04T08:30', '--closes', '2027-02-26T16:30', '-o', file]);
    expect(made.code, made.stderr).toBe(0);
    expect(loadCatalogueFile(file).window).toEqual({
      opens: '2027-01-04T08:30:00+07:00',
      closes: '2027-02-26T16:30:00+07:00',
      timeZone: 'Asia/Bangkok',
    });
    const half = await runCli(['criteria', '--from-csv', table, '--opens', '2027-01-04T08:30']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('ระบุทั้งวันเปิดและวันปิดรับสมัคร');
    const backwards = await runCli(['criteria', '--from-csv', table, '--opens', '2027-03-01', '--closes', '2027-02-01']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('วันเปิดรับสมัครต้องมาก่อนวันปิด');
  }, 60_000);

  it('a --criteria file that cannot be used stops every command with exit 2', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.json');
    const c = structuredClone(base) as unknown as Record<string, any>;
    c.groups.basic.points.points = Number.MAX_SAFE_INTEGER;
    fs.writeFileSync(bad, JSON.stringify(c));
    for (const argv of [['criteria'], ['schema'], ['init', path.join(dir, 'unit')]]) {
      const run = await runCli([...argv, '--criteria', bad]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain('ใช้ไฟล์เกณฑ์ไม่ได้');
      expect(run.stderr).toContain('groups.basic.points.points: ต้องไม่เกิน 100');
    }
    expect(fs.existsSync(path.join(dir, 'unit'))).toBe(false);
  });

  it('gecc check refuses a catastrophic signer pattern and an infinite threshold at once, in Thai (exit 2)', async () => {
    const dir = tempDir();
    const c = structuredClone(base) as unknown as Record<string, any>;
    c.readinessForm.signers['district-office'] = { title: { th: 'x', en: 'x' }, pattern: `^(${'a+'.repeat(3)})+$` };
    const hostile = path.join(dir, 'hostile.json');
    fs.writeFileSync(hostile, JSON.stringify(c).replace('"required":38', '"required":1e999'));
    const example = path.resolve(import.meta.dirname, '../../examples/ready-new-unit');
    const started = Date.now();
    const run = await runCli(['check', example, '--criteria', hostile]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ใช้ไฟล์เกณฑ์ไม่ได้');
    expect(run.stderr).toContain('readinessForm.signers.district-office.pattern: gecc ไม่ใช้ regular expression ในไฟล์เกณฑ์แล้ว');
  }, 60_000);
});
