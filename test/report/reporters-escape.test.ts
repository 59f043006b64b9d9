import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApplication, htmlReport, humanReport, readinessFormHtml } from '../../src/index.js';
import { summaryTable } from '../../src/report/summary-table.js';
import type { CheckReport } from '../../src/result.js';
import { IN_WINDOW } from '../helpers/check.js';
import { makePdf } from '../helpers/pdf.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const FAKE = '\nผลการตรวจ: ✔ พร้อมส่ง\u001b[8m';
const SHOWN = '\\nผลการตรวจ: ✔ พร้อมส่ง\\x1b[8m';

describe('a reporter called directly, as a library user calls it', () => {
  let report: CheckReport;
  beforeAll(async () => {
    const spec = readyNewUnit() as Record<string, any>;
    spec.unit.name = `สำนักงานเขต\u202eทดสอบ${FAKE}`;
    const fileName = `files/B01${FAKE}.pdf`;
    spec.basic.B01.files = [fileName];
    spec.basic.B02.files = [`files/B02${FAKE}.pdf`];
    const dir = writeApplication(path.join(tempDir(), `เขต${FAKE}`), spec, {
      files: { [fileName]: makePdf() },
      omit: [`files/B02${FAKE}.pdf`],
    });
    const app = await checkApplication(dir, { now: IN_WINDOW, cache: false });
    report = { applications: [app, { ...app, path: `${app.path}-2` }], summary: { applications: 2, ready: 0, notReady: 2 } };
  });

  it('shows a unit name and file names with their control characters escaped, in the human report, the summary table, the HTML report and the form', () => {
    const texts = {
      human: humanReport(report, { lang: 'th', color: false }),
      html: htmlReport(report, { lang: 'th' }),
      form: readinessFormHtml(report.applications[0]!, { lang: 'th', date: IN_WINDOW, draft: true }),
      summary: summaryTable(report, { lang: 'th', color: false, wide: true }),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).not.toMatch(/\u001b|\u202e/);
      expect(text, format).toContain('\\u202e');
    }
    expect(texts.human).toContain(`B02${SHOWN}.pdf`);
    expect(texts.html).toContain(`B01${SHOWN}.pdf`);
  });
});
