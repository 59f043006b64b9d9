/** A finding's severity and how --strict and the report treat it come from the message catalogue. */
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings/make-finding.js';
import { MESSAGES } from '../../src/findings/messages.js';
import { isWindowFinding } from '../../src/rules/application-window.js';

describe('finding', () => {
  it('takes its severity from the catalogue', () => {
    expect(finding('file.near-limit', { path: 'a.pdf', bytes: 2, warnBytes: 1, maxBytes: 3 }, { item: '1.1' })).toEqual({
      code: 'file.near-limit',
      severity: 'warning',
      args: { path: 'a.pdf', bytes: 2, warnBytes: 1, maxBytes: 3 },
      item: '1.1',
    });
    expect(finding('file.empty', { path: 'a.pdf' }).severity).toBe('error');
    expect(finding('file.unreferenced', { path: 'a.pdf' }, { file: 'a.pdf' }).severity).toBe('info');
  });

  it('keeps the calendar apart by the catalogue flag, not by the code', () => {
    expect(isWindowFinding(finding('window.closed', { closes: '2024-01-01T00:00:00+07:00' }))).toBe(true);
    expect(isWindowFinding(finding('file.empty', { path: 'a.pdf' }))).toBe(false);
    const flagged = Object.keys(MESSAGES).filter((code) => 'notTheApplications' in MESSAGES[code as keyof typeof MESSAGES]);
    expect(flagged.sort()).toEqual(['window.closed', 'window.not-open-yet', 'window.open']);
  });
});
