import { describe, expect, it } from 'vitest';
import { CsvError, decodeTable, parseCsv } from '../../src/criteria/csv-table.js';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('reading a CSV table', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    expect(cells('id,th\r\nB01,"สำรวจ, วิเคราะห์"\r\nB02,"ว่า ""ดี"""\nB03,"บรรทัด 1\nบรรทัด 2"\n')).toEqual([
      ['id', 'th'],
      ['B01', 'สำรวจ, วิเคราะห์'],
      ['B02', 'ว่า "ดี"'],
      ['B03', 'บรรทัด 1\nบรรทัด 2'],
    ]);
  });

  it('gives each row the line it starts on and skips blank rows', () => {
    const rows = parseCsv('id,th\n\nB01,"a\nb"\n,,\nB02,c');
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'id'],
      [3, 'B01'],
      [6, 'B02'],
    ]);
  });

  it('reads a tab-separated table (copied from a spreadsheet)', () => {
    expect(cells('id\tth\nB01\tสำรวจ, วิเคราะห์\n')).toEqual([
      ['id', 'th'],
      ['B01', 'สำรวจ, วิเคราะห์'],
    ]);
  });

  it('says where a quote is not closed', () => {
    expect(() => parseCsv('id,th\nB01,"open\n')).toThrow(new CsvError(2, 'unclosed-quote'));
    expect(() => parseCsv('id,th\nB01,"a"b\n')).toThrow(CsvError);
  });

  it('decodes UTF-8 with a BOM, UTF-16 and the Thai code page Excel uses for "CSV"', () => {
    expect(decodeTable(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('ไทย')]))).toBe('ไทย');
    expect(decodeTable(new Uint8Array([0xff, 0xfe, 0x44, 0x0e]))).toBe('ไ');
    // "ไทย" in windows-874 (TIS-620)
    expect(decodeTable(new Uint8Array([0xe4, 0xb7, 0xc2]))).toBe('ไทย');
  });
});
