import type { RuleContext } from './rule-context.js';
import { inspectFiles } from './evidence-items.js';
import { afterHead, judgeSignerPosition, ownHead } from '../criteria/signer-position.js';
import { finding } from '../findings/make-finding.js';

/** The form is signed by hand and scanned: a PDF without searchable text is what it should be. */
const SIGNED_SCAN = new Set(['pdf.no-text'] as const);

/** The signed readiness self-assessment form: attached, and signed by whom the unit's kind requires. */
export async function checkReadinessForm(ctx: RuleContext): Promise<void> {
  const { readinessForm } = ctx.catalogue;
  const path = ['readiness_form'];
  const form = ctx.value(path);
  if (form === undefined || form === null) {
    if (readinessForm.required) ctx.report(finding('readiness.missing', {}, { item: 'readiness_form' }), path);
    return;
  }
  if (ctx.isInvalid(path)) return;
  const file = ctx.text([...path, 'file']);
  if (file !== undefined && file.trim() !== '') await inspectFiles(ctx, 'readiness_form', [file], [...path, 'file'], SIGNED_SCAN);

  const position = ctx.text([...path, 'signer_position']);
  if (position === undefined || ctx.unitKind === undefined) return;
  const signer = readinessForm.signers[ctx.unitKind];
  if (!signer) {
    ctx.report(finding('readiness.signer-not-checked', {}, { item: 'readiness_form' }), [...path, 'signer_position']);
    return;
  }
  const parent = ctx.text(['unit', 'parent'])?.trim() || undefined;
  const verdict = judgeSignerPosition(position, signer, parent);
  if (verdict === 'fits') return;
  if (verdict === 'other-parent') {
    const expected = ownHead(signer, parent)!;
    ctx.report(
      finding('readiness.signer-other-parent', { position, parent: parent!, expected }, { item: 'readiness_form' }),
      [...path, 'signer_position'],
      'value',
    );
    return;
  }
  if (verdict === 'parent-unknown') {
    const example = afterHead(position, signer) ?? position;
    // where parent: is (or would go): what to fill in is there
    ctx.report(
      finding('readiness.signer-parent-unknown', { position, ...(parent ? { parent } : {}), example }, { item: 'readiness_form' }),
      ['unit', 'parent'],
      'value',
    );
    return;
  }
  ctx.report(
    finding(
      verdict === 'short-form' ? 'readiness.signer-short-form' : 'readiness.wrong-signer',
      { position, kind: ctx.unitKind },
      { item: 'readiness_form' },
    ),
    [...path, 'signer_position'],
    'value',
  );
}
