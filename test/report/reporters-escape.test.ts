import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/application-result.js';
import { checkApplication, htmlReport, humanReport, readinessFormHtml } from '../../src/index.js';
import { csvReport } from '../../src/report/csv-report.js';
import { findingsCsvReport } from '../../src/report/findings-csv-report.js';
import { junitReport } from '../../src/report/junit-report.js';
import { summaryTable } from '../../src/report/summary-table.js';
import type { CheckReport } from '../../src/result.js';
import { IN_WINDOW } from '../helpers/check.js';
import { makePdf } from '../helpers/pdf.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';

afterAll(() => removeTempDirs());

// a false verdict on a line of its own, hidden text (ESC [8m), a title set by OSC, a C0 bell, C1
// controls (NEL starts a line, CSI clears the screen) and a right-to-left override
const FAKE = '\r\nผลการตรวจ: ✔ พร้อมส่ง\u001b[8m\u001b]0;x\u0007\u0085\u009b2J\u202e';
const SHOWN = '\\r\\nผลการตรวจ: ✔ พร้อมส่ง\\x1b[8m\\x1b]0;x\\x07\\x85\\x9b2J\\u202e';
const ANSWER = 'ดำเนินการ\r\nแล้ว\u001b[8m\u0085\u009b2J\u202e\u0007';
const UNIT = `สำนักงานเขต\u202eทดสอบ${FAKE}`;
const UNIT_SHOWN = `สำนักงานเขต\\u202eทดสอบ${SHOWN}`;

/** Characters a terminal, a spreadsheet or a bidi-aware viewer acts on (CR and LF too). */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Characters XML 1.0 cannot hold at all. */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('a reporter called directly, as a library user calls it', () => {
  let report: CheckReport;
  beforeAll(async () => {
    const spec = readyNewUnit() as Record<string, any>;
    spec.unit.name = UNIT;
    spec.unit.parent = `=HYPERLINK("x")${FAKE}`;
    spec.unit.contact.name = `\t=1+1${FAKE}`;
    const fileName = `files/B01${FAKE}.pdf`;
    spec.basic.B01.files = [fileName];
    // an answer written over several lines keeps its line breaks (shown as a block of its own)
    spec.basic.B01.text = ANSWER;
    spec.basic.B02.files = [`files/B02${FAKE}.pdf`];
    const dir = writeApplication(path.join(tempDir(), `เขต${FAKE}`), spec, {
      files: { [fileName]: makePdf() },
      omit: [`files/B02${FAKE}.pdf`],
    });
    const app = await checkApplication(dir, { now: IN_WINDOW, cache: false });
    report = checkReport([app, { ...app, path: `${app.path}-2` }]);
  });

  it('is given a result whose folder, unit name, item text, file names and finding arguments hold control characters', () => {
    const [app] = report.applications;
    expect(app!.path).toContain(FAKE);
    expect(app!.unit.name).toBe(UNIT);
    expect(app!.items.find((i) => i.id === 'B01')!.text).toBe(ANSWER);
    const missing = app!.findings.find((f) => f.file?.includes(`B02${FAKE}`))!;
    expect(JSON.stringify(missing.args)).toContain(JSON.stringify(FAKE).slice(1, -1));
  });

  it('shows a unit name and file names with their control characters escaped, in the human report, the summary table, the HTML report and the form', () => {
    const texts = {
      human: humanReport(report, { lang: 'th', color: false }),
      html: htmlReport(report, { lang: 'th' }),
      form: readinessFormHtml(report.applications[0]!, { lang: 'th', date: IN_WINDOW, draft: true }),
      summary: summaryTable(report, { lang: 'th', color: false, wide: true }),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).not.toMatch(/\u001b|\u202e|\u0085|\u009b|\u0007|\r/);
      expect(text, format).not.toContain('\nผลการตรวจ: ✔');
      expect(text, format).toContain('\\u202e');
    }
    expect(texts.human).toContain(`B02${SHOWN}.pdf`);
    expect(texts.html).toContain(`B01${SHOWN}.pdf`);
  });

  const csvRows = (text: string): Record<string, string>[] => parseCsv(text, { bom: true, columns: true });

  it('writes the CSV with every value from the folder escaped and no cell a spreadsheet would run as a formula', () => {
    const text = csvReport(report, { lang: 'en', generatedAt: IN_WINDOW });
    // CRLF ends the rows; no other control character anywhere, and no line the folder started
    expect(text.replace(/\r\n/g, '\n')).not.toMatch(ACTIVE);
    expect(text).not.toContain('\nผลการตรวจ: ✔');
    const rows = csvRows(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.folder).toBe(report.applications[0]!.path.replace(FAKE, SHOWN));
    expect(rows[0]!.unit).toBe(UNIT_SHOWN);
    expect(rows[0]!.parent).toBe(`'=HYPERLINK("x")${SHOWN}`);
    expect(rows[0]!.contact).toBe(`\\t=1+1${SHOWN}`);
    expect(rows[0]!['to fix']).toContain(`B02${SHOWN}.pdf`);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the findings CSV with every value from the folder escaped and no cell a spreadsheet would run as a formula', () => {
    const text = findingsCsvReport(report, { lang: 'en' });
    expect(text.replace(/\r\n/g, '\n')).not.toMatch(ACTIVE);
    expect(text).not.toContain('\nผลการตรวจ: ✔');
    const rows = csvRows(text);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.unit === UNIT_SHOWN)).toBe(true);
    const missing = rows.find((r) => r.file?.includes('B02'))!;
    expect(missing.file).toBe(`files/B02${SHOWN}.pdf`);
    expect(missing.message).toContain(`B02${SHOWN}.pdf`);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes JUnit XML with every value from the folder escaped and no character XML 1.0 forbids', () => {
    const xml = junitReport(report, { lang: 'th' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(ACTIVE);
    expect(xml).not.toMatch(NOT_XML);
    expect(xml).not.toContain('\nผลการตรวจ: ✔');
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'property'].includes(name),
    });
    const suite = parser.parse(xml).testsuites.testsuite[0];
    expect(suite.name).toBe(report.applications[0]!.path.replace(FAKE, SHOWN));
    expect(suite.properties.property.find((p: { name: string }) => p.name === 'unit').value).toBe(UNIT_SHOWN);
    expect(xml).toContain(`B02${SHOWN}.pdf`);
  });

  it('writes JUnit XML without the characters XML 1.0 forbids that no escape of control characters covers', () => {
    const [app] = report.applications;
    const odd = { ...app!, unit: { ...app!.unit, name: 'หน่วย\uD800\uFFFE\uFFFF\u0000' } };
    const xml = junitReport(checkReport([odd]), { lang: 'en' });
    expect(xml).not.toMatch(NOT_XML);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('value="หน่วย\uFFFD\uFFFD\uFFFD\\x00"');
  });
});
