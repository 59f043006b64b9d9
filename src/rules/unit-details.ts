import type { ContactField } from '../findings/messages/unit.js';
import type { RuleContext } from './rule-context.js';
import { finding } from '../findings/make-finding.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_FIELDS = ['name', 'phone', 'email'] as const satisfies readonly ContactField[];

/**
 * The unit's contact person: GECC Online asks for the name, phone and e-mail at registration,
 * and the coordinating division reaches the unit by them. Each left blank is an error, as is
 * no contact at all (leaving it out must not look better than leaving it blank).
 */
export function checkUnitDetails(ctx: RuleContext): void {
  if (ctx.value(['unit']) === undefined || ctx.isInvalid(['unit'])) return;
  const contact = ctx.value(['unit', 'contact']);
  if (contact === undefined || contact === null) {
    ctx.report(finding('unit.contact-missing', {}, { item: 'unit' }), ['unit']);
    return;
  }
  if (ctx.isInvalid(['unit', 'contact'])) return;
  for (const field of CONTACT_FIELDS) {
    const path = ['unit', 'contact', field];
    // a phone written as a number is another finding (its leading 0 is lost), not a blank
    if (ctx.isInvalid(path)) continue;
    const value = ctx.value(path);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      ctx.report(finding('unit.contact-field-missing', { field }, { item: 'unit' }), path);
    }
  }
  const email = ctx.text(['unit', 'contact', 'email']);
  if (email !== undefined && email.trim() !== '' && !EMAIL.test(email.trim())) {
    ctx.report(finding('unit.email-invalid', { value: email }, { item: 'unit' }), ['unit', 'contact', 'email'], 'value');
  }
}
