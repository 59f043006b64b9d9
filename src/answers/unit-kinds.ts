// apart from the answers' schema: the command line names these choices without loading the schema
export const UNIT_KINDS = ['district-office', 'department-unit', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const APPLICANTS = ['new', 'returning'] as const;
export type Applicant = (typeof APPLICANTS)[number];
