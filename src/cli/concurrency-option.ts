import { availableParallelism } from 'node:os';
import type { Lang } from '../lang.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import { UsageError } from './cli-io.js';

/**
 * The most applications (and PDF threads) at once: 4 per core, never more than 16. Each PDF
 * thread may hold up to 160 MB while it reads, so `-j 1000` would ask for GBs and only make the
 * threads wait on the cores; past a few per core nothing goes faster.
 */
export function maxConcurrency(cores: number = availableParallelism()): number {
  return Math.min(16, Math.max(4, 4 * Math.max(1, Math.floor(cores))));
}

/** --concurrency as a whole number from 1 to maxConcurrency(); anything else is refused (exit 2). */
export function parseConcurrency(value: string | undefined, lang: Lang, cores: number = availableParallelism()): number | undefined {
  if (value === undefined) return undefined;
  const max = maxConcurrency(cores);
  // digits only, and short: a 20-digit number is not a count of threads
  const number = /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 1 && number <= max)) throw new UsageError(BATCH_CLI_TEXT[lang].badConcurrency(value, max, cores));
  return number;
}
