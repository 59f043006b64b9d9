import type { Catalogue, ScoredGroupId } from '../criteria/catalogue-schema.js';
import { SCORED_GROUP_IDS } from '../criteria/catalogue-schema.js';
import { groupMaxPoints } from '../criteria/points.js';
import type { GroupScore, ItemOutcome, Scores } from '../result.js';
import type { RuleContext } from './rule-context.js';

/** Adds up each group, checks it against its threshold, and self-assessed scores against the distribution. */
export function scoreGroups(ctx: RuleContext, items: ItemOutcome[]): Scores {
  for (const group of SCORED_GROUP_IDS) checkDistribution(ctx, group, items);
  const scores = computeScores(ctx.catalogue, items);
  for (const group of SCORED_GROUP_IDS) {
    const { score, required } = scores[group];
    if (required !== null && score < required) {
      ctx.report({ code: 'group.below-required', severity: 'error', args: { group, score, required } }, [group]);
    }
  }
  const { total } = scores;
  if (total.pass !== null && total.score < total.pass) {
    ctx.report({ code: 'total.below-pass', severity: 'error', args: { total: total.score, pass: total.pass } });
  }
  return scores;
}

/** The scores alone, also for an application whose answers could not be read (all zero). */
export function computeScores(catalogue: Catalogue, items: ItemOutcome[]): Scores {
  const sum = (group: ScoredGroupId) => items.filter((i) => i.group === group).reduce((s, i) => s + i.points, 0);
  const groupScore = (group: ScoredGroupId): GroupScore => {
    const g = catalogue.groups[group];
    return { score: sum(group), max: groupMaxPoints(g.points, g.items.length), required: g.required ?? null };
  };
  const basic = groupScore('basic');
  const advanced = groupScore('advanced');
  const outcome = groupScore('outcome');
  const score = basic.score + advanced.score + outcome.score;
  const level = catalogue.levels?.find((l) => score >= l.min && score <= l.max);
  return {
    physical: {
      met: items.filter((i) => i.group === 'physical' && i.state === 'complete').length,
      total: catalogue.groups.physical.items.length,
    },
    basic,
    advanced,
    outcome,
    total: { score, max: basic.max + advanced.max + outcome.max, pass: catalogue.passTotal ?? null, level: level?.id ?? null },
  };
}

/**
 * Where only the distribution of points is published (e.g. 21 × 2 + 2 × 6), the self-assessed
 * scores must fit it: no more items above the lowest value than the distribution has.
 */
function checkDistribution(ctx: RuleContext, group: ScoredGroupId, items: ItemOutcome[]): void {
  const { points } = ctx.catalogue.groups[group];
  if (points.kind !== 'distribution') return;
  const base = Math.min(...points.parts.map((p) => p.points));
  const allowed = points.parts.filter((p) => p.points > base).reduce((n, p) => n + p.count, 0);
  const high = items.filter((i) => i.group === group && i.claimed !== undefined && i.claimed > base);
  if (high.length > allowed) {
    ctx.report(
      { code: 'group.too-many-high-scores', severity: 'error', args: { items: high.map((i) => i.id).join(', '), base, allowed } },
      [group],
    );
  }
}
