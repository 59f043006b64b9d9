import { UNIT_KINDS, APPLICANTS, type Applicant, type UnitKind } from '../criteria/unit-kinds.js';
import type { Catalogue, CatalogueItem, ScoredGroupId } from '../criteria/catalogue-schema.js';
import { attachmentRule } from '../criteria/attachment-rule.js';
import { defaultItemPoints, itemMaxPoints } from '../criteria/points.js';
import type { Lang } from '../lang.js';
import { STARTER_TEXT } from './starter-text.js';

export interface StarterOptions {
  /** left blank when not given: the unit says what it is */
  kind?: UnitKind;
  applicant: Applicant;
  /** what the `$schema` line points at; none for criteria that ship no schema */
  schemaReference?: string | undefined;
  /** the criteria file the unit checks against (gecc check --criteria), if not a shipped edition */
  criteriaFile?: string | undefined;
  lang: Lang;
}

/** Comments are one line each: a title with a line break in it must not end the comment. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** `key:` padded so the comments of a block line up (Thai letters are one column or none: pad by key only). */
function field(indent: number, key: string, value: string, comment?: string): string {
  const head = `${' '.repeat(indent)}${key}:${value ? ` ${value}` : ''}`;
  return comment ? `${head.padEnd(Math.max(head.length + 1, 26))}# ${oneLine(comment)}` : head;
}

/**
 * The text of a starter application.yaml: every item of the edition in order, with its title
 * and the evidence it asks for as comments, and blank values to fill. Blank values parse as
 * null, which gecc reads as "not answered yet", so a fresh starter lists every item as missing.
 */
export function starterAnswers(catalogue: Catalogue, options: StarterOptions): string {
  const t = STARTER_TEXT[options.lang];
  const { lang } = options;
  const { groups } = catalogue;
  const out: string[] = [];
  const comment = (indent: number, text: string) => out.push(`${' '.repeat(indent)}# ${oneLine(text)}`);
  const itemTitle = (item: CatalogueItem) => {
    const other = lang === 'th' ? '' : ` (${item.title.th})`;
    return `${item.id}${item.number ? ` [${item.number}]` : ''} ${item.title[lang]}${other}${item.titlePlaceholder ? ` — ${t.placeholder}` : ''}`;
  };

  if (options.schemaReference) out.push(`# yaml-language-server: $schema=${options.schemaReference}`);
  comment(0, t.heading(catalogue.title[lang]));
  const file = options.criteriaFile;
  const check = `gecc check${file ? ` --criteria ${/[\s"']/.test(file) ? `"${file}"` : file}` : ''}`;
  for (const line of t.howTo(attachmentRule(catalogue, lang), check)) comment(0, line);
  out.push('', `edition: "${catalogue.edition}"`, '');

  out.push('unit:');
  out.push(field(2, 'name', '', t.unitName));
  out.push(field(2, 'kind', options.kind ?? '', t.unitKind(UNIT_KINDS.map((k) => `${k} = ${t.kinds[k]}`).join(' · '))));
  const head = options.kind ? catalogue.readinessForm.signers[options.kind]?.headOfParent : undefined;
  out.push(field(2, 'parent', '', t.parent(head)));
  out.push(field(2, 'applicant', options.applicant, t.applicant(APPLICANTS.map((a) => `${a} = ${t.applicants[a]}`).join(' · '))));
  out.push('  contact:');
  out.push(field(4, 'name', '', t.contactName));
  out.push(field(4, 'phone', '', t.phone));
  out.push(field(4, 'email', '', t.email));
  out.push('');

  const signer = options.kind ? catalogue.readinessForm.signers[options.kind]?.title[lang] : undefined;
  comment(0, t.readinessForm(signer));
  out.push('readiness_form:');
  out.push(field(2, 'file', '', t.formFile));
  out.push(field(2, 'signer', '', t.signer));
  out.push(field(2, 'signer_position', '', t.signerPosition));
  out.push('');

  comment(0, `${groups.physical.title[lang]} ${t.physical(groups.physical.items.length)}`);
  out.push('physical:');
  for (const item of groups.physical.items) out.push(field(2, item.id, '', `${itemTitle(item).slice(item.id.length + 1)} — ${t.yesNo}`));

  for (const group of ['basic', 'advanced', 'outcome'] as const satisfies readonly ScoredGroupId[]) {
    const g = groups[group];
    const max = itemMaxPoints(g.points);
    const points =
      g.points.kind === 'each'
        ? t.pointsEach(g.points.points)
        : t.pointsParts(g.points.parts.map((p) => `${p.count} × ${p.points}`).join(' + '));
    out.push('');
    comment(0, t.scored(g.title[lang], g.items.length, points, g.required));
    if (group === 'basic') comment(0, options.applicant === 'returning' ? t.basicReturning : t.basicNew);
    if (group === 'advanced') comment(0, t.advanced(defaultItemPoints(g.points), max));
    if (group === 'outcome') comment(0, t.outcome(max));
    out.push(`${group}:`);
    for (const item of g.items) {
      comment(2, itemTitle(item));
      if (item.evidence) comment(2, t.evidence(item.evidence[lang]));
      out.push(`  ${item.id}:`);
      if (group === 'basic' && options.applicant === 'returning') {
        out.push(field(4, 'answer', '', t.answer));
        continue;
      }
      out.push(field(4, 'text', '', t.text));
      out.push(field(4, 'files', '', t.files));
      if (group === 'advanced') out.push(field(4, 'score', '', t.scoreOptional(defaultItemPoints(g.points), max)));
      if (group === 'outcome') out.push(field(4, 'score', '', t.score(max)));
    }
  }
  return `${out.join('\n')}\n`;
}
