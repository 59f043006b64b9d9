import path from 'node:path';
import type { YamlPath } from '../answers/locate.js';
import type { Applicant } from '../criteria/unit-kinds.js';
import { riskyName } from '../attachments/file-name.js';
import { ANSWERS_FILES } from '../answers/answers-files.js';
import { isIgnoredFile } from '../attachments/ignored-files.js';
import { sameLookingName } from '../attachments/resolve-reference.js';
import type { RuleContext } from './rule-context.js';
import { fileReferences, firstIndexes } from './evidence-items.js';
import { finding } from '../findings/make-finding.js';

/** One place application.yaml names an attachment. */
export interface Reference {
  /** a catalogue item id, or readiness_form */
  item: string;
  file: string;
  /** where it is written */
  at: YamlPath;
}

/** Every attachment reference in the answers, in the order of the form. */
export function attachmentReferences(ctx: RuleContext, applicant: Applicant): Reference[] {
  const found: Reference[] = [];
  const form = ctx.text(['readiness_form', 'file']);
  if (form !== undefined && form.trim() !== '') found.push({ item: 'readiness_form', file: form, at: ['readiness_form', 'file'] });
  for (const group of ['basic', 'advanced', 'outcome'] as const) {
    // a returning unit's basic items carry no attachment
    if (group === 'basic' && applicant === 'returning') continue;
    for (const { id } of ctx.catalogue.groups[group].items) {
      const at = [group, id, 'files'];
      const positions = firstIndexes(ctx.value(at));
      for (const file of fileReferences(ctx, at)) {
        const index = positions.get(file) ?? -1;
        found.push({ item: id, file, at: index >= 0 ? [...at, index] : at });
      }
    }
  }
  return found;
}

/**
 * Starts reading every attachment at once, so that PDFs are read in parallel while the rules
 * (which go item by item) wait for their results. Problems surface where the rules await them.
 */
export function readAheadAttachments(ctx: RuleContext, references: Reference[]): void {
  for (const { file } of references) ctx.attachments.inspect(file).catch(() => undefined);
}

const MAX_UNREFERENCED = 30;

/**
 * Checks that need the whole application: the same content under several items, files no item
 * references, and names that upload forms reject. Runs after the items, on the cached reports.
 */
export async function checkSharedAttachments(ctx: RuleContext, references: Reference[]): Promise<void> {
  const reports = await Promise.all(references.map((r) => ctx.attachments.inspect(r.file)));

  // the same content under several items
  const byContent = new Map<string, { items: string[]; files: string[]; last: Reference }>();
  reports.forEach((report, index) => {
    if (!report.sha256) return;
    const reference = references[index]!;
    const entry = byContent.get(report.sha256) ?? { items: [], files: [], last: reference };
    if (!entry.items.includes(reference.item)) entry.items.push(reference.item);
    if (!entry.files.includes(report.path)) entry.files.push(report.path);
    entry.last = reference;
    byContent.set(report.sha256, entry);
  });
  for (const { items, files, last } of byContent.values()) {
    if (items.length < 2) continue;
    ctx.report(finding('file.same-content', { items, files }, { item: last.item, file: files[0]! }), last.at, 'value');
  }

  // names upload forms reject, once per file
  const named = new Set<string>();
  reports.forEach((report, index) => {
    if (report.bytes === undefined || named.has(report.path)) return;
    named.add(report.path);
    const risk = riskyName(path.posix.basename(report.path));
    if (!risk) return;
    const reference = references[index]!;
    ctx.report(
      finding('file.risky-name', { path: report.path, ...risk }, { item: reference.item, file: report.path }),
      reference.at,
      'value',
    );
  });

  // files nobody references: a forgotten attachment, or a reference with a typo
  const key = sameLookingName;
  const referenced = new Set(reports.filter((r) => r.bytes !== undefined).map((r) => key(r.path)));
  const referencedLoose = new Set([...referenced].map((name) => name.toLowerCase()));
  const unreferenced = (await ctx.attachments.files()).filter((file) => {
    if (isIgnoredFile(file) || (ANSWERS_FILES as readonly string[]).includes(file)) return false;
    return !referenced.has(key(file)) && !referencedLoose.has(key(file).toLowerCase());
  });
  for (const file of unreferenced.slice(0, MAX_UNREFERENCED)) ctx.report(finding('file.unreferenced', { path: file }, { file }));
  if (unreferenced.length > MAX_UNREFERENCED) {
    ctx.report(finding('file.unreferenced-more', { count: unreferenced.length - MAX_UNREFERENCED }));
  }
}
