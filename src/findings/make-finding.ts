import type { Finding, FindingTarget } from './finding.js';
import { type FindingArgs, type FindingCode, MESSAGES } from './messages.js';

/** Where a finding points, beside its code and arguments. */
export interface FindingPlace {
  item?: FindingTarget;
  file?: string;
  line?: number;
  column?: number;
}

/** The finding of one code: its `args` are that code's, never another's. */
export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;

/**
 * Makes a finding with the severity its message states, so that a rule cannot say an error is
 * a warning in one place and an error in another.
 */
export function finding<C extends FindingCode>(code: C, args: FindingArgs[C], place: FindingPlace = {}): FindingOf<C> {
  return { code, severity: MESSAGES[code].severity, args, ...place } as unknown as FindingOf<C>;
}
