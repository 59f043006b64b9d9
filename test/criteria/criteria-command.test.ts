import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/criteria/load-catalogue.js';
import { describeCatalogue, describeItem, findItem } from '../../src/criteria/describe.js';
import { runCli } from '../helpers/capture-io.js';

const c2566 = loadEdition('2566')!;

describe('findItem', () => {
  it('accepts ids written loosely', () => {
    for (const id of ['B01', 'b01', 'B1', ' b1 ', 'B001']) expect(findItem(c2566, id)?.item.id, id).toBe('B01');
    expect(findItem(c2566, 'R03')?.group).toBe('outcome');
    expect(findItem(c2566, 'B17')).toBeUndefined();
  });
});

describe('gecc criteria (the whole catalogue)', () => {
  it('lists every group with its items, points and thresholds, in Thai by default', async () => {
    const { code, stdout, stderr } = await runCli(['criteria']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('เกณฑ์ด้านกายภาพ — 14 ข้อ · ต้องตอบ "มี" ทุกข้อ');
    expect(stdout).toContain('เกณฑ์ด้านคุณภาพ ระดับพื้นฐาน — 16 ข้อ · ข้อละ 1 คะแนน · เต็ม 16 · ต้องได้อย่างน้อย 16');
    expect(stdout).toContain('เกณฑ์ด้านคุณภาพ ระดับชั้นสูง — 23 ข้อ · คะแนน 21 × 2 + 2 × 6 · เต็ม 54 · ต้องได้อย่างน้อย 38');
    expect(stdout).toContain('เกณฑ์ด้านผลลัพธ์ — 3 ข้อ · ข้อละ 10 คะแนน (อนุมาน) · เต็ม 30 · ต้องได้อย่างน้อย 16');
    for (const item of Object.values(c2566.groups).flatMap((g) => g.items)) expect(stdout).toContain(`  ${item.id}  `);
    expect(stdout).toContain('  P01  [1] เวลาให้บริการ');
    // provenance: placeholder titles, inferred values, sources
    expect(stdout).toContain('  B01  เกณฑ์พื้นฐาน ข้อ 1 *');
    expect(stdout).toContain('* ชื่อข้อจริงไม่ได้เผยแพร่');
    expect(stdout).toContain('(อนุมาน) = ค่าที่อนุมาน');
    expect(stdout).toContain('  bma-2566: การสมัครขอรับการรับรองมาตรฐาน');
    expect(stdout).toContain('ช่วงเวลารับสมัคร: 2023-01-01 08:30 ถึง 2023-02-28 16:30 (Asia/Bangkok)');
  });

  it('speaks English with --lang en', async () => {
    const { code, stdout } = await runCli(['criteria', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Physical criteria — 14 items · all must be answered "yes" (มี); one "no" (ไม่มี) disqualifies');
    expect(stdout).toContain('Quality criteria, advanced — 23 items · points 21 × 2 + 2 × 6 · maximum 54 · at least 38 needed');
    expect(stdout).toContain('Outcome criteria — 3 items · 10 points each (inferred) · maximum 30 · at least 16 needed');
    expect(stdout).toContain('  P01  [1] Service hours');
    expect(stdout).toContain('* official title not published');
  });

  it('shows another edition, with its pass total, levels and unthresholded groups', async () => {
    const { code, stdout } = await runCli(['criteria', '--edition', '2568']);
    expect(code).toBe(0);
    expect(stdout).toContain('ผ่านการรับรองเมื่อคะแนนรวม 70 จาก 100 ขึ้นไป');
    expect(stdout).toContain('ระดับการรับรอง: ระดับพื้นฐาน 70–79');
    expect(stdout).toContain('ไม่มีเกณฑ์ขั้นต่ำของกลุ่ม');
    expect(stdout).toContain('ต้องได้อย่างน้อย 8 (อนุมาน)');
  });

  it('gives the catalogue as JSON for scripts', async () => {
    const { code, stdout } = await runCli(['criteria', '--format', 'json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.edition).toBe('2566');
    expect(data.groups.advanced).toMatchObject({ max: 54, itemMax: 6, required: 38 });
    expect(data.groups.basic.items).toHaveLength(16);
    expect(data.sources.map((s: { id: string }) => s.id)).toContain('bma-2566');
  });
});

describe('gecc criteria ID (one item)', () => {
  it('shows the title, official number, points, evidence, how to answer and provenance', async () => {
    const { code, stdout } = await runCli(['criteria', 'r01']);
    expect(code).toBe(0);
    expect(stdout).toContain('R01 — ความพึงพอใจของประชาชนในการรับบริการ');
    expect(stdout).toContain('  English: Citizen satisfaction with the service');
    expect(stdout).toContain('เลขข้อในเกณฑ์: 1');
    expect(stdout).toContain('คะแนน: 10 (อนุมาน)');
    expect(stdout).toContain('หลักฐานที่ขอ: วิธีเก็บข้อมูล (หน่วยงานเก็บเอง)');
    expect(stdout).toContain('วิธีตอบใน application.yaml: text, files อย่างน้อย 1 ไฟล์ และ score (0–10)');
    expect(stdout).toContain('ที่มาของชื่อข้อ: gecc-2568-followup');
  });

  it('marks a placeholder title and the points of a distribution', () => {
    const text = describeItem(c2566, findItem(c2566, 'A05')!, 'th');
    expect(text).toContain('A05 — เกณฑ์ชั้นสูง ข้อ 5 (ชื่อข้อจริงไม่ได้เผยแพร่ ใช้ชื่อแทน)');
    expect(text).toContain('คะแนน: สูงสุด 6 (ไม่ประเมินตนเอง = 2)');
    expect(text).toContain('หลักฐานที่ขอ: ไม่ได้ระบุในเกณฑ์ที่เผยแพร่');
  });

  it('speaks English with --lang en, keeping the Thai title beside it', async () => {
    const { code, stdout } = await runCli(['criteria', 'B01', '--edition', '2568', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('B01 — A survey of the needs');
    expect(stdout).toContain('  ภาษาไทย: มีการสำรวจความต้องการ');
    expect(stdout).toContain('Official number: 2.1');
    expect(stdout).toContain('Evidence asked: A survey covering');
  });

  it('gives one item as JSON', async () => {
    const { code, stdout } = await runCli(['criteria', 'A01', '--format', 'json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data).toMatchObject({
      edition: '2566',
      group: { id: 'advanced' },
      item: { id: 'A01', titlePlaceholder: true },
      points: { max: 6, default: 2 },
    });
  });

  it('refuses an unknown id with exit 2, suggesting the nearest one', async () => {
    const th = await runCli(['criteria', 'BO1']);
    expect(th.code).toBe(2);
    expect(th.stdout).toBe('');
    expect(th.stderr).toContain('ไม่มีข้อ "BO1" ในเกณฑ์ปี 2566 หรือหมายถึง B01?');
    expect(th.stderr).toContain('P01–P14, B01–B16, A01–A23, R01–R03');
    expect(th.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const en = await runCli(['criteria', 'B17', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('There is no item "B17" in edition 2566.');
    const far = await runCli(['criteria', 'hello']);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain('หมายถึง');
  });

  it('refuses an unknown edition with exit 2', async () => {
    const { code, stderr } = await runCli(['criteria', '--edition', '2599']);
    expect(code).toBe(2);
    expect(stderr).toContain('ไม่รู้จักเกณฑ์ปี "2599"');
  });

  it('describes every item of every edition in both languages without gaps', () => {
    for (const edition of ['2566', '2568']) {
      const catalogue = loadEdition(edition)!;
      expect(describeCatalogue(catalogue, 'en')).not.toMatch(/undefined|NaN/);
      for (const item of Object.values(catalogue.groups).flatMap((g) => g.items)) {
        for (const lang of ['th', 'en'] as const)
          expect(describeItem(catalogue, findItem(catalogue, item.id)!, lang)).not.toMatch(/undefined|NaN/);
      }
    }
  });
});
