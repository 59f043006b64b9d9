import { applicantOf, unitKindOf } from '../answers/unit-kind-names.js';
import type { Applicant } from '../criteria/unit-kinds.js';
import { SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';

/**
 * How a value of the answers file is asked for in the page. Each control's `name` is the value's
 * path in application.yaml: a stable contract for scripts, tests and assistive tools.
 */
type FieldKind =
  /** one line of text */
  | 'line'
  /** text that may run over several lines */
  | 'text'
  /** unit.kind, unit.applicant: one of the catalogue's ids */
  | 'choice'
  /** มี / ไม่มี */
  | 'yes-no'
  /** a whole number, typed in Arabic or Thai digits */
  | 'score'
  /** an item's list of attachments */
  | 'files'
  /** the one file of the readiness form */
  | 'file';

export interface FormField {
  path: string;
  kind: FieldKind;
  /** the item (B01) or section (unit, readiness_form) it belongs to */
  target: string;
}

const UNIT_FIELDS: FormField[] = [
  { path: 'unit.name', kind: 'line', target: 'unit' },
  { path: 'unit.kind', kind: 'choice', target: 'unit' },
  { path: 'unit.parent', kind: 'line', target: 'unit' },
  { path: 'unit.applicant', kind: 'choice', target: 'unit' },
  { path: 'unit.contact.name', kind: 'line', target: 'unit' },
  { path: 'unit.contact.phone', kind: 'line', target: 'unit' },
  { path: 'unit.contact.email', kind: 'line', target: 'unit' },
  { path: 'readiness_form.signer', kind: 'line', target: 'readiness_form' },
  { path: 'readiness_form.signer_position', kind: 'line', target: 'readiness_form' },
  { path: 'readiness_form.file', kind: 'file', target: 'readiness_form' },
];

/** Every value the page asks for, in the order of GECC Online, for an applicant of that kind. */
export function formFields(catalogue: Catalogue, applicant: Applicant): FormField[] {
  const fields = [...UNIT_FIELDS];
  for (const item of catalogue.groups.physical.items) fields.push({ path: `physical.${item.id}`, kind: 'yes-no', target: item.id });
  for (const group of SCORED_GROUP_IDS) {
    for (const item of catalogue.groups[group].items) {
      const at = `${group}.${item.id}`;
      if (group === 'basic' && applicant === 'returning') {
        fields.push({ path: `${at}.answer`, kind: 'yes-no', target: item.id });
        continue;
      }
      fields.push({ path: `${at}.text`, kind: 'text', target: item.id }, { path: `${at}.files`, kind: 'files', target: item.id });
      if (group !== 'basic') fields.push({ path: `${at}.score`, kind: 'score', target: item.id });
    }
  }
  return fields;
}

/** The value at a dotted path of parsed answers, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A field's value as the page shows it: a list of references for attachments, text for the rest. */
export type ShownValue = string | string[];

/**
 * What a field shows for a value of the answers file. The page and the check for conflicting edits
 * compare values this way: `kind: สำนักงานเขต` and `kind: district-office` mean the same choice,
 * a score of 6 and "6" the same number.
 */
export function shownValue(field: Pick<FormField, 'path' | 'kind'>, value: unknown): ShownValue {
  if (field.kind === 'files') {
    if (value === null || value === undefined) return [];
    return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined).map(String);
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (field.path === 'unit.kind') return unitKindOf(value) ?? String(value);
  if (field.path === 'unit.applicant') return applicantOf(value) ?? String(value);
  return String(value);
}

export const sameShown = (a: ShownValue, b: ShownValue): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
