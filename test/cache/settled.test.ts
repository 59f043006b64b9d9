import { describe, expect, it } from 'vitest';
import { isSettled } from '../../src/cache/settled.js';
import { finding } from '../../src/findings/make-finding.js';

describe('a settled verdict: the one rule of what any cache or memory of gecc may keep', () => {
  it('is made from the bytes alone: never one of this machine at this moment, a fault of gecc, or a file that could not be read', () => {
    const path = 'files/a.pdf';
    expect(isSettled([])).toBe(true);
    expect(isSettled([finding('pdf.no-text', { path, pages: 1, scan: false }), finding('file.empty', { path })])).toBe(true);
    expect(isSettled([finding('pdf.timeout', { path, seconds: 4 })])).toBe(false);
    expect(isSettled([finding('jpeg.not-decoded', { path, reason: 'no sharp' })])).toBe(false);
    expect(isSettled([finding('internal.error', { detail: 'x' })])).toBe(false);
    expect(isSettled([finding('file.unreadable', { path, reason: 'EACCES' })])).toBe(false);
  });
});
