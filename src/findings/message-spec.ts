import type { UnitKind } from '../criteria/unit-kinds.js';
import type { GroupId } from '../criteria/catalogue-schema.js';
import type { Lang } from '../lang.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The words of the catalogue in the language of the report. A finding holds ids (a group, a kind
 * of unit); its text looks their names up here, so an English report never shows a Thai title.
 */
export interface Names {
  /** a group's title: "Quality criteria, basic" */
  group: (id: GroupId) => string;
  /** a kind of unit: "district office" */
  kind: (id: UnitKind) => string;
  /** who must sign the readiness form of a kind of unit */
  signer: (kind: UnitKind) => string;
  /** what an attachment may be: "PDF or JPEG, at most 5 MB" */
  attachments: string;
}

interface MessageText<A> {
  /** what is wrong, in one sentence */
  text: (args: A, names: Names) => string;
  /** how to put it right */
  fix?: (args: A, names: Names) => string;
}

/** What a code means beyond its text: how the verdict, --strict and the exit code treat it. */
interface MessageFlags {
  /** about the calendar, not the application: --strict does not count it */
  notTheApplications?: true;
  /** gecc itself failed: the run exits 2, whatever else it found */
  internalFault?: true;
  /**
   * said of a file because of this machine at this moment (a time or memory limit, a missing
   * decoder), not because of its bytes: such a verdict is never kept in the cache
   */
  transient?: true;
}

/** Every finding code has a default severity and a text in every language: a gap fails to compile. */
export type MessageSpec<A> = { severity: Severity } & MessageFlags & { [L in Lang]: MessageText<A> };

/** Declares one message; the type parameter is the shape of the finding's `args`. */
export function message<A extends object = Record<never, never>>(spec: MessageSpec<A>): MessageSpec<A> {
  return spec;
}

export function formatMegabytes(bytes: number): string {
  return typeof bytes === 'number' ? (bytes / 1_048_576).toFixed(2) : String(bytes);
}
