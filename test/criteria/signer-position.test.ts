import { describe, expect, it } from 'vitest';
import { loadEdition, CatalogueError } from '../../src/criteria/load-catalogue.js';
import { parseCatalogue } from '../../src/criteria/parse-catalogue.js';
import {
  afterHead,
  judgeSignerPosition,
  normalisePosition,
  ownHead,
  POSITION_MAX_LENGTH,
  positionToPrint,
} from '../../src/criteria/signer-position.js';

const signers = loadEdition('2566')!.readinessForm.signers;
const district = signers['district-office']!;
const department = signers['department-unit']!;

describe('the signer position of a district office (รองปลัดกรุงเทพมหานคร)', () => {
  it.each([
    'รองปลัดกรุงเทพมหานคร',
    'รองปลัดกรุงเทพมหานครที่กำกับราชการ',
    'รองปลัด กทม.',
    'รองปลัดกทม.',
    'รองปลัดกทม',
    'รองปลัด ก.ท.ม.',
    'รองปลัดกรุงเทพฯ',
    'รองปลัดกรุงเทพ ฯ',
    'รองปลัด กรุงเทพมหานคร',
    'รอง ปลัด กรุงเทพมหานคร',
    '  รองปลัดกรุงเทพมหานคร  ',
    'รองปลัด\u200bกรุงเทพมหานคร',
    // sara am typed as two marks, as copies from Word or a PDF give it
    'รองปลัดกรุงเทพมหานครที่ก\u0e4d\u0e32กับราชการ',
  ])('%s fits', (written) => {
    expect(judgeSignerPosition(written, district)).toBe('fits');
  });

  it.each(['รองปลัดฯ', 'รองปลัด', 'รองปลัด.', 'รปก.'])('%s is a short form to write in full', (written) => {
    expect(judgeSignerPosition(written, district)).toBe('short-form');
  });

  it.each(['ผู้อำนวยการเขตพระนคร', 'ผอ.เขตบางรัก', 'ผู้อำนวยการสำนักการแพทย์', 'ปลัดกรุงเทพมหานคร'])('%s is another position', (written) => {
    expect(judgeSignerPosition(written, district)).toBe('other-position');
  });
});

describe('the signer position of a department unit (ผู้อำนวยการสำนัก…)', () => {
  it.each([
    ['ผู้อำนวยการสำนักการแพทย์', 'สำนักการแพทย์'],
    ['ผอ.สำนักการโยธา', 'สำนักการโยธา'],
    ['ผอ. สำนักการโยธา', 'สำนักการโยธา'],
    ['ผ.อ.สำนักอนามัย', 'สำนักอนามัย'],
    ['ผู้อำนวยการ สำนักการคลัง', 'สำนักการคลัง'],
  ])('%s fits a unit of %s; with no parent, whose director it is cannot be told', (written, bureau) => {
    expect(judgeSignerPosition(written, department, bureau)).toBe('fits');
    expect(judgeSignerPosition(written, department)).toBe('parent-unknown');
    expect(afterHead(written, department)).toBe(bureau);
  });

  it("the director of another department is not the unit's own", () => {
    expect(judgeSignerPosition('ผู้อำนวยการสำนักการแพทย์', department, 'สำนักอนามัย')).toBe('other-parent');
    expect(ownHead(department, 'สำนักอนามัย')).toBe('ผู้อำนวยการสำนักอนามัย');
    expect(ownHead(department, 'ศูนย์บริการสาธารณสุข 1 สำนักอนามัย')).toBe('ผู้อำนวยการสำนักอนามัย');
    expect(ownHead(department, 'สำนักงานปลัดกรุงเทพมหานคร')).toBeUndefined();
    expect(ownHead(district, 'สำนักอนามัย')).toBeUndefined();
  });

  it('the form prints the position the check accepts, else the one that would fit', () => {
    expect(positionToPrint('ผอ.สำนักอนามัย', department, 'สำนักอนามัย')).toBe('ผอ.สำนักอนามัย');
    expect(positionToPrint('ผู้อำนวยการสำนักการแพทย์', department, undefined)).toBe('ผู้อำนวยการสำนักการแพทย์');
    expect(positionToPrint('ผู้อำนวยการสำนักการแพทย์', department, 'สำนักอนามัย')).toBe('ผู้อำนวยการสำนักอนามัย');
    expect(positionToPrint(undefined, department, 'สำนักอนามัย')).toBe('ผู้อำนวยการสำนักอนามัย');
    expect(positionToPrint(undefined, department, undefined)).toBeUndefined();
  });

  it.each(['ผู้อำนวยการสำนักงานเขตบางรัก', 'ผอ.สนง.เขตบางรัก', 'ผู้อำนวยการเขตพระนคร', 'รองปลัดกรุงเทพมหานคร'])(
    '%s is another position',
    (written) => {
      expect(judgeSignerPosition(written, department)).toBe('other-position');
    },
  );

  it.each(['ผอ.', 'ผู้อำนวยการ', 'ผู้อำนวยการสำนัก'])('%s is cut short or fits as written', (written) => {
    expect(judgeSignerPosition(written, department)).not.toBe('other-position');
  });
});

