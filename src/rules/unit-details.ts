import type { RuleContext } from './rule-context.js';
import { finding } from '../findings/make-finding.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The unit's contact person: GECC Online asks for it at registration. */
export function checkUnitDetails(ctx: RuleContext): void {
  if (ctx.value(['unit']) === undefined || ctx.isInvalid(['unit'])) return;
  const contact = ctx.value(['unit', 'contact']);
  if (contact === undefined || contact === null) {
    ctx.report(finding('unit.contact-missing', {}, { item: 'unit' }), ['unit']);
    return;
  }
  const email = ctx.text(['unit', 'contact', 'email']);
  if (email !== undefined && !EMAIL.test(email.trim())) {
    ctx.report(finding('unit.email-invalid', { value: email }, { item: 'unit' }), ['unit', 'contact', 'email'], 'value');
  }
}
