import type { Lang } from '../../lang.js';
import type { FormatName } from '../../report/format-names.js';

/** What `gecc check` was told on its command line (and a round's config file adds to it). */
export interface CheckFlags {
  format: FormatName;
  output?: string;
  report?: string[];
  summaryOnly?: boolean;
  concurrency?: string;
  strict?: boolean;
  edition?: string;
  lang: Lang;
  now?: string;
  criteria?: string;
  color?: boolean;
  ascii?: boolean;
  watch?: boolean;
  /** false with --no-cache */
  cache?: boolean;
  wide?: boolean;
  config?: string;
}
