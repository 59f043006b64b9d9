import { finding } from './findings/make-finding.js';
import type { ApplicationResult } from './result.js';

/** A unit's name as compared between folders: Unicode form, spaces and letter case set aside. */
export const unitNameKey = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Applications of a batch that name the same unit (an old version beside the new one, a copy):
 * each gets a note naming the other folders, so that the division sends one. The verdicts stay.
 */
export function noteSameUnitNames(applications: readonly ApplicationResult[]): ApplicationResult[] {
  const byName = new Map<string, ApplicationResult[]>();
  for (const app of applications) {
    const key = app.unit.name === undefined ? '' : unitNameKey(app.unit.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), app]);
  }
  return applications.map((app) => {
    const same = app.unit.name === undefined ? [] : (byName.get(unitNameKey(app.unit.name)) ?? []);
    if (same.length < 2) return app;
    const others = same.filter((other) => other !== app).map((other) => other.path);
    return { ...app, findings: [...app.findings, finding('batch.same-unit-name', { unit: app.unit.name!, others: others.join(', ') })] };
  });
}
