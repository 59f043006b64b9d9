import type { z } from 'zod';
import type { Catalogue, GroupId } from '../criteria/catalogue-schema.js';
import { GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Finding } from '../findings/finding.js';
import { allowedKeys, fieldKindOf, schemaAt } from './answers-schema.js';
import type { Locator, YamlPath } from './locate.js';
import { closest } from './suggest.js';
import { hasVisibleText } from './decode-text.js';
import { finding } from '../findings/make-finding.js';

/**
 * Turns zod's issues into findings with positions. Returns also the paths that were invalid, so
 * that the rules do not report the same field a second time as "missing".
 */
export function schemaFindings(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  catalogue: Catalogue,
  locator: Locator,
): ShapeFindings {
  const findings: Finding[] = [];
  const invalidPaths = new Set<string>();
  const standIns = new Map<string, YamlPath>();
  for (const issue of flatten(issues)) {
    const path = issue.path as YamlPath;
    const field = path.join('.');
    const value = valueAt(data, path);
    const target = targetOf(path);
    const where = (p: YamlPath, which: 'key' | 'value' = 'value') => locator.at(p, which) ?? {};
    if (issue.code === 'unrecognized_keys') {
      const cut = textCutAtComma(issue.keys, path, data, locator);
      if (cut) findings.push(cut);
      for (const key of issue.keys) {
        if (cut && valueAt(data, [...path, key]) === null) continue;
        const finding = unknownKeyFinding(key, path, data, schema, catalogue);
        const standIn = 'standIn' in finding.args && finding.args.standIn ? finding.args.suggestion : undefined;
        if (standIn) standIns.set([...path, standIn].join('.'), [...path, key]);
        findings.push({ ...targetOf([...path, standIn ?? key]), ...finding, ...where([...path, key], 'key') });
      }
      continue;
    }
    invalidPaths.add(field);
    const fieldKind = fieldKindOf(schemaAt(schema, path));
    // a blank (`name:` with nothing after it) is null in YAML: not given yet, like a missing line
    const blank = value === undefined || value === null || (typeof value === 'string' && !hasVisibleText(value));
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_format') && blank) {
      findings.push(finding('answers.missing-field', { field }, { ...target, ...where(path, value === null ? 'key' : 'value') }));
    } else if (field === 'unit.contact.phone' && typeof value === 'number') {
      findings.push(finding('unit.phone-not-quoted', { value: String(value) }, { ...target, ...where(path) }));
    } else if (issue.code === 'invalid_value' || (fieldKind === 'yes-no' && isScalarValue(value))) {
      const allowed = issue.code === 'invalid_value' ? issue.values.map(String).join(', ') : 'มี, ไม่มี';
      findings.push(finding('answers.invalid-choice', { field, value: String(value), allowed }, { ...target, ...where(path) }));
    } else if (issue.code === 'too_small' && typeof value === 'number') {
      findings.push(finding('answers.negative-number', { field }, { ...target, ...where(path) }));
    } else if (typeof value === 'number' && !Number.isInteger(value)) {
      findings.push(finding('answers.wrong-type', { field, expected: 'whole-number' }, { ...target, ...where(path) }));
    } else if (fieldKind) {
      findings.push(finding('answers.wrong-type', { field, expected: fieldKind }, { ...target, ...where(path) }));
    } else {
      findings.push(finding('answers.invalid', { field, detail: issue.message }, { ...target, ...where(path) }));
    }
  }
  const shape = { findings, invalidPaths, standIns, data };
  return { ...shape, findings: withoutStandInMisses(findings, shape, catalogue) };
}

export interface ShapeFindings {
  findings: Finding[];
  /** paths (joined with ".") whose value was of the wrong shape: already reported */
  invalidPaths: Set<string>;
  /**
   * paths (joined with ".") the unit wrote under a misspelt key ("physcial:", "B5:"): the misspelling
   * is the one finding; what is missing because of it is not listed again one by one
   */
  standIns: Map<string, YamlPath>;
  data?: unknown;
}

/** What the rules report as missing only because its key was misspelt. */
const MISSING_CODES: ReadonlySet<string> = new Set([
  'answers.missing-field',
  'physical.missing',
  'item.missing',
  'item.returning-missing',
  'readiness.missing',
  'unit.contact-missing',
]);

