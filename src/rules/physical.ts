import type { ItemOutcome } from '../result.js';
import { isNo, isYes, type RuleContext } from './rule-context.js';
import { NO, YES } from '../answers/answers-schema.js';
import { finding } from '../findings/make-finding.js';

/** Every physical item must be answered มี; a single ไม่มี disqualifies the application. */
export function checkPhysical(ctx: RuleContext): { items: ItemOutcome[]; disqualified: boolean } {
  let disqualified = false;
  const items = ctx.catalogue.groups.physical.items.map((item): ItemOutcome => {
    const path = ['physical', item.id];
    const value = ctx.value(path);
    const outcome = { id: item.id, group: 'physical' as const, points: 0, files: [] as string[] };
    if (isYes(value)) return { ...outcome, state: 'complete', answer: YES };
    if (isNo(value)) {
      disqualified = true;
      ctx.report(finding('physical.answered-no', {}, { item: item.id }), path, 'value');
      return { ...outcome, state: 'answered-no', answer: NO };
    }
    if (value === undefined || value === null) {
      ctx.report(finding('physical.missing', {}, { item: item.id }), value === null ? path : ['physical']);
      return { ...outcome, state: 'not-answered' };
    }
    // any other value was reported by the shape check
    return { ...outcome, state: 'incomplete' };
  });
  return { items, disqualified };
}
