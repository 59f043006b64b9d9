/**
 * The CSV reports opened in LibreOffice Calc (headless), as a division officer opens them: a
 * phone keeps its leading 0, and text that looks like a number or a date is shown as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets } from '../../src/check-targets.js';
import { csvReport } from '../../src/report/csv-report.js';
import { findingsCsvReport } from '../../src/report/findings-csv-report.js';
import type { CheckReport } from '../../src/result.js';
import { removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';
import { namedUnit } from '../batch/batch-fixtures.js';
import { type CalcImport, shownByCalc } from '../helpers/libreoffice.js';
import { needs } from '../helpers/reference-tools.js';

const NOW = new Date('2023-02-01T09:00:00+07:00');

/** Each unit's contact phone as written, and (for the last two) text a spreadsheet would take for a number or a date. */
const UNITS = [
  { name: 'สำนักงานเขตพระนคร', phone: '0812345678' },
  { name: 'สำนักงานเขตบางรัก', phone: '021234567' },
  { name: 'ศูนย์บริการเชียงใหม่', phone: '053123456' },
  { name: 'ศูนย์บริการสาธารณสุข ๑', phone: '+66812345678' },
  { name: '1/2', phone: '02 123 4567', parent: '2.10', contact: '2566-02-01' },
];

let report: CheckReport;
let dir: string;

beforeAll(async () => {
  const root = tempDir('gecc-csv-calc-');
  UNITS.forEach((unit, i) =>
    writeApplication(
      path.join(root, `0${i + 1}`),
      namedUnit(unit.name, (spec) => {
        spec.unit.contact.phone = unit.phone;
        if (unit.parent) spec.unit.parent = unit.parent;
        if (unit.contact) spec.unit.contact.name = unit.contact;
      }),
    ),
  );
  report = await checkTargets([root], { now: NOW });
  dir = tempDir('gecc-csv-out-');
  fs.writeFileSync(path.join(dir, 'units.csv'), csvReport(report, { lang: 'en', generatedAt: NOW }));
  fs.writeFileSync(path.join(dir, 'findings.csv'), findingsCsvReport(report, { lang: 'en' }));
}, 120_000);
afterAll(() => removeTempDirs());

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What scripts read: the rows as csv-parse gives them, by column name. */
const parsed = (file: string) =>
  parse(fs.readFileSync(path.join(dir, file), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('the phone numbers as written in the CSV', () => {
  it('digits only are grouped as Thai numbers are written, which no spreadsheet reads as a number', () => {
    expect(parsed('units.csv').map((row) => row.phone)).toEqual([
      '081 234 5678',
      '02 123 4567',
      '053 123 456',
      '="+66812345678"',
      '02 123 4567',
    ]);
    expect(parsed('findings.csv').find((row) => row.unit === UNITS[0]!.name)!.phone).toBe('081 234 5678');
  });

  it('text a spreadsheet would take for a number or a date is the formula ="…" of that text; a date meant as one is left as it is', () => {
    const rows = parsed('units.csv');
    expect(rows.at(-1)).toMatchObject({ unit: '="1/2"', parent: '="2.10"', contact: '="2566-02-01"', edition: '2566' });
    expect(rows.map((row) => row['checked at'])).toEqual(UNITS.map(() => '2023-02-01 09:00'));
    expect(rows[0]!.unit).toBe(UNITS[0]!.name);
  });
});

describe('opened in LibreOffice Calc', () => {
  needs('soffice');

  // the Text Import dialog as it first opens (nothing ticked), and with the two choices that change how cells are read
  const settings: [string, CalcImport][] = [
    ['as the dialog first opens', {}],
    ['with formulas evaluated and special numbers detected', { evaluateFormulas: true, detectSpecialNumbers: true }],
  ];

  it.each(settings)(
    '%s: phones keep their leading 0, and text stays as written',
    (_, options) => {
      const [units, findings] = shownByCalc([path.join(dir, 'units.csv'), path.join(dir, 'findings.csv')], options);
      const column = (rows: string[][], name: string) => rows.slice(1).map((row) => row[rows[0]!.indexOf(name)]);
      // a formula kept as text where formulas are not evaluated: what it says is still there
      const asWritten = (text: string) =>
        options.evaluateFormulas ? text : expect.stringMatching(new RegExp(`^(=")?${escaped(text)}"?$`));
      expect(column(units!, 'phone')).toEqual(['081 234 5678', '02 123 4567', '053 123 456', asWritten('+66812345678'), '02 123 4567']);
      expect(column(findings!, 'phone')).toContain('081 234 5678');
      const last = units!.at(-1)!;
      const header = units![0]!;
      expect(last[header.indexOf('unit')]).toEqual(asWritten('1/2'));
      expect(last[header.indexOf('parent')]).toEqual(asWritten('2.10'));
      expect(last[header.indexOf('contact')]).toEqual(asWritten('2566-02-01'));
      // the edition is a number either way, and shown as written
      expect(column(units!, 'edition')).toEqual(UNITS.map(() => '2566'));
    },
    300_000,
  );
});
