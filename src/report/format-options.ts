import type { Lang } from '../lang.js';

/** How a reporter writes a report: the choices of the person who asked for it. */
export interface FormatOptions {
  lang: Lang;
  /** colours (human only); the CLI decides from the terminal and NO_COLOR, files never get them */
  color: boolean;
  /** human: only the summary table, not every application's report */
  summaryOnly?: boolean;
  /** human: plain ASCII marks instead of ✔ ✖ ⚠ */
  ascii?: boolean;
  /** html: when the report was made, printed on it; csv: written in every row */
  generatedAt?: Date;
  /** human: the full summary table, however wide (by default it fits 100 columns) */
  wide?: boolean;
}
