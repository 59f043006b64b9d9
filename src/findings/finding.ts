import type { Severity } from './message-spec.js';
import type { FindingArgs, FindingCode } from './messages.js';

/** Where a finding points: an item of the catalogue, or a section of application.yaml. */
export type FindingTarget = string;

/**
 * A problem (or a note) found in one application: plain data. Texts are made from `code` and
 * `args` by the reporters, in the language the user asked for.
 */
export type Finding = {
  [C in FindingCode]: {
    code: C;
    severity: Severity;
    args: FindingArgs[C];
    item?: FindingTarget;
    /** relative to the application folder, with forward slashes */
    file?: string;
    /** 1-based, in application.yaml */
    line?: number;
    column?: number;
  };
}[FindingCode];

export interface Position {
  line: number;
  column: number;
}
