import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../check-targets.js';
import type { Lang } from '../findings/message-spec.js';
import { FORMAT_NAMES, isFormatName, REPORT_FORMATS, type FormatName, type FormatOptions } from '../report/formats.js';
import type { CheckReport } from '../result.js';
import { BATCH_CLI_TEXT } from './batch-cli-text.js';
import { UsageError } from './cli-io.js';

export interface ReportFile {
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

  const folders = targets.map((target) => ({ display: target.display, real: comparable(realOrResolved(target.dir)) }));
  const seen = new Set<string>();
  for (const { file } of files) {
    const real = comparable(realOrResolved(file));
    if (seen.has(real)) throw new UsageError(text.sameFileTwice(file));
    seen.add(real);
    const inside = folders.find((folder) => real === folder.real || real.startsWith(folder.real.endsWith(path.sep) ? folder.real : folder.real + path.sep));
    if (inside) throw new UsageError(text.reportInsideApplication(file, inside.display));
  }
  return { ...(flags.output === undefined ? { stdout: flags.format } : {}), files };
}

/**
 * Renders every planned report once and writes the files, making their folders as needed.
 * Returns what to tell the user on stderr: where each file went.
 */
export function writeReportFiles(plan: OutputPlan, report: CheckReport, options: Omit<FormatOptions, 'color'>, lang: Lang): string {
  let told = '';
  for (const { format, file } of plan.files) {
    const content = REPORT_FORMATS[format](report, { ...options, color: false });
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, content, 'utf8');
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(BATCH_CLI_TEXT[lang].cannotWrite(file, detail));
    }
    told += `${BATCH_CLI_TEXT[lang].written(file)}\n`;
  }
  return told;
}

/**
 * The real path of a file that may not exist yet: the real path of its nearest existing
 * folder, then the rest as written. Symbolic links cannot smuggle a report into a folder.
 */
function realOrResolved(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return absolute;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return absolute;
  }
}

/** Windows and macOS folders ignore case by default: compare paths as the file system would. */
const comparable = (file: string): string => (process.platform === 'win32' || process.platform === 'darwin' ? file.toLowerCase() : file);
