import { allowedKeys, answersSchemaFor, type FieldKind, fieldKindOf, schemaAt } from '../answers/answers-schema.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';

/**
 * Where an answer stands in application.yaml, key by key: ['unit', 'contact', 'phone'],
 * ['physical', 'P01'], ['basic', 'B01', 'text'], ['readiness_form', 'file'], ['advanced', 'A01', 'score'].
 * The same names as the page's form controls (`unit.contact.phone`) and the JSON report's paths.
 */
export type AnswerPath = readonly string[];

/** What the answers file holds at a path that the page fills in. */
export type AnswerKind = Exclude<FieldKind, 'section'>;

/** The kind of answer at `path` in the catalogue's answers file; undefined when there is no such answer. */
export function answerKindAt(catalogue: Catalogue, path: AnswerPath): AnswerKind | undefined {
  if (path.length === 0) return undefined;
  const kind = fieldKindOf(schemaAt(answersSchemaFor(catalogue), path));
  return kind === 'section' ? undefined : kind;
}

/** The keys a section holds, in the order gecc init writes them (the catalogue's order). */
export function keyOrder(catalogue: Catalogue, section: AnswerPath): readonly string[] {
  return allowedKeys(section.length === 0 ? answersSchemaFor(catalogue) : schemaAt(answersSchemaFor(catalogue), section));
}

/** `basic.B01.text`: a path as the page names its form control. */
export const pathName = (path: AnswerPath): string => path.join('.');
