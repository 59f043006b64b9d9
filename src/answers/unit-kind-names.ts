import type { Applicant, UnitKind } from '../criteria/unit-kinds.js';

/**
 * The Thai words units write for `kind:` instead of the id, from the application steps (สังกัดสำนัก,
 * สำนักงานเขต) and the names gecc itself prints. The id stays what reports and the JSON say.
 */
const UNIT_KIND_LABELS: Record<UnitKind, readonly string[]> = {
  'district-office': ['สำนักงานเขต', 'เขต', 'สนง.เขต'],
  'department-unit': ['หน่วยงานสังกัดสำนัก', 'หน่วยงานในสังกัดสำนัก', 'สังกัดสำนัก', 'สำนัก'],
  other: ['หน่วยงานอื่น', 'อื่น', 'อื่นๆ'],
};

/**
 * The words for `applicant:`: the application steps call a unit certified before ลูกค้าเก่า (also
 * misspelt ลูกค้ำเก่า there, so copies of it carry the slip) and one never certified ลูกค้าใหม่.
 */
const APPLICANT_LABELS: Record<Applicant, readonly string[]> = {
  new: ['หน่วยงานใหม่', 'ผู้สมัครใหม่', 'ลูกค้าใหม่', 'รายใหม่', 'ใหม่'],
  returning: [
    'ลูกค้าเก่า',
    'ลูกค้ำเก่า',
    'ลูกค้าเดิม',
    'ผู้สมัครเดิม',
    'หน่วยงานเดิม',
    'รายเดิม',
    'เคยได้รับการรับรอง',
    'เคยได้รับการรับรองแล้ว',
    'หน่วยงานที่เคยได้รับการรับรอง',
  ],
};

/** One spelling for comparing: case, spaces, "_" and "-" do not matter ("District office", "อื่น ๆ"). */
const key = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[\s_\-ๆ]+/g, '');

function lookup<T extends string>(labels: Record<T, readonly string[]>, value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = key(value);
  if (wanted === '') return undefined;
  for (const [id, words] of Object.entries(labels) as [T, readonly string[]][]) {
    if (key(id) === wanted || words.some((w) => key(w) === wanted)) return id;
  }
  return undefined;
}

/** The kind id a written `kind:` stands for: the id itself, or one of its Thai words. */
export const unitKindOf = (value: unknown): UnitKind | undefined => lookup(UNIT_KIND_LABELS, value);
export const applicantOf = (value: unknown): Applicant | undefined => lookup(APPLICANT_LABELS, value);

/** The canonical Thai words, for an editor to accept beside the ids. */
export const UNIT_KIND_WORDS = Object.values(UNIT_KIND_LABELS).map((words) => words[0]!);
export const APPLICANT_WORDS = Object.values(APPLICANT_LABELS).map((words) => words[0]!);

/**
 * `kind:` and `applicant:` written as Thai words (or with other spacing or case) become their ids
 * before the answers are checked: the unit meant the same, and every rule and report reads ids.
 */
export function readUnitChoices(data: Record<string, unknown>): void {
  const unit = data.unit;
  if (unit === null || typeof unit !== 'object' || Array.isArray(unit)) return;
  const fields = unit as Record<string, unknown>;
  const kind = unitKindOf(fields.kind);
  if (kind) fields.kind = kind;
  const applicant = applicantOf(fields.applicant);
  if (applicant) fields.applicant = applicant;
}
