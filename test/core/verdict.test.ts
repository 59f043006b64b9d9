import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationResult } from '../../src/application-result.js';
import { checkApplication } from '../../src/check-application.js';
import { DEFAULT_EDITION, loadEdition } from '../../src/criteria/load-catalogue.js';
import { finding } from '../../src/findings/make-finding.js';
import { isReady, isUsable } from '../../src/findings/verdict.js';
import { IN_WINDOW } from '../helpers/check.js';
import { readyNewUnit, removeTempDirs, tempDir, writeApplication } from '../helpers/application.js';

afterAll(() => removeTempDirs());

const warning = finding('pdf.no-text', { path: 'files/a.pdf', pages: 1, scan: false });
const error = finding('file.not-found', { path: 'files/a.pdf' });
// the calendar's findings are notes today; were one a warning, --strict would still not count it
const calendar = { ...finding('window.closed', { closes: '2024-02-01' }), severity: 'warning' as const };
const note = finding('batch.same-unit-name', { unit: 'เขต', others: 'b' });

describe('the verdict, from findings, disqualification and --strict', () => {
  it('a file is usable unless one of its findings is an error', () => {
    expect(isUsable([])).toBe(true);
    expect(isUsable([warning, note])).toBe(true);
    expect(isUsable([warning, error])).toBe(false);
  });

  it('an application is ready without errors and not disqualified; --strict counts its own warnings, never the calendar', () => {
    expect(isReady([warning, note, calendar], { disqualified: false, strict: false })).toBe(true);
    expect(isReady([error], { disqualified: false, strict: false })).toBe(false);
    expect(isReady([], { disqualified: true, strict: false })).toBe(false);
    expect(isReady([warning], { disqualified: false, strict: true })).toBe(false);
    expect(isReady([calendar, note], { disqualified: false, strict: true })).toBe(true);
  });

  it('one way to build a result: an empty one is not ready when its finding is an error, and scores nothing', () => {
    const catalogue = loadEdition(DEFAULT_EDITION)!;
    const empty = applicationResult('unit', catalogue, { findings: [finding('batch.zip-not-extracted', { name: 'unit.zip' })] });
    expect(empty).toMatchObject({
      path: 'unit',
      edition: catalogue.edition,
      unit: {},
      ready: false,
      disqualified: false,
      items: [],
      attachments: [],
    });
    expect(empty.scores.total.score).toBe(0);
  });

  it('a checked application and its attachments carry the verdict the one function gives', async () => {
    const spec = readyNewUnit();
    spec.basic.B02.files = ['files/missing.pdf'];
    const dir = writeApplication(path.join(tempDir(), 'app'), spec, { omit: ['files/missing.pdf'] });
    const result = await checkApplication(dir, { now: IN_WINDOW, cache: false });
    expect(result.ready).toBe(isReady(result.findings, { disqualified: result.disqualified, strict: false }));
    for (const a of result.attachments) expect(a.usable, a.path).toBe(isUsable(a.findings));
    expect(result.attachments.find((a) => a.path === 'files/missing.pdf')!.usable).toBe(false);
  });
});
