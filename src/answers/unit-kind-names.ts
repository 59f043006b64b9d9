import type { Lang } from '../findings/message-spec.js';
import type { UnitKind } from './answers-schema.js';

/** What each kind of unit is called, in each language: the same words in every report and form. */
export const UNIT_KIND_NAMES: Record<Lang, Record<UnitKind, string>> = {
  th: { 'district-office': 'สำนักงานเขต', 'department-unit': 'หน่วยงานสังกัดสำนัก', other: 'หน่วยงานอื่น' },
  en: { 'district-office': 'district office', 'department-unit': 'department unit', other: 'other unit' },
};
