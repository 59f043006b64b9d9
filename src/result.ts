import type { AttachmentReport } from './attachments/attachment-report.js';
import type { Catalogue, GroupId } from './criteria/catalogue-schema.js';
import type { Finding } from './findings/finding.js';

export interface GroupScore {
  score: number;
  max: number;
  /** null where the edition publishes no threshold for the group */
  required: number | null;
}

export interface Scores {
  physical: { met: number; total: number };
  basic: GroupScore;
  advanced: GroupScore;
  outcome: GroupScore;
  total: { score: number; max: number; pass: number | null; level: string | null };
}

export type ItemState = 'complete' | 'incomplete' | 'answered-no' | 'not-answered';

export interface ItemOutcome {
  id: string;
  group: GroupId;
  state: ItemState;
  /** points counted towards the group (0 unless complete) */
  points: number;
  /** the self-assessed score as written, if any */
  claimed?: number;
  answer?: string;
  text?: string;
  /** the attachment references as written */
  files: string[];
  /**
   * Each of `files` as the core resolved it, in the same order: the `path` of its entry in
   * `ApplicationResult.attachments`. Reporters find a file's inspection by this, never by tidying
   * what was written again ("files/./x.pdf" and "files/x.pdf" are one file).
   */
  attachments?: string[];
}

export interface ApplicationResult {
  /** the folder as the user named it */
  path: string;
  edition: string;
  catalogue: Catalogue;
  unit: { name?: string; kind?: string; parent?: string; applicant?: string };
  /** the unit's contact person, as written (kept out of `unit`, which the JSON report shows) */
  contact?: { name?: string; phone?: string; email?: string };
  /** who signs the readiness self-assessment form, as written in the answers */
  readinessForm?: { file?: string; signer?: string; signerPosition?: string };
  ready: boolean;
  disqualified: boolean;
  scores: Scores;
  findings: Finding[];
  items: ItemOutcome[];
  attachments: AttachmentReport[];
  /** which answers file was read, relative to the folder */
  answersFile?: string;
}

export interface CheckReport {
  applications: ApplicationResult[];
  summary: { applications: number; ready: number; notReady: number };
}
