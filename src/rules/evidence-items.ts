import type { ScoredGroupId } from '../criteria/catalogue-schema.js';
import { defaultItemPoints, itemMaxPoints } from '../criteria/points.js';
import type { AttachmentReport } from '../attachments/attachment-report.js';
import type { FindingCode } from '../findings/messages.js';
import type { ItemOutcome } from '../result.js';
import { isNo, type RuleContext } from './rule-context.js';
import { NO, YES } from '../answers/answers-schema.js';
import { hasVisibleText } from '../answers/decode-text.js';
import { finding } from '../findings/make-finding.js';

interface Needs {
  /** a self-assessed score must be given (outcome items) */
  score: boolean;
}

/**
 * An item proven by text and attachments (new units' basic items, advanced and outcome items):
 * complete only with text, at least one usable file and, where asked, a score.
 */
export async function checkEvidenceItem(ctx: RuleContext, group: ScoredGroupId, id: string, needs: Needs): Promise<ItemOutcome> {
  const path = [group, id];
  const entry = ctx.value(path);
  const base: ItemOutcome = { id, group, state: 'incomplete', points: 0, files: [] };
  if (entry === undefined || entry === null || isBlankEntry(entry)) {
    ctx.report(finding('item.missing', {}, { item: id }), entry === undefined ? [group] : path);
    return { ...base, state: 'not-answered' };
  }
  if (ctx.isInvalid(path)) return base;

  const answer = ctx.value([...path, 'answer']);
  if (isNo(answer)) {
    ctx.report(finding('item.answered-no', {}, { item: id }), [...path, 'answer'], 'value');
    return { ...base, state: 'answered-no', answer: NO };
  }

  let complete = true;
  const text = ctx.text([...path, 'text']);
  if (text === undefined || !hasVisibleText(text)) {
    complete = false;
    if (!ctx.isInvalid([...path, 'text'])) ctx.report(finding('item.text-missing', {}, { item: id }), path);
  }

  const files = fileReferences(ctx, [...path, 'files']);
  let attachments: string[] = [];
  if (files.length === 0) {
    complete = false;
    if (!ctx.isInvalid([...path, 'files'])) ctx.report(finding('item.files-missing', {}, { item: id }), path);
  } else {
    const reports = await inspectFiles(ctx, id, files, [...path, 'files']);
    attachments = reports.map((report) => report.path);
    if (!reports.some((report) => report.usable)) {
      complete = false;
      // with one file, that file's own finding says it all
      if (files.length > 1) ctx.report(finding('item.no-valid-file', {}, { item: id }), [...path, 'files']);
    }
  }

  const { points } = ctx.catalogue.groups[group];
  const max = itemMaxPoints(points);
  const claimedValue = ctx.value([...path, 'score']);
  const claimed = typeof claimedValue === 'number' && !ctx.isInvalid([...path, 'score']) ? claimedValue : undefined;
  // a score written wrong ("2 คะแนน", 2.5, -1) was reported by the shape check: the item counts 0, not the default
  if (claimed === undefined && claimedValue !== undefined && claimedValue !== null) complete = false;
  if (claimed === undefined) {
    if (needs.score && (claimedValue === undefined || claimedValue === null)) {
      complete = false;
      ctx.report(finding('item.score-missing', { max }, { item: id }), path);
    } else if (needs.score) complete = false;
  } else if (claimed > max) {
    complete = false;
    ctx.report(finding('item.score-too-high', { score: claimed, max }, { item: id }), [...path, 'score'], 'value');
  }

  return {
    ...base,
    state: complete ? 'complete' : 'incomplete',
    points: complete ? (claimed ?? defaultItemPoints(points)) : 0,
    ...(claimed !== undefined ? { claimed } : {}),
    ...(typeof answer === 'string' ? { answer } : answer === true ? { answer: YES } : {}),
    ...(text !== undefined ? { text } : {}),
    files,
    attachments,
  };
}

/**
 * An entry whose fields are all still blank (as gecc init writes them): not answered yet, one
 * finding for the item rather than one for each empty field.
 */
function isBlankEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  return Object.values(entry).every(
    (v) => v === null || v === undefined || (typeof v === 'string' && !hasVisibleText(v)) || (Array.isArray(v) && v.length === 0),
  );
}

/** The attachment references of an item, a single name or a list; non-text entries were reported already. */
export function fileReferences(ctx: RuleContext, path: (string | number)[]): string[] {
  const value = ctx.value(path);
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.filter((f): f is string => typeof f === 'string' && f.trim() !== '');
}

/** Inspects an item's files and reports their findings under the item; the inspections, in the order of `files`. */
export async function inspectFiles(
  ctx: RuleContext,
  item: string,
  files: string[],
  path: (string | number)[],
  /** findings that say nothing wrong for this item (a signed form is a scan: no text is expected) */
  expected: ReadonlySet<FindingCode> = new Set(),
): Promise<AttachmentReport[]> {
  const value = ctx.value(path);
  const positions = firstIndexes(value);
  const reports: AttachmentReport[] = [];
  for (const [index, file] of files.entries()) {
    const report = await ctx.attachments.inspect(file);
    reports.push(report);
    const where = Array.isArray(value) ? [...path, positions.get(file) ?? index] : path;
    for (const finding of report.findings) if (!expected.has(finding.code)) ctx.report({ ...finding, item }, where, 'value');
  }
  return reports;
}

/**
 * Where each entry of a list first stands: looked up once for the whole list, since searching the
 * list for every entry would cost n² for a list of 100,000 names.
 */
export function firstIndexes(value: unknown): Map<unknown, number> {
  const positions = new Map<unknown, number>();
  if (!Array.isArray(value)) return positions;
  for (const [index, entry] of value.entries()) if (!positions.has(entry)) positions.set(entry, index);
  return positions;
}
