import { Chalk, type ChalkInstance } from 'chalk';
import { GROUP_IDS, SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import type { ApplicationResult, CheckReport } from '../result.js';
import { isWindowFinding } from '../rules/application-window.js';
import { answersPosition, answersRead, countsOf } from './application-facts.js';
import { markOf, marksFor, toAscii, type Marks } from './marks.js';
import { UI_TEXT } from './ui-text.js';
import { groupPasses } from '../rules/group-scores.js';
import { hangingLines } from './wrap-text.js';
import { forDisplay } from './for-display.js';

/** Where long messages wrap: a terminal of 100 columns, as the summary table fits. */
const MESSAGE_WIDTH = 100;

export interface HumanOptions {
  lang: Lang;
  /** colours; the CLI decides from the terminal and NO_COLOR */
  color: boolean;
  /** plain ASCII marks and punctuation instead of ✔ ✖ ⚠ ℹ — · (see marks.ts) */
  ascii?: boolean;
  /** long messages wrap at this many terminal columns, between words (default 100) */
  width?: number;
}

/** The report for people: one block per application, in the order checked. */
export function humanReport(given: CheckReport, options: HumanOptions): string {
  // what came from the folder is shown with its control characters escaped, whoever calls this
  const report = forDisplay(given);
  // the calendar is the same for a whole batch: said once, above the units, where every unit shares it
  const calendars = new Set(report.applications.map((app) => windowLines(app, options).join('\n')));
  const shared = report.applications.length > 1 && calendars.size === 1 ? [...calendars][0]! : '';
  const blocks = report.applications.map((app) => humanApplication(app, { ...options, calendar: shared === '' }));
  return `${shared ? `${shared}\n\n` : ''}${blocks.join('\n\n')}\n`;
}

/** The application window, as one note near the top: where the round stands is not a problem of the folder. */
function windowLines(app: ApplicationResult, { lang, color, ascii = false }: HumanOptions): string[] {
  const c = new Chalk({ level: color ? 1 : 0 });
  const marks = marksFor(ascii);
  const lines = app.findings.filter(isWindowFinding).flatMap((finding) => {
    const { text, fix } = renderMessage(finding, lang, app.catalogue);
    return [`${c.blue(marks.info)} ${text}`, ...(fix ? [`  ${c.cyan(`${UI_TEXT[lang].fix}:`)} ${fix}`] : [])];
  });
  return ascii ? lines.map(toAscii) : lines;
}

export function humanApplication(
  app: ApplicationResult,
  { lang, color, ascii = false, calendar = true, width = MESSAGE_WIDTH }: HumanOptions & { calendar?: boolean },
): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const marks = marksFor(ascii);
  const t = UI_TEXT[lang];
  const out: string[] = [];
  const { catalogue } = app;

  out.push(c.bold(`${t.title} — ${app.path}`));
  const unitParts = [
    app.unit.name ?? t.unknown,
    app.unit.kind ? (t.kinds[app.unit.kind] ?? app.unit.kind) : undefined,
    app.unit.applicant ? (t.applicants[app.unit.applicant] ?? app.unit.applicant) : undefined,
  ];
  out.push(`${t.unit}: ${unitParts.filter(Boolean).join(' · ')}`);
  out.push(`${t.edition}: ${app.edition} — ${catalogue.title[lang]}`);
  if (calendar) out.push(...windowLines(app, { lang, color, ascii: false }));
  out.push('');

  out.push(c.bold(t.scores));
  // zeros everywhere would read as "everything is lost" while it is one slip in the file
  out.push(...(answersRead(app) ? scoreLines(app, lang, c, marks) : [`  ${c.yellow(marks.warning)} ${t.scoresNotComputed}`]));
  out.push('');

  const unanswered = app.items.filter((i) => i.state === 'not-answered' || i.state === 'incomplete');
  if (unanswered.length > 0) {
    out.push(c.red.bold(t.incomplete(unanswered.length)));
    for (const group of GROUP_IDS) {
      const ids = unanswered.filter((i) => i.group === group).map((i) => i.id);
      if (ids.length > 0) out.push(`  ${catalogue.groups[group].title[lang]}: ${ids.join(', ')}`);
    }
    out.push('');
  }
  // ไม่มี is an answer: listed apart, with what it costs
  const answeredNo = app.items.filter((i) => i.state === 'answered-no');
  if (answeredNo.length > 0) {
    out.push(c.red.bold(t.answeredNo(answeredNo.length)));
    for (const group of GROUP_IDS) {
      const ids = answeredNo.filter((i) => i.group === group).map((i) => i.id);
      const disqualifies = group === 'physical' ? ` (${t.disqualifies})` : '';
      if (ids.length > 0) out.push(`  ${catalogue.groups[group].title[lang]}: ${ids.join(', ')}${disqualifies}`);
    }
    out.push('');
  }

  const problems = app.findings.filter((f) => f.severity !== 'info');
  if (problems.length > 0) {
    out.push(c.bold(t.problems));
    for (const [target, findings] of groupByTarget(problems, catalogue)) {
      out.push(`  ${c.bold(targetTitle(target, catalogue, lang))}`);
      for (const finding of findings) out.push(...findingLines(finding, app, lang, c, marks, width));
    }
    out.push('');
  }
  const notes = app.findings.filter((f) => f.severity === 'info' && !isWindowFinding(f));
  if (notes.length > 0) {
    out.push(c.bold(t.notes));
    for (const finding of notes) out.push(...findingLines(finding, app, lang, c, marks, width));
    out.push('');
  }

  const { errors, warnings } = countsOf(app);
  const verdict = app.ready
    ? c.green.bold(`${marks.ok} ${t.ready}`)
    : c.red.bold(`${marks.error} ${t.notReady}${app.disqualified ? ` — ${t.disqualified}` : ''}`);
  out.push(`${c.bold(t.verdict)}: ${verdict} (${t.counts(errors, warnings)})`);
  out.push(app.ready ? t.readyReminder : c.red(t.notReadyReminder));
  const text = out.join('\n');
  return ascii ? toAscii(text) : text;
}

