import { access } from 'node:fs/promises';
import path from 'node:path';
import { answersSchemaFor } from './answers/answers-schema.js';
import { applicationResult } from './application-result.js';
import { type Applicant, type UnitKind, APPLICANTS, UNIT_KINDS } from './criteria/unit-kinds.js';
import { ANSWERS_FILES } from './answers/answers-files.js';
import { normaliseScores } from './answers/normalise-numbers.js';
import { readAnswers } from './answers/read-answers.js';
import { schemaFindings, withoutStandInMisses } from './answers/schema-findings.js';
import { readUnitChoices } from './answers/unit-kind-names.js';
import { AttachmentInspector } from './attachments/attachment-inspector.js';
import { pdfPoolSize } from './attachments/pdf/pdf-pool.js';
import type { FileRead } from './cache/result-cache.js';
import type { CheckRun } from './run/check-run.js';
import type { CheckOptions } from './run/check-settings.js';
import type { Catalogue } from './criteria/catalogue-schema.js';
import { loadEdition, shippedEditions } from './criteria/load-catalogue.js';
import { thaiDigitsToArabic } from './criteria/points.js';
import type { Finding } from './findings/finding.js';
import { finding } from './findings/make-finding.js';
import type { ApplicationResult, ItemOutcome } from './result.js';
import { checkReturningBasicItem } from './rules/basic-returning.js';
import { checkEvidenceItem } from './rules/evidence-items.js';
import { scoreGroups } from './rules/group-scores.js';
import { checkPhysical } from './rules/physical.js';
import { checkReadinessForm } from './rules/readiness-form.js';
import { RuleContext } from './rules/rule-context.js';
import { attachmentReferences, checkSharedAttachments, readAheadAttachments } from './rules/shared-attachments.js';
import { checkUnitDetails } from './rules/unit-details.js';

// The check itself, apart from check-application.ts: a result recalled from the cache needs none
// of this (the answers' parser and schema, the rules, the readers), so none of it is loaded then

export interface Checked {
  result: ApplicationResult;
  /** the check got as far as the calendar (see withCalendar) */
  calendar: boolean;
  /** the answers file and the bytes it was read from, when it was read */
  answers?: FileRead;
}

