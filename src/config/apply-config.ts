import type { CheckFlags } from '../cli/commands/check.js';
import { findRoundConfig } from './round-config.js';

/**
 * The check's options with a round's config file under them: what the command line says wins
 * (--edition or --criteria over the file's, --strict on if either says so), and the file's
 * reports are written besides those of --report. Without a config file, the flags as given.
 */
export function withRoundConfig(
  flags: CheckFlags,
  folders: readonly string[],
): { flags: CheckFlags; window?: { opens: string; closes: string } } {
  const config = findRoundConfig(flags.config, folders, flags.lang);
  if (!config) return { flags };
  const criteria = flags.edition === undefined && flags.criteria === undefined ? config.criteria : flags.criteria;
  const edition = flags.edition === undefined && flags.criteria === undefined ? config.edition : flags.edition;
  // a watch is for one person at a screen: the round's report files are for a batch run
  const reports = flags.watch ? [] : config.reports.map(({ format, file }) => `${format}=${file}`);
  return {
    flags: {
      ...flags,
      ...(criteria !== undefined ? { criteria } : {}),
      ...(edition !== undefined ? { edition } : {}),
      ...(flags.strict || config.strict ? { strict: true } : {}),
      ...(reports.length > 0 ? { report: [...reports, ...(flags.report ?? [])] } : {}),
    },
    ...(config.window ? { window: config.window } : {}),
  };
}
