import { kindName } from '../attachment-kinds.js';
import { GROUP_IDS, SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { CatalogueItem, GroupId, ScoredGroupId } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../lang.js';
import { renderMessage } from '../findings/render-message.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ApplicationResult, CheckReport, GroupScore, ItemOutcome } from '../result.js';
import { answersRead, countsOf, findingPlace, verdictOf } from './application-facts.js';
import { BATCH_TEXT } from './batch-text.js';
import { WORKSHEET_DATA_ID, WORKSHEET_SCRIPT } from './html/worksheet-script.js';
import { html, type SafeHtml } from './html/escape-html.js';
import { htmlDocument } from './html/html-document.js';
import { HTML_TEXT } from './html-text.js';
import { markOf, UNICODE_MARKS } from './marks.js';
import { groupByTarget, targetTitle } from './human-report.js';
import { UI_TEXT } from './ui-text.js';
import { groupPasses, groupShortfall } from '../rules/group-scores.js';
import { forDisplay } from './for-display.js';

export interface HtmlReportOptions {
  lang: Lang;
  /** when the report was made, printed on it as evidence; omitted when not given */
  generatedAt?: Date;
}

export const REPORT_CSS = `
.doc-meta{color:var(--muted);font-size:9.5pt;margin-bottom:3mm}
.application+.application{break-before:page}
.verdict{display:inline-block;padding:1mm 4mm;border-radius:2mm;font-weight:700;font-size:13pt;margin:1mm 0 2mm}
.verdict.ready{background:var(--ok-bg);color:var(--ok);border:0.4mm solid var(--ok)}
.verdict.not-ready{background:var(--bad-bg);color:var(--bad);border:0.4mm solid var(--bad)}
.facts th{width:44mm;background:#f6f7f9}
.bar{position:relative;height:4mm;min-width:35mm;background:#e8ebef;border-radius:1mm;overflow:visible}
.bar .fill{position:absolute;left:0;top:0;bottom:0;border-radius:1mm;background:var(--ok)}
.bar .fill.short{background:var(--bad)}
.bar .mark{position:absolute;top:-1mm;bottom:-1mm;width:0.6mm;background:var(--ink)}
.pass{color:var(--ok);font-weight:700}
.fail{color:var(--bad);font-weight:700}
.not-computed{padding:2mm 3mm;border-left:1.2mm solid var(--warn);background:var(--warn-bg);color:var(--warn)}
.finding-target{margin:2mm 0 0.5mm;font-weight:700}
ul.findings{list-style:none;margin:0;padding:0}
ul.findings li{break-inside:avoid;margin:0 0 1mm;padding:1mm 2mm;border-left:1.2mm solid var(--line);background:#fafbfc}
ul.findings li.error{border-color:var(--bad)}
ul.findings li.warning{border-color:#d99a00}
ul.findings li.info{border-color:var(--info)}
.badge{display:inline-block;font-size:8.5pt;font-weight:700;padding:0 1.5mm;border-radius:1mm;margin-right:1.5mm}
.badge.error,.badge.incomplete,.badge.answered-no,.badge.not-answered{background:var(--bad-bg);color:var(--bad)}
.badge.warning{background:var(--warn-bg);color:var(--warn)}
.badge.info{background:var(--info-bg);color:var(--info)}
.badge.complete{background:var(--ok-bg);color:var(--ok)}
.fix{color:var(--info)}
.where{color:var(--muted);font-size:9pt}
.items td.id{white-space:nowrap;width:16mm}
.items td.state{width:22mm}
.items .badge{white-space:nowrap}
.item-problem{font-size:9.5pt;color:var(--bad)}
.item-problem.warning{color:var(--warn)}
.items td.points{width:18mm}
.file,.attachments td:first-child,.facts td{overflow-wrap:anywhere}
.file{margin-top:1mm;padding-top:1mm;border-top:0.2mm dashed var(--line);font-size:9.5pt}
.reminder{margin-top:4mm;padding:2mm 3mm;border:0.3mm solid var(--line);background:#f6f7f9}
.overview{break-after:page}
.overview table{font-size:9.5pt}
.overview td,.overview th{padding:0.8mm 1.5mm}
.overview th{white-space:normal;vertical-align:bottom}
.overview td.unit{overflow-wrap:anywhere}
.overview td.unit a{color:var(--accent);text-decoration:none}
.overview td.unit a:hover{text-decoration:underline}
.overview .verdict-cell{white-space:nowrap;font-weight:700}
.overview .verdict-cell.ready{color:var(--ok)}
.overview .verdict-cell.not-ready,.overview .verdict-cell.disqualified{color:var(--bad)}
.back{display:inline-block;font-size:9.5pt;color:var(--accent);margin:0 0 1mm}
.worksheet-note{font-size:9.5pt;color:var(--muted);margin:1mm 0 2mm}
.tick{display:flex;gap:1mm;align-items:center;font-size:8.5pt;color:var(--muted);margin-top:1mm;white-space:nowrap;cursor:pointer}
.tick input{width:4mm;height:4mm;margin:0}
tr.entered-row td{background:#f1f8f3}
button.copy{font:inherit;font-size:9pt;margin:1mm 0 0;padding:0.6mm 3mm;border:0.3mm solid var(--accent);border-radius:1mm;background:#fff;color:var(--accent);cursor:pointer}
button.copy:hover{background:var(--info-bg)}
button.copy[data-state=copied]{border-color:var(--ok);color:var(--ok);background:var(--ok-bg)}
button.copy[data-state=failed]{border-color:var(--warn);color:var(--warn);background:var(--warn-bg)}
.attach-label{font-weight:700;color:var(--muted);font-size:9pt;margin-top:1mm}
.attach-label+.file{border-top:none;margin-top:0;padding-top:0}
.answer-text{border:0.2mm solid var(--line);background:#fcfcfd;padding:1mm 2mm;border-radius:1mm;margin-top:0.5mm}
@media print{button.copy,.back,.worksheet-note{display:none!important}tr.entered-row td{background:none}}
`;

/** The whole check as one printable, self-contained page: evidence of what the unit sent. */
export function htmlReport(given: CheckReport, options: HtmlReportOptions): string {
  // what came from the folder is shown with its control characters escaped, whoever calls this
  const report = forDisplay(given);
  const { lang } = options;
  const h = HTML_TEXT[lang];
  const when = options.generatedAt ? formatDateTime(options.generatedAt, lang) : undefined;
  const { applications, ready, notReady } = report.summary;
  const batch = report.applications.length > 1;
  // the texts the copy buttons copy, exactly as written, by number (kept out of the markup)
  const texts: string[] = [];
  const body = html`
<header${batch ? html` id="${OVERVIEW_ID}"` : ''}>
<h1>${h.documentTitle}</h1>
<p class="doc-meta">${when ? h.generated(when, PACKAGE_VERSION) : `gecc ${PACKAGE_VERSION}`}${batch ? html` · ${h.summary(applications, ready, notReady)}` : ''}</p>
</header>
${batch ? overviewTable(report, lang) : ''}
${report.applications.map((app, i) => applicationSection(app, lang, { app: i + 1, batch, texts }))}`;
  const title =
    report.applications.length === 1
      ? `${h.documentTitle} — ${report.applications[0]!.unit.name ?? report.applications[0]!.path}`
      : h.documentTitle;
  return htmlDocument({
    lang,
    title,
    css: REPORT_CSS,
    body,
    script: WORKSHEET_SCRIPT,
    data: { id: WORKSHEET_DATA_ID, value: { texts, words: { copy: h.copy, copied: h.copied, pressCtrlC: h.pressCtrlC } } },
  });
}

const OVERVIEW_ID = 'overview';
const sectionId = (app: number) => `app-${app}`;

/** Where an application's section is, and where the texts its copy buttons copy go. */
interface Sheet {
  app: number;
  batch: boolean;
  texts: string[];
}

/** A folder's path that may wrap after each slash (its own words wrap at hyphens), never mid-name. */
const folderName = (folder: string): SafeHtml[] =>
  folder.split(/(?<=[/\\])/).map((part, i) => (i === 0 ? html`${part}` : html`<wbr>${part}`));

/**
 * The batch's first page: one row per unit — kind, new or returning, the four groups, the
 * verdict, errors and warnings — each unit's name a link to its section.
 */
function overviewTable(report: CheckReport, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const b = BATCH_TEXT[lang];
  const t = UI_TEXT[lang];
  const rows = report.applications.map((app, i) => {
    const read = answersRead(app);
    const { errors, warnings } = countsOf(app);
    const verdict = verdictOf(app);
    const { physical, basic, advanced, outcome } = app.scores;
    const score = (value: string, short: boolean) =>
      read ? html`<td class="num${short ? ' fail' : ''}">${value}</td>` : html`<td class="num">–</td>`;
    // red as the group's own page says ไม่ผ่าน: points short, or an item of it still wrong
    const group = (s: GroupScore, id: ScoredGroupId) => score(`${s.score}/${s.max}`, !groupPasses(app, id));
    return html`<tr><td class="num">${i + 1}</td><td class="unit"><a href="#${sectionId(i + 1)}">${app.unit.name ?? app.path}</a>${app.unit.name ? html`<br><span class="folder">${folderName(app.path)}</span>` : ''}${read ? '' : html` <span class="muted small">(${h.notRead})</span>`}</td><td>${app.unit.kind ? (b.kinds[app.unit.kind] ?? app.unit.kind) : ''}</td><td>${app.unit.applicant ? (b.applicants[app.unit.applicant] ?? app.unit.applicant) : ''}</td>${score(`${physical.met}/${physical.total}`, physical.met < physical.total)}${group(basic, 'basic')}${group(advanced, 'advanced')}${group(outcome, 'outcome')}<td class="verdict-cell ${verdict}">${verdict === 'ready' ? `${UNICODE_MARKS.ok} ${t.ready}` : `${UNICODE_MARKS.error} ${verdict === 'disqualified' ? b.disqualified : b.notReady}`}</td><td class="num${errors > 0 ? ' fail' : ''}">${errors}</td><td class="num">${warnings}</td></tr>`;
  });
  const c = b.columns;
  return html`
<section class="overview">
<h2>${h.overview}</h2>
<table>
<thead><tr><th class="num">#</th><th>${h.overviewUnit}</th><th>${c.kind}</th><th>${c.applicant}</th><th class="num">${c.physical}</th><th class="num">${c.basic}</th><th class="num">${c.advanced}</th><th class="num">${c.outcome}</th><th>${c.verdict}</th><th class="num">${c.errors}</th><th class="num">${c.warnings}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`;
}

/**
 * One application: verdict, facts, scores, findings, then a page per group of criteria (the
 * worksheet) and the attachments. An application whose answers could not be read has no scores
 * and no group pages: every item would read "not answered", which nobody checked.
 */
function applicationSection(app: ApplicationResult, lang: Lang, sheet: Sheet): SafeHtml {
  const t = UI_TEXT[lang];
  const { errors, warnings } = countsOf(app);
  const verdict = app.ready ? t.ready : `${t.notReady}${app.disqualified ? ` — ${t.disqualified}` : ''}`;
  return html`
<section class="application" id="${sectionId(sheet.app)}">
${sheet.batch ? backLink(lang) : ''}
<h2>${app.unit.name ?? t.unknown}</h2>
<div class="verdict ${app.ready ? 'ready' : 'not-ready'}">${t.verdict}: ${verdict}</div>
<p>${t.counts(errors, warnings)}</p>
${factsTable(app, lang)}
<h3>${t.scores}</h3>
${scoreTable(app, lang)}
${findingsSection(app, lang)}
<p class="reminder">${app.ready ? t.readyReminder : t.notReadyReminder}</p>
${answersRead(app) ? GROUP_IDS.map((group) => groupSection(app, group, lang, sheet)) : ''}
${attachmentsSection(app, lang, sheet)}
</section>`;
}

const backLink = (lang: Lang): SafeHtml => html`<a class="back" href="#${OVERVIEW_ID}">${HTML_TEXT[lang].backToOverview}</a>`;

function factsTable(app: ApplicationResult, lang: Lang): SafeHtml {
  const t = UI_TEXT[lang];
  const h = HTML_TEXT[lang];
  const { unit, contact, readinessForm } = app;
  const rows: [string, string | undefined][] = [
    [t.unit, unit.name],
    [h.kind, unit.kind ? (t.kinds[unit.kind] ?? unit.kind) : undefined],
    [h.parent, unit.parent],
    [h.applicant, unit.applicant ? (t.applicants[unit.applicant] ?? unit.applicant) : undefined],
    [h.contact, contact ? [contact.name, contact.phone, contact.email].filter(Boolean).join(' · ') : undefined],
    [t.edition, `${app.edition} — ${app.catalogue.title[lang]}`],
    [t.folder, app.path],
    [h.answersFile, app.answersFile],
    [h.readinessForm, readinessForm?.file],
    [h.signer, readinessForm ? [readinessForm.signer, readinessForm.signerPosition].filter(Boolean).join(' — ') : undefined],
  ];
  return html`<table class="facts">${rows.filter(([, value]) => value).map(([label, value]) => html`<tr><th>${label}</th><td>${value}</td></tr>`)}</table>`;
}

export function scoreTable(app: ApplicationResult, lang: Lang): SafeHtml {
  const t = UI_TEXT[lang];
  const h = HTML_TEXT[lang];
  // zeros and ไม่ผ่าน everywhere would read as "everything is lost" while it is one slip in the file
  if (!answersRead(app)) return html`<p class="not-computed">${UNICODE_MARKS.warning} ${t.scoresNotComputed}</p>`;
  const { scores, catalogue } = app;
  const verdict = (pass: boolean, why?: string) =>
    html`<span class="${pass ? 'pass' : 'fail'}">${pass ? h.pass : h.fail}</span>${why ? html`<div class="muted small">${why}</div>` : ''}`;
  const physicalPass = scores.physical.met === scores.physical.total;
  const rows = [
    html`<tr><td>${catalogue.groups.physical.title[lang]}</td><td class="num">${scores.physical.met}/${scores.physical.total}</td><td>${bar(scores.physical.met, scores.physical.total, scores.physical.total, physicalPass)}</td><td>${t.physicalRule}</td><td>${verdict(physicalPass)}</td></tr>`,
    ...SCORED_GROUP_IDS.map((group) => {
      const s = scores[group];
      // the bar and the word from one verdict: enough points with an item still wrong is red and ไม่ผ่าน
      const shortfall = groupShortfall(app, group);
      const why =
        shortfall?.reason === 'errors'
          ? h.failsFor.errors(shortfall.items.join(', '))
          : shortfall?.reason === 'distribution'
            ? h.failsFor.distribution
            : undefined;
      const result = s.required === null && !shortfall ? '—' : verdict(!shortfall, why);
      return html`<tr><td>${catalogue.groups[group].title[lang]}</td><td class="num">${s.score}/${s.max}</td><td>${bar(s.score, s.max, s.required, !shortfall)}</td><td>${s.required === null ? t.noThreshold : t.required(s.required)}</td><td>${result}</td></tr>`;
    }),
  ];
  if (scores.total.pass !== null) {
    const level = catalogue.levels?.find((l) => l.id === scores.total.level);
    const pass = scores.total.score >= scores.total.pass;
    rows.push(
      html`<tr><td><strong>${t.totalLine(scores.total.score, scores.total.max)}</strong>${level ? html` — ${t.level}: ${level.title[lang]}` : ''}</td><td class="num">${scores.total.score}/${scores.total.max}</td><td>${bar(scores.total.score, scores.total.max, scores.total.pass, pass)}</td><td>${t.passTotal(scores.total.pass)}</td><td>${verdict(pass)}</td></tr>`,
    );
  }
  return html`<table class="scores"><thead><tr><th>${h.group}</th><th class="num">${h.score}</th><th></th><th>${h.threshold}</th><th>${h.result}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A bar filled to the score, with a mark at the threshold; red when the row's verdict is ไม่ผ่าน. */
function bar(score: number, max: number, required: number | null, pass: boolean): SafeHtml {
  const percent = (n: number) => (max > 0 ? Math.max(0, Math.min(100, (n / max) * 100)) : 0).toFixed(1);
  return html`<div class="bar" role="img" aria-label="${score}/${max}"><span class="fill${pass ? '' : ' short'}" style="width:${percent(score)}%"></span>${required !== null ? html`<span class="mark" style="left:${percent(required)}%"></span>` : ''}</div>`;
}

function findingsSection(app: ApplicationResult, lang: Lang): SafeHtml {
  const t = UI_TEXT[lang];
  const problems = app.findings.filter((f) => f.severity !== 'info');
  const notes = app.findings.filter((f) => f.severity === 'info');
  return html`
<h3>${t.problems}</h3>
${problems.length === 0 ? html`<p>${HTML_TEXT[lang].noProblems}</p>` : groupByTarget(problems, app.catalogue).map(([target, findings]) => html`<div class="finding-target">${targetTitle(target, app.catalogue, lang)}</div><ul class="findings">${findings.map((f) => findingItem(f, app, lang))}</ul>`)}
${notes.length > 0 ? html`<h3>${t.notes}</h3><ul class="findings">${notes.map((f) => findingItem(f, app, lang))}</ul>` : ''}`;
}

export function findingItem(finding: Finding, app: ApplicationResult, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const { text, fix } = renderMessage(finding, lang, app.catalogue);
  const place = findingPlace(finding, app);
  const where = place === undefined ? [] : [place];
  return html`<li class="${finding.severity}"><span class="badge ${finding.severity}">${h.severities[finding.severity]}</span><span class="pre">${text}</span>${fix ? html`<div class="fix">${UI_TEXT[lang].fix}: ${fix}</div>` : ''}${where.length > 0 ? html`<div class="where">${h.where}: ${where.join(' · ')} <span class="mono">${finding.code}</span></div>` : html`<div class="where mono">${finding.code}</div>`}</li>`;
}

function groupSection(app: ApplicationResult, group: GroupId, lang: Lang, sheet: Sheet): SafeHtml {
  const h = HTML_TEXT[lang];
  const { catalogue } = app;
  const items = new Map(app.items.filter((i) => i.group === group).map((i) => [i.id, i]));
  const score =
    group === 'physical'
      ? `${app.scores.physical.met}/${app.scores.physical.total}`
      : `${app.scores[group].score}/${app.scores[group].max}`;
  const withEvidence = group !== 'physical';
  const total = catalogue.groups[group].items.length;
  const counter = html`<span class="muted small">${h.entered} <span class="entered-count" data-app="${sheet.app}" data-group="${group}">0</span>${h.enteredCount(total)}</span>`;
  return html`
<section class="group page-break">
${sheet.batch ? backLink(lang) : ''}
<h2>${catalogue.groups[group].title[lang]} <span class="muted">(${h.score} ${score})</span></h2>
<p class="worksheet-note">${counter} — ${h.worksheet}</p>
<table class="items">
<thead><tr><th>${h.item}</th><th>${h.state}</th>${withEvidence ? html`<th>${h.points}</th>` : ''}<th>${withEvidence ? h.evidence : h.answer}</th></tr></thead>
<tbody>${catalogue.groups[group].items.map((item) => itemRow(item, group, items.get(item.id), app, lang, withEvidence, sheet))}</tbody>
</table>
</section>`;
}

function itemRow(
  item: CatalogueItem,
  group: GroupId,
  outcome: ItemOutcome | undefined,
  app: ApplicationResult,
  lang: Lang,
  withEvidence: boolean,
  sheet: Sheet,
): SafeHtml {
  const h = HTML_TEXT[lang];
  const state = outcome?.state ?? 'not-answered';
  const tick = html`<label class="tick"><input type="checkbox" class="entered" data-app="${sheet.app}" data-group="${group}" data-item="${item.id}">${h.entered}</label>`;
  const title = html`<strong>${item.id}</strong>${item.number ? html` <span class="muted">[${item.number}]</span>` : ''}${tick}`;
  const heading = html`<div>${item.title[lang]}${item.titlePlaceholder ? html` <span class="muted small">(${UI_TEXT[lang].placeholderTitle})</span>` : ''}</div>`;
  const stateCell = html`<td class="state"><span class="badge ${state}">${h.states[state]}</span></td>`;
  if (!withEvidence)
    return html`<tr><td class="id">${title}</td>${stateCell}<td>${heading}<div>${h.answer}: ${outcome?.answer ?? '—'}</div>${itemProblems(item.id, app, lang)}</td></tr>`;
  const points = outcome
    ? html`${outcome.points}${outcome.claimed !== undefined && outcome.claimed !== outcome.points ? html`<div class="muted small">${h.claimed(outcome.claimed)}</div>` : ''}`
    : '0';
  const files = outcome?.files ?? [];
  const score = outcome?.claimed !== undefined ? html`<div class="small">${h.selfScore(outcome.claimed)}</div>` : '';
  return html`<tr><td class="id">${title}</td>${stateCell}<td class="points num">${points}</td><td>${heading}${outcome?.answer ? html`<div>${h.answer}: ${outcome.answer}</div>` : ''}${outcome?.text ? answerText(outcome.text, `${sectionId(sheet.app)}-${item.id}`, lang, sheet) : ''}${score}${files.length > 0 ? html`<div class="attach-label">${h.attach}</div>` : ''}${files.map((file, i) => fileLine(file, outcome?.attachments?.[i], app, lang))}${itemProblems(item.id, app, lang)}</td></tr>`;
}

/**
 * The item's text as written, to paste into GECC Online, with its copy button. The button
 * copies the text from the page's data, not the markup, so what is pasted is exactly what the
 * answers file says (the button shows only where the page's script runs).
 */
function answerText(text: string, id: string, lang: Lang, sheet: Sheet): SafeHtml {
  const index = sheet.texts.push(text) - 1;
  return html`<div class="pre answer-text" id="${id}">${text}</div><button type="button" class="copy" data-copy="${index}" aria-controls="${id}" hidden>${HTML_TEXT[lang].copy}</button>`;
}

/** The item's own errors and warnings, beside it, so a printed page explains its state. */
function itemProblems(id: string, app: ApplicationResult, lang: Lang): SafeHtml[] {
  return app.findings
    .filter((f) => f.item === id && f.severity !== 'info')
    .map((f) => html`<div class="item-problem ${f.severity}">${markOf(f.severity)} ${renderMessage(f, lang, app.catalogue).text}</div>`);
}

function fileLine(reference: string, resolved: string | undefined, app: ApplicationResult, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const report = resolved === undefined ? undefined : app.attachments.find((a) => a.path === resolved);
  if (!report) return html`<div class="file">${reference}</div>`;
  const details = [
    report.type && kindName(report.type),
    report.bytes !== undefined ? h.bytes(report.bytes) : undefined,
    report.pages !== undefined ? `${report.pages} ${h.pages}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<div class="file">${report.path}${details ? html` <span class="muted">(${details})</span>` : ''}${report.usable ? '' : html` <span class="badge error">${h.notUsable}</span>`}${report.sha256 ? html`<div class="mono">SHA-256 ${report.sha256}</div>` : ''}</div>`;
}

function attachmentsSection(app: ApplicationResult, lang: Lang, sheet: Sheet): SafeHtml {
  const h = HTML_TEXT[lang];
  const back = sheet.batch ? backLink(lang) : '';
  if (app.attachments.length === 0)
    return html`<section class="page-break">${back}<h2>${h.attachments}</h2><p>${h.noAttachments}</p></section>`;
  return html`
<section class="page-break">
${back}
<h2>${h.attachments} (${app.attachments.length})</h2>
<table class="attachments small">
<thead><tr><th>${h.file}</th><th>${h.type}</th><th class="num">${h.size}</th><th class="num">${h.pages}</th><th>${h.fingerprint}</th></tr></thead>
<tbody>${app.attachments.map((a) => html`<tr><td>${a.path}${a.usable ? '' : html` <span class="badge error">${h.notUsable}</span>`}</td><td>${a.type ? kindName(a.type) : '—'}</td><td class="num">${a.bytes !== undefined ? h.bytes(a.bytes) : '—'}</td><td class="num">${a.pages ?? '—'}</td><td class="mono">${a.sha256 ?? '—'}</td></tr>`)}</tbody>
</table>
</section>`;
}

/** Date and time in Bangkok: Thai in the Buddhist era, English in the Common Era. */
function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}