/** Checks the folder's answers and attachments (see checkApplication, which recalls a result it can). */
export async function checkFolder(
  dir: string,
  display: string,
  fallback: Catalogue,
  options: CheckOptions,
  run: CheckRun,
): Promise<Checked> {
  const present = [];
  for (const name of ANSWERS_FILES) if (await isPresent(path.join(dir, name))) present.push(name);
  const answersFile = present[0];
  if (!answersFile) {
    return {
      result: applicationResult(
        display,
        fallback,
        { findings: [finding('application.no-answers-file', { folder: display })] },
        options.strict,
      ),
      calendar: false,
    };
  }
  const notes: Finding[] = present[1] ? [finding('application.two-answers-files', { used: answersFile, ignored: present[1] })] : [];

  const read = await readAnswers(path.join(dir, answersFile));
  const answers = read.read ? { file: answersFile, ...read.read } : undefined;
  const checked = (result: ApplicationResult, calendar = false): Checked => ({ result, calendar, ...(answers ? { answers } : {}) });
  if (!read.ok)
    return checked(
      applicationResult(
        display,
        fallback,
        { findings: [...notes, ...read.findings.map((f) => ({ ...f, file: f.file ?? answersFile }))], answersFile },
        options.strict,
      ),
    );
  const { locator } = read;
  notes.push(...read.warnings);
  const data = normaliseScores(read.data);
  readUnitChoices(data);

  let catalogue = fallback;
  // anything but text or a number is left to the shape check, which says what is wrong with it
  if (!options.catalogue && !options.edition && (typeof data.edition === 'string' || typeof data.edition === 'number')) {
    const edition = thaiDigitsToArabic(String(data.edition).trim());
    const found = loadEdition(edition);
    if (!found) {
      const unknown: Finding = finding('edition.unknown', { edition, known: shippedEditions().join(', ') }, { ...locator.at(['edition']) });
      // the report names the edition the unit wrote, not the one whose (empty) scores it shows
      const parts = { unit: unitOf(data), findings: [...notes, unknown], answersFile };
      return checked({ ...applicationResult(display, fallback, parts, options.strict), edition });
    }
    catalogue = found;
  }

  const schema = answersSchemaFor(catalogue);
  const parsed = schema.safeParse(data, parsedBefore.has(schema) ? undefined : { jitless: true });
  parsedBefore.add(schema);
  const shape = parsed.success
    ? { findings: [], invalidPaths: new Set<string>(), standIns: new Map() }
    : schemaFindings(parsed.error.issues, data, schema, catalogue, locator);

  const unit = unitOf(data);
  const applicant: Applicant = (APPLICANTS as readonly unknown[]).includes(unit.applicant) ? (unit.applicant as Applicant) : 'new';
  const unitKind = (UNIT_KINDS as readonly unknown[]).includes(unit.kind) ? (unit.kind as UnitKind) : undefined;
  const attachments = new AttachmentInspector(dir, catalogue, {
    pdfPool: run.pdfReaders,
    filesAtOnce: filesAtOnce(pdfPoolSize(options)),
    ...(run.verdicts ? { cache: run.verdicts } : {}),
    ...(run.memo ? { memo: run.memo } : {}),
  });
  const ctx = new RuleContext(catalogue, data, locator, shape.invalidPaths, attachments, applicant, unitKind);
  const references = attachmentReferences(ctx, applicant);
  // a missing file's suggestions are files no other reference names
  attachments.referencesAre(references.map((r) => r.file));
  // the pool starts as many reading threads as this many PDFs pay for (see pdf-pool.ts)
  const withdraw = run.pdfReaders.expecting(new Set(references.filter((r) => /\.pdf$/i.test(r.file)).map((r) => r.file)).size);
  try {
    readAheadAttachments(ctx, references);
    return await judge();
  } finally {
    withdraw();
  }

  async function judge(): Promise<Checked> {
    checkUnitDetails(ctx);
    await checkReadinessForm(ctx);
    const physical = checkPhysical(ctx);
    const items: ItemOutcome[] = [...physical.items];
    for (const item of catalogue.groups.basic.items) {
      items.push(
        applicant === 'returning'
          ? checkReturningBasicItem(ctx, item.id)
          : await checkEvidenceItem(ctx, 'basic', item.id, { score: false }),
      );
    }
    for (const item of catalogue.groups.advanced.items) items.push(await checkEvidenceItem(ctx, 'advanced', item.id, { score: false }));
    for (const item of catalogue.groups.outcome.items) items.push(await checkEvidenceItem(ctx, 'outcome', item.id, { score: true }));
    await checkSharedAttachments(ctx, references);
    scoreGroups(ctx, items);
    // the calendar's finding comes last, added by withCalendar: never a problem, it changes no verdict
    const findings = [...notes, ...shape.findings, ...withoutStandInMisses(ctx.findings, shape, catalogue)];
    const parts = { unit, findings, items, attachments: await attachments.all(), disqualified: physical.disqualified, answersFile };
    const result = applicationResult(display, catalogue, parts, options.strict);
    const readinessForm = readinessFormOf(data);
    const contact = contactOf(data);
    return checked({ ...result, ...(contact ? { contact } : {}), ...(readinessForm ? { readinessForm } : {}) }, true);
  }
}

/** The text fields of a section of the answers, where they are text (anything else was reported). */
function textFields(section: unknown, keys: readonly string[], rename: Record<string, string> = {}): Record<string, string> {
  if (section === null || typeof section !== 'object') return {};
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = (section as Record<string, unknown>)[key];
    if (typeof value === 'string') picked[rename[key] ?? key] = value;
  }
  return picked;
}

function unitOf(data: Record<string, unknown>): ApplicationResult['unit'] {
  const unit = data.unit;
  if (unit === null || typeof unit !== 'object') return {};
  return textFields(unit, ['name', 'kind', 'parent', 'applicant']);
}

function contactOf(data: Record<string, unknown>): ApplicationResult['contact'] {
  const unit = data.unit;
  if (unit === null || typeof unit !== 'object') return undefined;
  const contact = textFields((unit as Record<string, unknown>).contact, ['name', 'phone', 'email']);
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/** The readiness form's signer as written: printed on the form gecc makes. */
function readinessFormOf(data: Record<string, unknown>): ApplicationResult['readinessForm'] {
  const form = textFields(data.readiness_form, ['file', 'signer', 'signer_position'], { signer_position: 'signerPosition' });
  return Object.keys(form).length > 0 ? form : undefined;
}

async function isPresent(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers schemas that have checked a file already. zod compiles a fast path for a schema on its
 * first use, which costs more than it saves on a single file: the first file is checked without
 * it, the next ones (a batch, --watch) with it. Same issues either way.
 */
const parsedBefore = new WeakSet<object>();

/**
 * Files inspected at once: a couple more than there are PDF threads, so that reading and hashing
 * the next files overlaps the PDFs being read; with one thread asked for, one file at a time:
 * the check then does one thing at a time, as asked.
 */
function filesAtOnce(threads: number): number {
  return threads === 1 ? 1 : threads + 2;
}