function underStandIn(
  finding: Finding,
  standIns: ReadonlyMap<string, YamlPath>,
  catalogue: Catalogue,
  files: ReadonlySet<string>,
): boolean {
  if (finding.code === 'file.unreferenced') return files.has(finding.args.path);
  if (standIns.size === 0 || !MISSING_CODES.has(finding.code) || !finding.item) return false;
  if (
    finding.code === 'answers.missing-field' &&
    [...standIns.keys()].some((p) => finding.args.field === p || finding.args.field.startsWith(`${p}.`))
  )
    return true;
  const group = GROUP_IDS.find((g) => catalogue.groups[g].items.some((i) => i.id === finding.item));
  return standIns.has(finding.item) || (group !== undefined && (standIns.has(group) || standIns.has(`${group}.${finding.item}`)));
}

/** The rules' findings, without the "missing" ones that only repeat a misspelt key. */
export function withoutStandInMisses(findings: Finding[], shape: ShapeFindings, catalogue: Catalogue): Finding[] {
  if (shape.standIns.size === 0) return findings;
  // the files named under the misspelt key are not "in the folder but named nowhere"
  const files = new Set([...shape.standIns.values()].flatMap((written) => fileNames(valueAt(shape.data, written))));
  return findings.filter((f) => !underStandIn(f, shape.standIns, catalogue, files));
}

function fileNames(value: unknown, underFiles = false): string[] {
  if (typeof value === 'string') return underFiles ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => fileNames(v, underFiles));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => fileNames(v, k === 'files' || k === 'file'));
}

/**
 * `{ text: วิเคราะห์ผล, ปรับเวลา, files: … }`: inside braces a comma ends the text, and what follows
 * reads as a key without a value. One finding for the cut text, at the first piece cut off.
 */
function textCutAtComma(keys: readonly string[], path: YamlPath, data: unknown, locator: Locator): Finding | undefined {
  if (!locator.isFlowMap(path)) return undefined;
  const map = valueAt(data, path);
  if (map === null || typeof map !== 'object') return undefined;
  const order = Object.keys(map);
  const piece = keys.find((k) => (map as Record<string, unknown>)[k] === null && order.indexOf(k) > 0);
  if (piece === undefined) return undefined;
  const key = order[order.indexOf(piece) - 1]!;
  const position = locator.at([...path, piece], 'key');
  return finding('yaml.comma-in-braces', { line: position?.line ?? 0, key, rest: piece }, { ...targetOf(path), ...position });
}

/** zod reports a failed union as one issue holding each option's issues: keep the first option's. */
function flatten(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const typeMismatch = issue.errors.every((option) => option.every((i) => i.code === 'invalid_type' || i.code === 'invalid_value'));
    return typeMismatch ? [{ ...issue, code: 'invalid_type', expected: 'string', path: issue.path } as z.core.$ZodIssue] : [issue];
  });
}

function unknownKeyFinding(key: string, path: YamlPath, data: unknown, schema: z.ZodType, catalogue: Catalogue): Finding {
  const allowed = allowedKeys(schemaAt(schema, path));
  const group = path.length === 1 ? (GROUP_IDS as readonly string[]).find((g) => g === path[0]) : undefined;
  if (group) {
    const groupId = group as GroupId;
    const ids = catalogue.groups[groupId].items.map((i) => i.id);
    const belongsTo = GROUP_IDS.find((g) => g !== groupId && catalogue.groups[g].items.some((i) => i.id === key));
    const suggestion = belongsTo ? undefined : closest(key, ids);
    return finding('answers.unknown-item', {
      key,
      group: groupId,
      suggestion,
      standIn: suggestion !== undefined && valueAt(data, [...path, suggestion]) === undefined,
      range: `${ids[0]}–${ids[ids.length - 1]}`,
      belongsTo,
    });
  }
  const suggestion = closest(key, allowed);
  // a misspelt heading of a section gecc reads: its answers are not read until it is put right
  const standIn = suggestion !== undefined && suggestion !== '$schema' && valueAt(data, [...path, suggestion]) === undefined;
  const meant = path.length === 0 && standIn ? GROUP_IDS.find((g) => g === suggestion) : undefined;
  return finding('answers.unknown-key', {
    key,
    where: path.join('.'),
    suggestion,
    standIn,
    ...(meant ? { items: catalogue.groups[meant].items.length } : {}),
    allowed: allowed.filter((k) => k !== '$schema').join(', '),
  });
}

function isScalarValue(value: unknown): boolean {
  return value !== null && value !== undefined && typeof value !== 'object';
}

export function valueAt(data: unknown, path: YamlPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** The item (catalogue id) or section a path of the answers concerns. */
function targetOf(path: YamlPath): { item?: string } {
  const [section, id] = path;
  if (section === 'unit' || section === 'readiness_form') return { item: section };
  if ((GROUP_IDS as readonly unknown[]).includes(section) && typeof id === 'string') return { item: id };
  return {};
}
