import type { Target } from '../check-targets.js';
import type { Lang } from '../lang.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/format-names.js';
import type { FormatOptions } from '../report/format-options.js';
import type { CheckReport } from '../result.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import { UsageError } from './cli-io.js';
import { comparablePath, refuseOutputInside, writeOutputFile } from './output-file.js';

interface ReportFile {
  format: FormatName;
  /** as the user wrote it (for messages) */
  file: string;
}

/** Where the reports of one run go: at most one format to stdout, any number to files. */
export interface OutputPlan {
  stdout?: FormatName;
  files: ReportFile[];
}

/** commander's collector for the repeatable --report option */
export const collectReport = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Reads --format, --output and every --report into a plan, and refuses (exit 2, before any
 * check runs) a bad --report, a file named twice, or a file inside an application folder.
 */
export function planOutputs(
  flags: { format: FormatName; output?: string; report?: string[] },
  targets: readonly Target[],
  lang: Lang,
): OutputPlan {
  const text = BATCH_CLI_TEXT[lang];
  const files: ReportFile[] = [];
  if (flags.output !== undefined && flags.output.trim() === '') throw new UsageError(text.emptyOutput);
  if (flags.output !== undefined) files.push({ format: flags.format, file: flags.output });
  for (const spec of flags.report ?? []) {
    const at = spec.indexOf('=');
    const format = spec.slice(0, at).trim();
    const file = spec.slice(at + 1);
    if (at < 1 || !isFormatName(format) || file.trim() === '') throw new UsageError(text.badReport(spec, FORMAT_NAMES.join(', ')));
    files.push({ format, file });
  }

  const seen = new Set<string>();
  for (const { file } of files) {
    const real = comparablePath(file);
    if (seen.has(real)) throw new UsageError(text.sameFileTwice(file));
    seen.add(real);
    refuseOutputInside(file, targets, lang);
  }
  return { ...(flags.output === undefined ? { stdout: flags.format } : {}), files };
}

/**
 * Renders every planned report once and writes the files, making their folders as needed.
 * Returns what to tell the user on stderr: where each file went.
 */
export async function writeReportFiles(
  plan: OutputPlan,
  report: CheckReport,
  options: Omit<FormatOptions, 'color'>,
  lang: Lang,
): Promise<string> {
  if (plan.files.length === 0) return '';
  const { REPORT_FORMATS } = await import('../report/formats.js');
  const written: string[] = [];
  for (const { format, file } of plan.files) {
    const render = await REPORT_FORMATS[format]();
    written.push(writeOutputFile(file, render(report, { ...options, color: false }), lang));
  }
  return written.join('');
}
