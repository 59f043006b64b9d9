import type { Points } from './catalogue-schema.js';

/** The most points a single item of the group can carry. */
export function itemMaxPoints(points: Points): number {
  return points.kind === 'each' ? points.points : Math.max(...points.parts.map((p) => p.points));
}

/** The most points the whole group can carry, given its item count. */
export function groupMaxPoints(points: Points, itemCount: number): number {
  return points.kind === 'each' ? points.points * itemCount : points.parts.reduce((sum, p) => sum + p.points * p.count, 0);
}

/** Points a complete item counts when the unit gave no self-assessed score. */
export function defaultItemPoints(points: Points): number {
  return points.kind === 'each' ? points.points : points.defaultPoints;
}

/** Thai digits ๐–๙ as Arabic ones: a number typed on a Thai keyboard is still the number. */
export function thaiDigitsToArabic(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/**
 * A whole number of points or a count, as a unit or a division may write it: 2, "2", "๒".
 * Anything else (2.5, -1, "2 คะแนน", "") is not one: undefined.
 */
export function parseWholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const digits = thaiDigitsToArabic(value.trim());
  return /^[0-9]{1,15}$/.test(digits) ? Number(digits) : undefined;
}
