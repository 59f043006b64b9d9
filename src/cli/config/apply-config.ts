import type { CheckFlags } from '../commands/check-flags.js';
import { roundConfigFile } from './round-config-file.js';

/**
 * The check's options with a round's config file under them: what the command line says wins
 * (--edition or --criteria over the file's, --strict on if either says so), and the file's
 * reports are written besides those of --report. Without a config file, the flags as given.
 */
export async function withRoundConfig(
  flags: CheckFlags,
  folders: readonly string[],
): Promise<{ flags: CheckFlags; window?: { opens: string; closes: string } }> {
  const file = roundConfigFile(flags.config, folders, flags.lang);
  if (file === undefined) return { flags };
  // the reader (with its YAML parser and schema) only when there is a file: most runs have none
  const { readRoundConfig } = await import('./round-config.js');
  const config = readRoundConfig(file, flags.lang);
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
