import type { Catalogue, ScoredGroupId } from '../criteria/catalogue-schema.js';
import { SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import { groupMaxPoints, itemMaxPoints } from '../criteria/points.js';
import type { ApplicationResult, GroupScore, ItemOutcome, Scores } from '../result.js';
import type { RuleContext } from './rule-context.js';
import { finding } from '../findings/make-finding.js';
import { isSettled } from '../cache/settled.js';

/** Adds up each group, checks it against its threshold, and self-assessed scores against the distribution. */
export function scoreGroups(ctx: RuleContext, items: ItemOutcome[]): Scores {
  for (const group of SCORED_GROUP_IDS) checkDistribution(ctx, group, items);
  const scores = computeScores(ctx.catalogue, items);
  const unread = unreadItems(ctx, items);
  const listed = (ids: string[]) => (ids.length > 0 ? { unread: ids.join(', ') } : {});
  for (const group of SCORED_GROUP_IDS) {
    const { score, required } = scores[group];
    if (required !== null && score < required) {
      const inGroup = unread.filter((i) => i.group === group).map((i) => i.id);
      ctx.report(finding('group.below-required', { group, score, required, ...listed(inGroup) }), [group]);
    }
  }
  const { total } = scores;
  if (total.pass !== null && total.score < total.pass) {
    ctx.report(finding('total.below-pass', { total: total.score, pass: total.pass, ...listed(unread.map((i) => i.id)) }));
  }
  return scores;
}

/**
 * Items that count 0 only for now: a finding of this moment (a PDF not read in time on a busy
 * machine) is on them. A shortfall they cause is to be checked again, not "completed".
 */
function unreadItems(ctx: RuleContext, items: readonly ItemOutcome[]): ItemOutcome[] {
  return items.filter((i) => i.state !== 'complete' && !isSettled(ctx.findings.filter((f) => f.item === i.id)));
}

/** The scores alone, also for an application whose answers could not be read (all zero). */
export function computeScores(catalogue: Catalogue, items: ItemOutcome[]): Scores {
  const sum = (group: ScoredGroupId) => items.filter((i) => i.group === group).reduce((s, i) => s + i.points, 0);
  const groupScore = (group: ScoredGroupId): GroupScore => {
    const g = catalogue.groups[group];
    const max = groupMaxPoints(g.points, g.items.length);
    // whatever the items claim, a group never shows more than it can carry (58/54 is no score)
    return { score: Math.min(sum(group), max), max, required: g.required ?? null };
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
 * scores must fit it: no more items above the lowest value than the distribution has. The items
 * claimed beyond it count the lowest value: the group shows what it could at most be worth.
 */
function checkDistribution(ctx: RuleContext, group: ScoredGroupId, items: ItemOutcome[]): void {
  const excess = excessHighScores(ctx.catalogue, group, items);
  if (!excess) return;
  ctx.report(finding('group.too-many-high-scores', { items: excess.high.join(', '), base: excess.base, allowed: excess.allowed }), [group]);
  for (const [index, item] of items.entries()) {
    if (excess.over.has(item.id) && item.group === group && item.points > excess.base) items[index] = { ...item, points: excess.base };
  }
}

/** The items of a distribution group that claim more than its lowest value, when more do than it allows. */
function excessHighScores(catalogue: Catalogue, group: ScoredGroupId, items: readonly ItemOutcome[]) {
  const { points } = catalogue.groups[group];
  if (points.kind !== 'distribution') return undefined;
  const base = Math.min(...points.parts.map((p) => p.points));
  const allowed = points.parts.filter((p) => p.points > base).reduce((n, p) => n + p.count, 0);
  const max = itemMaxPoints(points);
  // a claim above the item's maximum is an error of its own (the item counts 0), not a high score
  const high = items.filter((i) => i.group === group && i.claimed !== undefined && i.claimed > base && i.claimed <= max);
  if (high.length <= allowed) return undefined;
  // the highest claims are kept (the first written among equals), the rest are over
  const kept = [...high].sort((a, b) => b.claimed! - a.claimed!).slice(0, allowed);
  const over = new Set(high.filter((i) => !kept.includes(i)).map((i) => i.id));
  return { base, allowed, high: high.map((i) => i.id), over };
}

/** Why a group does not pass, when its points alone would not say it. */
export type GroupShortfall = { reason: 'points' } | { reason: 'errors'; items: string[] } | { reason: 'distribution' };

/**
 * Whether a group gets ✔ in a report or on the form: its points reach the threshold AND nothing in
 * it is wrong (an error on one of its items, or self-assessed scores that do not fit the
 * distribution). Enough points with an item still wrong is not a pass. Undefined when it passes.
 */
export function groupShortfall(app: ApplicationResult, group: ScoredGroupId): GroupShortfall | undefined {
  const s = app.scores[group];
  if ((s.required !== null && s.score < s.required) || s.score > s.max) return { reason: 'points' };
  const ids = new Set(app.catalogue.groups[group].items.map((i) => i.id));
  const wrong = new Set(app.findings.filter((f) => f.severity === 'error' && f.item !== undefined && ids.has(f.item)).map((f) => f.item!));
  if (wrong.size > 0) return { reason: 'errors', items: app.catalogue.groups[group].items.map((i) => i.id).filter((id) => wrong.has(id)) };
  return excessHighScores(app.catalogue, group, app.items) === undefined ? undefined : { reason: 'distribution' };
}

/** Whether a group gets ✔ (see groupShortfall). */
export function groupPasses(app: ApplicationResult, group: ScoredGroupId): boolean {
  return groupShortfall(app, group) === undefined;
}