describe('normalising a position', () => {
  it('writes out the usual abbreviations and drops spaces', () => {
    expect(normalisePosition('ผอ. สนง. เขต')).toBe('ผู้อำนวยการสำนักงานเขต');
    expect(normalisePosition('รองปลัด กทม.')).toBe('รองปลัดกรุงเทพมหานคร');
  });

  it('reads no further than a position can be long, in linear time', () => {
    const long = `รองปลัดกรุงเทพมหานคร${'ก'.repeat(5_000_000)}`;
    expect(normalisePosition(long).length).toBeLessThanOrEqual(POSITION_MAX_LENGTH);
    expect(judgeSignerPosition(long, district)).toBe('fits');
    expect(judgeSignerPosition(`${'ก '.repeat(1_000_000)}!`, district)).toBe('other-position');
  });
});

describe('a criteria file names signers by phrases, never by a regular expression it runs', () => {
  const withSigner = (signer: Record<string, unknown>) => {
    const c = structuredClone(loadEdition('2566')!) as unknown as { readinessForm: { signers: Record<string, unknown> } };
    c.readinessForm.signers['district-office'] = { title: { th: 'ผู้ลงนาม', en: 'signer' }, ...signer };
    return c;
  };
  const problems = (data: unknown) => {
    try {
      parseCatalogue(data, 'my-criteria.json');
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      return (error as CatalogueError).problems;
    }
  };

  it('refuses a catastrophic pattern at once, saying in Thai what to write instead', () => {
    const started = Date.now();
    const found = problems(withSigner({ pattern: '^(a+)+$' }));
    // a catastrophic pattern that ran would not end at all: any bound that is not a hang will do
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('readinessForm.signers.district-office.pattern');
    expect(found[0]).toContain('ให้เขียนตำแหน่งที่รับได้เป็นข้อความเต็มใน positions');
  });

  it("reads the earlier version's plain patterns as phrases", () => {
    const c = parseCatalogue(withSigner({ pattern: '^ผู้อำนวยการสำนัก(?!งาน)' }), 'old.json');
    expect(c.readinessForm.signers['district-office']).toMatchObject({
      positions: ['ผู้อำนวยการสำนัก'],
      excluding: ['ผู้อำนวยการสำนักงาน'],
    });
    expect(judgeSignerPosition('ผู้อำนวยการสำนักงานเขต', c.readinessForm.signers['district-office']!)).toBe('other-position');
  });

  it('refuses an empty list of positions', () => {
    expect(problems(withSigner({ positions: [] })).join('\n')).toContain('readinessForm.signers.district-office.positions');
  });
});