function scoreLines(app: ApplicationResult, lang: Lang, c: ChalkInstance, marks: Marks): string[] {
  const t = UI_TEXT[lang];
  const { catalogue, scores } = app;
  const ok = (pass: boolean) => (pass ? c.green(marks.ok) : c.red(marks.error));
  const lines = [
    `  ${ok(scores.physical.met === scores.physical.total)} ${catalogue.groups.physical.title[lang]}: ${t.physicalLine(scores.physical.met, scores.physical.total)} (${t.physicalRule})`,
  ];
  // progress, not only the verdict: how many items are complete, and how far the points are from the threshold
  for (const group of SCORED_GROUP_IDS) {
    const s = scores[group];
    const pass = groupPasses(app, group);
    const enough = s.required === null || s.score >= s.required;
    const items = app.items.filter((i) => i.group === group);
    const done = items.filter((i) => i.state === 'complete').length;
    const threshold =
      s.required === null
        ? t.noThreshold
        : enough
          ? t.required(s.required)
          : `${t.required(s.required)} · ${t.shortBy(s.required - s.score)}`;
    const progress = items.length > 0 ? `${t.itemsComplete(done, items.length)} · ` : '';
    lines.push(`  ${ok(pass)} ${catalogue.groups[group].title[lang]}: ${progress}${t.pointsLine(s.score, s.max)} (${threshold})`);
  }
  if (scores.total.pass !== null) {
    const level = catalogue.levels?.find((l) => l.id === scores.total.level);
    lines.push(
      `  ${ok(scores.total.score >= scores.total.pass)} ${t.totalLine(scores.total.score, scores.total.max)} (${t.passTotal(scores.total.pass)})${level ? ` — ${t.level}: ${level.title[lang]}` : ''}`,
    );
  }
  return lines;
}

function findingLines(finding: Finding, app: ApplicationResult, lang: Lang, c: ChalkInstance, marks: Marks, width: number): string[] {
  const { text, fix } = renderMessage(finding, lang, app.catalogue);
  const plainMark = markOf(finding.severity, marks);
  const mark = finding.severity === 'error' ? c.red(plainMark) : finding.severity === 'warning' ? c.yellow(plainMark) : c.blue(plainMark);
  // long messages wrap between words (Thai ones too), never inside a syllable
  const lines = hangingLines(`    ${mark} `, `    ${plainMark} `, text, width, 6);
  const where = answersPosition(finding, app);
  if (where) lines.push(`      ${c.dim(where)}`);
  const fixWord = `${UI_TEXT[lang].fix}:`;
  if (fix) lines.push(...hangingLines(`      ${c.cyan(fixWord)} `, `      ${fixWord} `, fix, width, 6));
  return lines;
}

/** Items that GECC Online's red box "ตอบคำถามไม่ครบ" would list: not answered or incomplete. */
/** Items not answered in full; an item answered ไม่มี is answered (see answeredNoItems). */
export function incompleteItems(app: ApplicationResult) {
  return app.items.filter((i) => i.state === 'not-answered' || i.state === 'incomplete');
}

export function answeredNoItems(app: ApplicationResult) {
  return app.items.filter((i) => i.state === 'answered-no');
}

const GENERAL = '';

/** Findings grouped under the section or item they concern, in the order of the form. */
export function groupByTarget(findings: Finding[], catalogue: Catalogue): [string, Finding[]][] {
  const order = [GENERAL, 'unit', 'readiness_form', ...GROUP_IDS.flatMap((g) => catalogue.groups[g].items.map((i) => i.id))];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const target = finding.item ?? GENERAL;
    groups.set(target, [...(groups.get(target) ?? []), finding]);
  }
  return [...groups.entries()].sort(([a], [b]) => rank(order, a) - rank(order, b));
}

function rank(order: string[], target: string): number {
  const index = order.indexOf(target);
  return index === -1 ? order.length : index;
}

export function targetTitle(target: string, catalogue: Catalogue, lang: Lang): string {
  const t = UI_TEXT[lang];
  if (target === GENERAL) return t.general;
  if (target === 'unit' || target === 'readiness_form') return `${t.sections[target]} (${target})`;
  for (const group of GROUP_IDS) {
    const item = catalogue.groups[group].items.find((i) => i.id === target);
    if (item) {
      const number = item.number ? ` [${item.number}]` : '';
      return `${item.id}${number} ${item.title[lang]}${item.titlePlaceholder ? ` (${t.placeholderTitle})` : ''}`;
    }
  }
  return target;
}
