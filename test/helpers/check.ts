/** Runs the real checker over a real folder built from a spec. */
import { checkApplication } from '../../src/check-application.js';
import type { CheckRun } from '../../src/run/check-run.js';
import type { CheckOptions } from '../../src/run/check-settings.js';
import type { Finding } from '../../src/findings/finding.js';
import type { FindingCode } from '../../src/findings/messages.js';
import type { ApplicationResult } from '../../src/result.js';
import { tempDir, writeApplication, type AppSpec, type WriteApplicationOptions } from './application.js';

/** A moment inside the 2566 window, so that no window warning mixes into the findings. */
export const IN_WINDOW = new Date('2023-02-01T09:00:00+07:00');

export async function checkSpec(
  spec: AppSpec,
  write: WriteApplicationOptions = {},
  options: CheckOptions = {},
  run?: CheckRun,
): Promise<ApplicationResult> {
  const dir = writeApplication(tempDir(), spec, write);
  return checkApplication(dir, { now: IN_WINDOW, ...options }, run);
}

/** Findings that need attention (errors and warnings), without the window note. */
export function problems(result: ApplicationResult): Finding[] {
  return result.findings.filter((f) => f.severity !== 'info');
}

/**
 * A PDF time limit as a test about what follows from one sees it: reached by the reading thread's
 * work (pdf.timeout), or, on a machine too busy to tell, by the clock (pdf.too-slow).
 */
export const timeLimit = (code: string): string => (code === 'pdf.too-slow' ? 'pdf.timeout' : code);

export function codes(result: ApplicationResult): string[] {
  return problems(result).map((f) => f.code);
}

/** The one finding with this code, failing loudly when there is none or several. */
export function only<C extends FindingCode>(result: ApplicationResult, code: C): Extract<Finding, { code: C }> {
  const found = result.findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);
  if (found.length !== 1)
    throw new Error(`expected one ${code}, got ${found.length}: ${JSON.stringify(result.findings.map((f) => f.code))}`);
  return found[0]!;
}
