import path from 'node:path';
import type { CheckReport } from '../result.js';

/**
 * Every file a check read or looked for, as a path to it: each application's answers file and
 * the attachments its answers name (the readiness form's among them), found or not.
 */
export function filesRead(report: CheckReport): string[] {
  return report.applications.flatMap((app) => [
    ...(app.answersFile ? [path.resolve(app.path, app.answersFile)] : []),
    ...app.attachments.map((attachment) => path.resolve(app.path, attachment.path)),
  ]);
}
