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
