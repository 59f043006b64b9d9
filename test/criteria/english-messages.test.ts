import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../src/check-application.js';
import { humanReport } from '../../src/report/human-report.js';
import { jsonReport } from '../../src/report/json-report.js';

const example = path.resolve(import.meta.dirname, '../../examples/not-ready-unit');
const THAI = /[\u0e00-\u0e7f]+/gu;
/** What the unit writes in its file is quoted as written: its own values, and the answer words มี / ไม่มี. */
const ANSWER_WORDS = ['มี', 'ไม่มี'];

describe('an English report speaks English', () => {
  it('the not-ready example: no Thai in any message but the unit own answers (names, file names, texts, มี/ไม่มี)', async () => {
    const app = await checkApplication(example, { now: new Date('2023-02-01T09:00:00+07:00') });
    const report = { applications: [app], summary: { applications: 1, ready: 0, notReady: 1 } };
    const json = JSON.parse(jsonReport(report, 'en'));
    const findings = json.applications[0].findings as { code: string; message: string; fix?: string; args: Record<string, unknown> }[];
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['group.below-required', 'readiness.wrong-signer']));
    for (const finding of findings) {
      const own = Object.values(finding.args)
        .filter((v): v is string => typeof v === 'string')
        .flatMap((v) => v.match(THAI) ?? []);
      const allowed = new Set([...own, ...ANSWER_WORDS]);
      const thai = `${finding.message} ${finding.fix ?? ''}`.match(THAI) ?? [];
      expect(
        thai.filter((word) => !allowed.has(word)),
        finding.code,
      ).toEqual([]);
      // finding values are ids, not titles in one language
      for (const key of ['group', 'kind', 'belongsTo', 'expected']) {
        const value = finding.args[key];
        if (typeof value === 'string') expect(value, `${finding.code}.${key}`).toMatch(/^[a-z-]+$/);
      }
    }
    // long messages wrap at word boundaries: read them as one line each
    const human = humanReport(report, { lang: 'en', color: false }).replace(/\n {6,}/g, ' ');
    expect(human).toContain('Quality criteria, basic scores 14, below the required 16');
    expect(human).toContain('but for a district office it must be signed by the BMA deputy permanent secretary overseeing the district');
  }, 60_000);
});
