import { describe, expect, it } from 'vitest';
import { parseMoment } from '../../src/cli/parse-moment.js';

describe('parseMoment (--now)', () => {
  it.each([
    ['2023-02-01', '2023-01-31T17:00:00.000Z'],
    ['2023-02-01T09:00', '2023-02-01T02:00:00.000Z'],
    ['2023-02-01 09:00:30', '2023-02-01T02:00:30.000Z'],
    ['2566-02-01T09:00', '2023-02-01T02:00:00.000Z'],
    ['2023-02-01T09:00:00Z', '2023-02-01T09:00:00.000Z'],
    ['2023-02-01T09:00:00+0700', '2023-02-01T02:00:00.000Z'],
    ['2023-02-01T09:00:00.250-03:00', '2023-02-01T12:00:00.250Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseMoment(text)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', 'Feb 1 2023', '2023-02-30', '2023-13-01', '1/2/2566', '2023-02-01T25:00'])('refuses %j', (text) => {
    expect(parseMoment(text)).toBeUndefined();
  });
});
