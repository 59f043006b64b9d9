/** The signed readiness form is read like any attachment: a form no reviewer can see is not excused as a scan. */
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PDF_TIMEOUT_MS, PdfPool } from '../../src/attachments/pdf/pdf-pool.js';
import { readyNewUnit, removeTempDirs } from '../helpers/application.js';
import { checkSpec, problems } from '../helpers/check.js';
import * as pdf from '../helpers/hostile-pdf.js';
import { runAround } from '../helpers/runs.js';

// one pool for these checks, as in a run
const pdfPool = new PdfPool({ size: 1, timeoutMs: DEFAULT_PDF_TIMEOUT_MS });
const run = runAround(pdfPool);
afterAll(async () => {
  removeTempDirs();
  await pdfPool.close();
});

describe('the readiness form', () => {
  it.each([
    ['with no page', pdf.noPagesPdf('count-zero'), 'pdf.no-pages'],
    ['whose scanned page does not decode', pdf.scannedPagePdf(['broken-flate']), 'pdf.page-broken'],
    ['that is an XFA form only', pdf.xfaPdf('xfa-only'), 'pdf.xfa-only'],
  ] as const)(
    '%s: an error under the readiness form, and the application is not ready',
    async (_, bytes, code) => {
      const spec = readyNewUnit();
      const result = await checkSpec(spec, { files: { [spec.readiness_form.file]: bytes } }, {}, run);
      expect(problems(result).map((f) => [f.code, f.severity, f.item, f.file])).toEqual([
        [code, 'error', 'readiness_form', spec.readiness_form.file],
      ]);
      expect(result.ready).toBe(false);
    },
    60_000,
  );

  it('the nearest good case, a signed scan of good pictures, has no finding (no text is what a signed scan has)', async () => {
    const spec = readyNewUnit();
    const result = await checkSpec(
      spec,
      { files: { [spec.readiness_form.file]: pdf.scannedPagePdf(['flate', 'flate'], 'gray') } },
      {},
      run,
    );
    expect(problems(result)).toEqual([]);
    expect(result.ready).toBe(true);
  }, 60_000);
});
