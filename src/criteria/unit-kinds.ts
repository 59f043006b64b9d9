import type { Lang } from '../lang.js';

// apart from the answers' schema: the command line names these choices without loading the schema
export const UNIT_KINDS = ['district-office', 'department-unit', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const APPLICANTS = ['new', 'returning'] as const;
export type Applicant = (typeof APPLICANTS)[number];

/** What each kind of unit is called, in each language: the same words in every report and form. */
export const UNIT_KIND_NAMES: Record<Lang, Record<UnitKind, string>> = {
  th: { 'district-office': 'สำนักงานเขต', 'department-unit': 'หน่วยงานสังกัดสำนัก', other: 'หน่วยงานอื่น' },
  en: { 'district-office': 'district office', 'department-unit': 'department unit', other: 'other unit' },
};
