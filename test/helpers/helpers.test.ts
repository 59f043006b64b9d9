import fs from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PDFParse } from 'pdf-parse';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readyNewUnit, readyReturningUnit, referencedFiles, removeTempDirs, tempDir, writeApplication } from './application.js';
import { makeJpeg, makePng, PNG_SIGNATURE } from './jpeg.js';
import { makeImageOnlyPdf, makePdf } from './pdf.js';

afterAll(() => removeTempDirs());

async function readPdf(buf: Buffer): Promise<{ total: number; text: string; pages: string[] }> {
  const parser = new PDFParse({ data: buf });
  try {
    const info = await parser.getInfo();
    const text = await parser.getText();
    return { total: info.total, text: text.text, pages: text.pages.map((p) => p.text) };
  } finally {
    await parser.destroy();
  }
}

describe('makePdf', () => {
  it('builds a one-page PDF with the default text', async () => {
    const buf = makePdf();
    expect(buf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const r = await readPdf(buf);
    expect(r.total).toBe(1);
    expect(r.text).toContain('GECC evidence page 1');
  });

  it('builds several pages with their own text', async () => {
    const r = await readPdf(makePdf({ pages: 3, text: ['alpha (one)', 'beta \\ two', 'gamma'] }));
    expect(r.total).toBe(3);
    expect(r.pages[0]).toContain('alpha (one)');
    expect(r.pages[1]).toContain('beta \\ two');
    expect(r.pages[2]).toContain('gamma');
  });

  it('has exact xref offsets', () => {
    const buf = makePdf({ pages: 2 });
    const s = buf.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)![1]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
    const entries = s
      .slice(startxref)
      .split('\n')
      .slice(3)
      .filter((l) => / 00000 n $/.test(l));
    entries.forEach((line, i) => {
      const off = Number(line.slice(0, 10));
      expect(s.slice(off, off + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(entries.length).toBe(3 + 2 * 2);
  });

  it('pads to a size, stays valid, and is fast', async () => {
    const t0 = performance.now();
    const big = makePdf({ pages: 2, text: 'padded', padTo: 6_000_000 });
    const ms = performance.now() - t0;
    expect(big.length).toBeGreaterThanOrEqual(6_000_000);
    expect(big.length).toBeLessThan(6_000_000 + 200);
    // a bound that catches a quadratic padding loop, not a busy machine (the suite runs on 2 cores)
    expect(ms).toBeLessThan(15_000);
    const r = await readPdf(big);
    expect(r.total).toBe(2);
    expect(r.text).toContain('padded');
    expect(makePdf({ padTo: 5_242_881 }).length).toBeGreaterThanOrEqual(5_242_881);
  });

  it('makeImageOnlyPdf has a page and no text', async () => {
    const r = await readPdf(makeImageOnlyPdf());
    expect(r.total).toBe(1);
    expect(r.pages[0]!.trim()).toBe('');
  });
});

describe('makeJpeg / makePng', () => {
  it('makes a decodable JPEG with SOI and EOI', () => {
    const buf = makeJpeg();
    expect([...buf.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...buf.subarray(-2)]).toEqual([0xff, 0xd9]);
    const img = jpeg.decode(buf);
    expect(img.width).toBe(16);
    expect(img.height).toBe(16);
  });

  it('honours size and seed', () => {
    const a = makeJpeg({ width: 40, height: 30, seed: 7 });
    expect(jpeg.decode(a)).toMatchObject({ width: 40, height: 30 });
    expect(makeJpeg({ width: 40, height: 30, seed: 7 }).equals(a)).toBe(true);
    expect(makeJpeg({ width: 40, height: 30, seed: 8 }).equals(a)).toBe(false);
  });

  it('pads after the end-of-image marker', () => {
    const plain = makeJpeg();
    const big = makeJpeg({ padTo: 100_000 });
    expect(big.length).toBe(100_000);
    expect(big.subarray(0, plain.length).equals(plain)).toBe(true);
    expect([...big.subarray(plain.length - 2, plain.length)]).toEqual([0xff, 0xd9]);
    expect(jpeg.decode(big).width).toBe(16);
  });

  it('makes a PNG with the signature and chunks', () => {
    const png = makePng();
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
    expect(png.subarray(-4).readUInt32BE()).toBe(0xae426082); // the well-known CRC of IEND
  });
});

describe('application builders', () => {
  it('readyNewUnit has the contract shape and scores', () => {
    const s = readyNewUnit();
    expect(s.edition).toBe('2566');
    expect(Object.keys(s.physical)).toHaveLength(14);
    expect(Object.keys(s.basic)).toHaveLength(16);
    expect(Object.keys(s.advanced)).toHaveLength(23);
    const adv = Object.values(s.advanced).reduce((n: number, i: any) => n + i.score, 0);
    const out = Object.values(s.outcome).reduce((n: number, i: any) => n + i.score, 0);
    expect(adv).toBe(54);
    expect(out).toBe(18);
    expect(s.basic.B01.files).toEqual(['files/B01.pdf']);
  });

  it('readyReturningUnit answers basic items only', () => {
    const s = readyReturningUnit();
    expect(s.unit.kind).toBe('department-unit');
    expect(s.basic.B07).toEqual({ answer: 'มี' });
    expect(s.readiness_form.signer_position).toBe('ผู้อำนวยการสำนักการแพทย์');
  });

  it('writeApplication creates application.yaml and every referenced file', async () => {
    for (const spec of [readyNewUnit(), readyReturningUnit()]) {
      const dir = writeApplication(tempDir(), spec);
      const yaml = fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8');
      expect(parse(yaml)).toEqual(spec);
      const refs = referencedFiles(spec);
      expect(refs.length).toBeGreaterThan(20);
      for (const { file } of refs) {
        const buf = fs.readFileSync(path.join(dir, file));
        if (file.endsWith('.jpg')) expect([...buf.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
        else expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
      expect((await readPdf(fs.readFileSync(path.join(dir, 'files/A01.pdf')))).text).toContain('A01');
    }
  });

  it('writeApplication honours files, omit, yamlText and stays inside the folder', () => {
    const spec = readyNewUnit();
    spec.advanced.A04.files = ['files/missing.pdf'];
    spec.advanced.A06.files = ['../outside.pdf'];
    const dir = writeApplication(tempDir(), spec, {
      files: { 'files/A09.pdf': Buffer.from('not a pdf'), 'files/extra/x.txt': 'hello' },
      omit: ['files/missing.pdf'],
      yamlText: 'edition: "2566"\n',
    });
    expect(fs.readFileSync(path.join(dir, 'application.yaml'), 'utf8')).toBe('edition: "2566"\n');
    expect(fs.readFileSync(path.join(dir, 'files/A09.pdf'), 'utf8')).toBe('not a pdf');
    expect(fs.readFileSync(path.join(dir, 'files/extra/x.txt'), 'utf8')).toBe('hello');
    expect(fs.existsSync(path.join(dir, 'files/missing.pdf'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '..', 'outside.pdf'))).toBe(false);
  });
});
