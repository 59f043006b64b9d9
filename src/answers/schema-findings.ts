import type { z } from 'zod';
import type { Catalogue, GroupId } from '../criteria/catalogue-schema.js';
import { GROUP_IDS } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import { allowedKeys, fieldKindOf, schemaAt } from './answers-schema.js';
import type { Locator, YamlPath } from './locate.js';
import { closest } from './suggest.js';

/** Thai names of the fields a user may leave out, for "missing" findings. */
const FIELD_LABELS: Record<string, string> = {
  unit: 'ข้อมูลหน่วยงาน',
  'unit.name': 'ชื่อหน่วยงาน',
  'unit.kind': 'ประเภทหน่วยงาน',
  'unit.applicant': 'ประเภทผู้สมัคร (หน่วยงานใหม่/เคยได้รับการรับรอง)',
  'readiness_form.file': 'ไฟล์แบบประเมินความพร้อมที่ลงนามแล้ว',
  'readiness_form.signer': 'ชื่อผู้ลงนามแบบประเมินความพร้อม',
  'readiness_form.signer_position': 'ตำแหน่งผู้ลงนามแบบประเมินความพร้อม',
};

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
): { findings: Finding[]; invalidPaths: Set<string> } {
  const findings: Finding[] = [];
  const invalidPaths = new Set<string>();
  for (const issue of flatten(issues)) {
    const path = issue.path as YamlPath;
    const field = path.join('.');
    const value = valueAt(data, path);
    const target = targetOf(path);
    const where = (p: YamlPath, which: 'key' | 'value' = 'value') => locator.at(p, which) ?? {};
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push({ ...unknownKeyFinding(key, path, schema, catalogue), ...targetOf([...path, key]), ...where([...path, key], 'key') });
      }
      continue;
    }
    invalidPaths.add(field);
    const fieldKind = fieldKindOf(schemaAt(schema, path));
    // a blank (`name:` with nothing after it) is null in YAML: not given yet, like a missing line
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_format') && blank) {
      findings.push({
        code: 'answers.missing-field',
        severity: 'error',
        args: { field, label: FIELD_LABELS[field] ?? field },
        ...target,
        ...where(path, value === null ? 'key' : 'value'),
      });
    } else if (field === 'unit.contact.phone' && typeof value === 'number') {
      findings.push({ code: 'unit.phone-not-quoted', severity: 'error', args: { value: String(value) }, ...target, ...where(path) });
    } else if (issue.code === 'invalid_value' || (fieldKind === 'yes-no' && isScalarValue(value))) {
      const allowed = issue.code === 'invalid_value' ? issue.values.map(String).join(', ') : 'มี, ไม่มี';
      findings.push({
        code: 'answers.invalid-choice',
        severity: 'error',
        args: { field, value: String(value), allowed },
        ...target,
        ...where(path),
      });
    } else if (issue.code === 'too_small' && typeof value === 'number') {
      findings.push({ code: 'answers.negative-number', severity: 'error', args: { field }, ...target, ...where(path) });
    } else if (typeof value === 'number' && !Number.isInteger(value)) {
      findings.push({
        code: 'answers.wrong-type',
        severity: 'error',
        args: { field, expected: 'whole-number' },
        ...target,
        ...where(path),
      });
    } else if (fieldKind) {
      findings.push({ code: 'answers.wrong-type', severity: 'error', args: { field, expected: fieldKind }, ...target, ...where(path) });
    } else {
      findings.push({ code: 'answers.invalid', severity: 'error', args: { field, detail: issue.message }, ...target, ...where(path) });
    }
  }
  return { findings, invalidPaths };
}

/** zod reports a failed union as one issue holding each option's issues: keep the first option's. */
function flatten(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const typeMismatch = issue.errors.every((option) => option.every((i) => i.code === 'invalid_type' || i.code === 'invalid_value'));
    return typeMismatch ? [{ ...issue, code: 'invalid_type', expected: 'string', path: issue.path } as z.core.$ZodIssue] : [issue];
  });
}

function unknownKeyFinding(key: string, path: YamlPath, schema: z.ZodType, catalogue: Catalogue): Finding {
  const allowed = allowedKeys(schemaAt(schema, path));
  const group = path.length === 1 ? (GROUP_IDS as readonly string[]).find((g) => g === path[0]) : undefined;
  if (group) {
    const groupId = group as GroupId;
    const ids = catalogue.groups[groupId].items.map((i) => i.id);
    const belongsTo = GROUP_IDS.find((g) => g !== groupId && catalogue.groups[g].items.some((i) => i.id === key));
    return {
      code: 'answers.unknown-item',
      severity: 'error',
      args: {
        key,
        group: groupId,
        suggestion: belongsTo ? undefined : closest(key, ids),
        range: `${ids[0]}–${ids[ids.length - 1]}`,
        belongsTo,
      },
    };
  }
  return {
    code: 'answers.unknown-key',
    severity: 'error',
    args: {
      key,
      where: path.join('.'),
      suggestion: closest(key, allowed),
      allowed: allowed.filter((k) => k !== '$schema').join(', '),
    },
  };
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
export function targetOf(path: YamlPath): { item?: string } {
  const [section, id] = path;
  if (section === 'unit' || section === 'readiness_form') return { item: section };
  if ((GROUP_IDS as readonly unknown[]).includes(section) && typeof id === 'string') return { item: id };
  return {};
}
