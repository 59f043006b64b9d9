import { defaultItemPoints } from '../criteria/points.js';
import type { ItemOutcome } from '../result.js';
import { isNo, isYes, type RuleContext } from './rule-context.js';
import { NO, YES } from '../answers/answers-schema.js';
import { finding } from '../findings/make-finding.js';

/** A returning (certified before) unit answers the basic items มี/ไม่มี only, with no attachment. */
export function checkReturningBasicItem(ctx: RuleContext, id: string): ItemOutcome {
  const path = ['basic', id];
  const entry = ctx.value(path);
  const base: ItemOutcome = { id, group: 'basic', state: 'incomplete', points: 0, files: [] };
  if (entry === undefined || entry === null) {
    ctx.report(finding('item.returning-missing', {}, { item: id }), entry === null ? path : ['basic']);
    return { ...base, state: 'not-answered' };
  }
  if (ctx.isInvalid(path)) return base;
  const extra = ['text', 'files', 'score'].filter(
    (field) => ctx.value([...path, field]) !== undefined && ctx.value([...path, field]) !== null,
  );
  if (extra.length > 0) ctx.report(finding('item.returning-extra', { fields: extra.join(', ') }, { item: id }), [...path, extra[0]!]);
  const answer = ctx.value([...path, 'answer']);
  if (isYes(answer)) return { ...base, state: 'complete', points: defaultItemPoints(ctx.catalogue.groups.basic.points), answer: YES };
  if (isNo(answer)) {
    ctx.report(finding('item.answered-no', {}, { item: id }), [...path, 'answer'], 'value');
    return { ...base, state: 'answered-no', answer: NO };
  }
  if (answer === undefined || answer === null) ctx.report(finding('item.returning-missing', {}, { item: id }), path);
  return base;
}
