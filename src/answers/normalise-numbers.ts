import { SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import { parseWholeNumber } from '../criteria/points.js';

/**
 * Scores written as text of digits, Thai (๒) or Arabic ("2"), are the numbers they spell: Thai
 * offices type Thai digits, and an editor's quotes change nothing a person sees. Anything else
 * (`2 คะแนน`, 2.5, -1) stays as written, for the shape check to report.
 */
export function normaliseScores(data: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const group of SCORED_GROUP_IDS) {
    const section = data[group];
    if (!isMapping(section)) continue;
    let sectionCopy: Record<string, unknown> | undefined;
    for (const [id, entry] of Object.entries(section)) {
      if (!isMapping(entry) || typeof entry.score !== 'string') continue;
      const number = parseWholeNumber(entry.score);
      if (number === undefined) continue;
      sectionCopy ??= { ...section };
      sectionCopy[id] = { ...entry, score: number };
    }
    if (sectionCopy) {
      copy ??= { ...data };
      copy[group] = sectionCopy;
    }
  }
  return copy ?? data;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
