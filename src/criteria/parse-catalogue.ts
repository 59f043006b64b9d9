import { GROUP_IDS, GROUP_PREFIX, SCORED_GROUP_IDS } from './catalogue-groups.js';
import { type Catalogue, catalogueSchema } from './catalogue-schema.js';
import { CatalogueError, readCatalogueJson } from './load-catalogue.js';
import { groupMaxPoints } from './points.js';

// apart from loading gecc's own editions: checking a catalogue needs the schema's library, which
// a check with a shipped edition does not load

/** A catalogue of the user's own: every field is checked before it is used. */
export function loadCatalogueFile(file: string): Catalogue {
  return parseCatalogue(readCatalogueJson(file), file);
}

/** Validates a catalogue's shape, then that its numbers add up. */
export function parseCatalogue(data: unknown, source: string): Catalogue {
  const legacy = legacySignerPatterns(data);
  if (legacy.length > 0) throw new CatalogueError(source, legacy);
  const parsed = catalogueSchema().safeParse(data);
  if (!parsed.success) {
    throw new CatalogueError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`),
    );
  }
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) throw new CatalogueError(source, problems);
  return parsed.data;
}

function consistencyProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const sourceIds = new Set(catalogue.sources.map((s) => s.id));
  const checkSource = (where: string, id: string | undefined) => {
    if (id !== undefined && !sourceIds.has(id))
      problems.push(`${where}: ไม่มีแหล่งที่มา "${id}" ใน sources (source "${id}" is not listed in sources)`);
  };
  for (const groupId of GROUP_IDS) {
    const group = catalogue.groups[groupId];
    checkSource(`groups.${groupId}`, group.source);
    for (const item of group.items) {
      if (seen.has(item.id)) problems.push(`groups.${groupId}: รหัสข้อ ${item.id} ซ้ำกัน (item id ${item.id} appears more than once)`);
      seen.add(item.id);
      if (!item.id.startsWith(GROUP_PREFIX[groupId])) {
        problems.push(
          `groups.${groupId}: รหัสข้อ ${item.id} ต้องขึ้นต้นด้วย ${GROUP_PREFIX[groupId]} (item id ${item.id} must start with ${GROUP_PREFIX[groupId]})`,
        );
      }
      checkSource(`groups.${groupId}.${item.id}.titleSource`, item.titleSource);
      if (groupId === 'physical' && item.points !== undefined)
        problems.push(`groups.physical.${item.id}: เกณฑ์ด้านกายภาพไม่มีคะแนน (a physical item carries no points)`);
    }
  }
  for (const groupId of SCORED_GROUP_IDS) {
    const group = catalogue.groups[groupId];
    const { points } = group;
    if (points.kind === 'distribution') {
      const counted = points.parts.reduce((sum, p) => sum + p.count, 0);
      if (counted !== group.items.length) {
        problems.push(
          `groups.${groupId}: การแบ่งคะแนนนับได้ ${counted} ข้อ แต่กลุ่มมี ${group.items.length} ข้อ (the points distribution counts ${counted} items but the group has ${group.items.length})`,
        );
      }
    }
    const given = group.items.flatMap((item) => (item.points === undefined ? [] : [item.points]));
    if (given.length > 0) {
      const allowed = points.kind === 'each' ? [points.points] : points.parts.map((p) => p.points);
      for (const item of group.items) {
        if (item.points !== undefined && !allowed.includes(item.points))
          problems.push(
            `groups.${groupId}.${item.id}.points: คะแนน ${item.points} ไม่ตรงกับคะแนนของกลุ่ม (${item.points} does not fit the group's points: ${allowed.join(', ')})`,
          );
      }
      if (points.kind === 'distribution' && given.length === group.items.length) {
        for (const part of points.parts) {
          const counted = given.filter((p) => p === part.points).length;
          if (counted !== part.count)
            problems.push(
              `groups.${groupId}: ข้อที่มี ${part.points} คะแนนมี ${counted} ข้อ แต่การแบ่งคะแนนบอก ${part.count} (${counted} items carry ${part.points} points but the distribution says ${part.count})`,
            );
        }
      }
    }
    const max = groupMaxPoints(points, group.items.length);
    if (group.required !== undefined && group.required > max) {
      problems.push(
        `groups.${groupId}: คะแนนขั้นต่ำ ${group.required} มากกว่าคะแนนเต็มของกลุ่ม ${max} (required ${group.required} is more than the group's maximum ${max})`,
      );
    }
  }
  if (catalogue.window && Date.parse(catalogue.window.opens) >= Date.parse(catalogue.window.closes)) {
    problems.push('window: วันเปิดรับสมัครต้องมาก่อนวันปิด (opens must be before closes)');
  }
  if (catalogue.attachments.warnBytes > catalogue.attachments.maxBytes) {
    problems.push('attachments: warnBytes ต้องไม่เกิน maxBytes (warnBytes must not exceed maxBytes)');
  }
  for (const level of catalogue.levels ?? []) {
    if (level.min > level.max) problems.push(`levels.${level.id}: min มากกว่า max (min is above max)`);
  }
  return problems;
}

/** `^phrase` and `^phrase(?!more)`: the only shapes of the earlier `pattern` field, read as plain phrases. */
const SIMPLE_PATTERN = /^\^([^\\^$.*+?()[\]{}|]{1,200})(?:\(\?!([^\\^$.*+?()[\]{}|]{1,100})\))?$/u;

/**
 * Catalogues written for earlier versions named the signer by a regular expression. A criteria
 * file is not trusted to hold one (a pattern like (a+)+$ takes years on a long enough text), so
 * `pattern` is read only where it is a plain phrase; anything else is refused with what to write.
 * Converts in place; returns the problems.
 */
function legacySignerPatterns(data: unknown): string[] {
  const signers = (data as { readinessForm?: { signers?: unknown } } | null)?.readinessForm?.signers;
  if (signers === null || typeof signers !== 'object') return [];
  const problems: string[] = [];
  for (const [kind, signer] of Object.entries(signers as Record<string, unknown>)) {
    if (signer === null || typeof signer !== 'object' || !('pattern' in signer)) continue;
    const entry = signer as Record<string, unknown>;
    const { pattern } = entry;
    delete entry.pattern;
    if (entry.positions !== undefined) continue;
    const simple = typeof pattern === 'string' && pattern.length <= 300 ? SIMPLE_PATTERN.exec(pattern) : null;
    if (!simple) {
      problems.push(
        `readinessForm.signers.${kind}.pattern: gecc ไม่ใช้ regular expression ในไฟล์เกณฑ์แล้ว ให้เขียนตำแหน่งที่รับได้เป็นข้อความเต็มใน positions เช่น "positions": ["รองปลัดกรุงเทพมหานคร"] (regular expressions are no longer read from a criteria file: list the accepted positions in full in "positions")`,
      );
      continue;
    }
    entry.positions = [simple[1]!];
    if (simple[2]) entry.excluding = [simple[1]! + simple[2]];
  }
  return problems;
}
