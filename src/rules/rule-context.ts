import type { AttachmentInspector } from '../attachments/attachment-inspector.js';
import { NO, YES } from '../answers/answers-schema.js';
import type { Applicant, UnitKind } from '../criteria/unit-kinds.js';
import type { Locator, YamlPath } from '../answers/locate.js';
import { valueAt } from '../answers/schema-findings.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';

/** What every rule gets: the answers (raw, already checked for shape), where they stand, and a sink. */
export class RuleContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly catalogue: Catalogue,
    readonly data: Record<string, unknown>,
    readonly locator: Locator,
    /** paths (joined with ".") whose value was of the wrong shape: already reported */
    private readonly invalidPaths: Set<string>,
    readonly attachments: AttachmentInspector,
    readonly applicant: Applicant,
    readonly unitKind: UnitKind | undefined,
  ) {}
  // no moment of the check here: a result is kept and recalled by the folder's bytes alone, and
  // the only finding about the moment (the application window) is made apart (check-application.ts)

  /** Adds a finding, placed at `path` in application.yaml unless it has a place already. */
  report(finding: Finding, path?: YamlPath, target: 'key' | 'value' = 'key'): void {
    const position = finding.line === undefined && path ? this.locator.at(path, target) : undefined;
    this.findings.push({ ...finding, ...position });
  }

  value(path: YamlPath): unknown {
    return valueAt(this.data, path);
  }

  isInvalid(path: YamlPath): boolean {
    return this.invalidPaths.has(path.join('.'));
  }

  /** The value at `path` when it is of the expected shape; undefined when absent or already reported. */
  text(path: YamlPath): string | undefined {
    const value = this.value(path);
    return typeof value === 'string' && !this.isInvalid(path) ? value : undefined;
  }
}

export function isYes(value: unknown): boolean {
  return value === true || value === YES;
}

export function isNo(value: unknown): boolean {
  return value === false || value === NO;
}
