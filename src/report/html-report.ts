import { GROUP_IDS, SCORED_GROUP_IDS, type CatalogueItem, type GroupId } from '../criteria/catalogue-schema.js';
import type { AttachmentReport } from '../attachments/attachment-inspector.js';
import { normaliseReference } from '../attachments/resolve-reference.js';
import type { Finding } from '../findings/finding.js';
import type { Lang } from '../findings/message-spec.js';
import { renderMessage } from '../findings/render-message.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { ApplicationResult, CheckReport, ItemOutcome } from '../result.js';
import { html, type SafeHtml } from './html/escape-html.js';
import { htmlDocument } from './html/html-document.js';
import { HTML_TEXT } from './html-text.js';
import { groupByTarget, targetTitle } from './human-report.js';
import { UI_TEXT } from './ui-text.js';
import { groupPasses } from '../rules/group-scores.js';

export interface HtmlReportOptions {
  lang: Lang;
  /** when the report was made, printed on it as evidence; omitted when not given */
  generatedAt?: Date;
}

const REPORT_CSS = `
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
`;

/** The whole check as one printable, self-contained page: evidence of what the unit sent. */
export function htmlReport(report: CheckReport, options: HtmlReportOptions): string {
  const { lang } = options;
  const h = HTML_TEXT[lang];
  const when = options.generatedAt ? formatDateTime(options.generatedAt, lang) : undefined;
  const { applications, ready, notReady } = report.summary;
  const body = html`
<header>
<h1>${h.documentTitle}</h1>
<p class="doc-meta">${when ? h.generated(when, PACKAGE_VERSION) : `gecc ${PACKAGE_VERSION}`}${applications > 1 ? html` · ${h.summary(applications, ready, notReady)}` : ''}</p>
</header>
${report.applications.map((app) => applicationSection(app, lang))}`;
  const title =
    report.applications.length === 1
      ? `${h.documentTitle} — ${report.applications[0]!.unit.name ?? report.applications[0]!.path}`
      : h.documentTitle;
  return htmlDocument({ lang, title, css: REPORT_CSS, body });
}

function applicationSection(app: ApplicationResult, lang: Lang): SafeHtml {
  const t = UI_TEXT[lang];
  const errors = app.findings.filter((f) => f.severity === 'error').length;
  const warnings = app.findings.filter((f) => f.severity === 'warning').length;
  const verdict = app.ready ? t.ready : `${t.notReady}${app.disqualified ? ` — ${t.disqualified}` : ''}`;
  return html`
<section class="application">
<h2>${app.unit.name ?? t.unknown}</h2>
<div class="verdict ${app.ready ? 'ready' : 'not-ready'}">${t.verdict}: ${verdict}</div>
<p>${t.counts(errors, warnings)}</p>
${factsTable(app, lang)}
<h3>${t.scores}</h3>
${scoreTable(app, lang)}
${findingsSection(app, lang)}
<p class="reminder">${app.ready ? t.readyReminder : t.notReadyReminder}</p>
${GROUP_IDS.map((group) => groupSection(app, group, lang))}
${attachmentsSection(app, lang)}
</section>`;
}

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

function scoreTable(app: ApplicationResult, lang: Lang): SafeHtml {
  const t = UI_TEXT[lang];
  const h = HTML_TEXT[lang];
  const { scores, catalogue } = app;
  const verdict = (pass: boolean) => html`<span class="${pass ? 'pass' : 'fail'}">${pass ? h.pass : h.fail}</span>`;
  const physicalPass = scores.physical.met === scores.physical.total;
  const rows = [
    html`<tr><td>${catalogue.groups.physical.title[lang]}</td><td class="num">${scores.physical.met}/${scores.physical.total}</td><td>${bar(scores.physical.met, scores.physical.total, scores.physical.total)}</td><td>${t.physicalRule}</td><td>${verdict(physicalPass)}</td></tr>`,
    ...SCORED_GROUP_IDS.map((group) => {
      const s = scores[group];
      const pass = groupPasses(app, group);
      return html`<tr><td>${catalogue.groups[group].title[lang]}</td><td class="num">${s.score}/${s.max}</td><td>${bar(s.score, s.max, s.required)}</td><td>${s.required === null ? t.noThreshold : t.required(s.required)}</td><td>${s.required === null ? '—' : verdict(pass)}</td></tr>`;
    }),
  ];
  if (scores.total.pass !== null) {
    const level = catalogue.levels?.find((l) => l.id === scores.total.level);
    rows.push(
      html`<tr><td><strong>${t.totalLine(scores.total.score, scores.total.max)}</strong>${level ? html` — ${t.level}: ${level.title[lang]}` : ''}</td><td class="num">${scores.total.score}/${scores.total.max}</td><td>${bar(scores.total.score, scores.total.max, scores.total.pass)}</td><td>${t.passTotal(scores.total.pass)}</td><td>${verdict(scores.total.score >= scores.total.pass)}</td></tr>`,
    );
  }
  return html`<table class="scores"><thead><tr><th>${h.group}</th><th class="num">${h.score}</th><th></th><th>${h.threshold}</th><th>${h.result}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A bar filled to the score, with a mark at the threshold; red while short of it. */
function bar(score: number, max: number, required: number | null): SafeHtml {
  const percent = (n: number) => (max > 0 ? Math.max(0, Math.min(100, (n / max) * 100)) : 0).toFixed(1);
  const short = required !== null && score < required;
  return html`<div class="bar" role="img" aria-label="${score}/${max}"><span class="fill${short ? ' short' : ''}" style="width:${percent(score)}%"></span>${required !== null ? html`<span class="mark" style="left:${percent(required)}%"></span>` : ''}</div>`;
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

function findingItem(finding: Finding, app: ApplicationResult, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const { text, fix } = renderMessage(finding, lang, app.catalogue);
  const where = [
    finding.line !== undefined ? `${app.answersFile ?? 'application.yaml'}:${finding.line}:${finding.column ?? 1}` : undefined,
    finding.file !== undefined && finding.line === undefined ? finding.file : undefined,
  ].filter(Boolean);
  return html`<li class="${finding.severity}"><span class="badge ${finding.severity}">${h.severities[finding.severity]}</span><span class="pre">${text}</span>${fix ? html`<div class="fix">${UI_TEXT[lang].fix}: ${fix}</div>` : ''}${where.length > 0 ? html`<div class="where">${h.where}: ${where.join(' · ')} <span class="mono">${finding.code}</span></div>` : html`<div class="where mono">${finding.code}</div>`}</li>`;
}

function groupSection(app: ApplicationResult, group: GroupId, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const { catalogue } = app;
  const items = new Map(app.items.filter((i) => i.group === group).map((i) => [i.id, i]));
  const score =
    group === 'physical'
      ? `${app.scores.physical.met}/${app.scores.physical.total}`
      : `${app.scores[group].score}/${app.scores[group].max}`;
  const withEvidence = group !== 'physical';
  return html`
<section class="group page-break">
<h2>${catalogue.groups[group].title[lang]} <span class="muted">(${h.score} ${score})</span></h2>
<table class="items">
<thead><tr><th>${h.item}</th><th>${h.state}</th>${withEvidence ? html`<th>${h.points}</th>` : ''}<th>${withEvidence ? h.evidence : h.answer}</th></tr></thead>
<tbody>${catalogue.groups[group].items.map((item) => itemRow(item, items.get(item.id), app, lang, withEvidence))}</tbody>
</table>
</section>`;
}

function itemRow(
  item: CatalogueItem,
  outcome: ItemOutcome | undefined,
  app: ApplicationResult,
  lang: Lang,
  withEvidence: boolean,
): SafeHtml {
  const h = HTML_TEXT[lang];
  const state = outcome?.state ?? 'not-answered';
  const title = html`<strong>${item.id}</strong>${item.number ? html` <span class="muted">[${item.number}]</span>` : ''}`;
  const heading = html`<div>${item.title[lang]}${item.titlePlaceholder ? html` <span class="muted small">(${UI_TEXT[lang].placeholderTitle})</span>` : ''}</div>`;
  const stateCell = html`<td class="state"><span class="badge ${state}">${h.states[state]}</span></td>`;
  if (!withEvidence)
    return html`<tr><td class="id">${title}</td>${stateCell}<td>${heading}<div>${h.answer}: ${outcome?.answer ?? '—'}</div>${itemProblems(item.id, app, lang)}</td></tr>`;
  const points = outcome
    ? html`${outcome.points}${outcome.claimed !== undefined && outcome.claimed !== outcome.points ? html`<div class="muted small">${h.claimed(outcome.claimed)}</div>` : ''}`
    : '0';
  return html`<tr><td class="id">${title}</td>${stateCell}<td class="points num">${points}</td><td>${heading}${outcome?.answer ? html`<div>${h.answer}: ${outcome.answer}</div>` : ''}${outcome?.text ? html`<div class="pre">${outcome.text}</div>` : ''}${(outcome?.files ?? []).map((file) => fileLine(file, app, lang))}${itemProblems(item.id, app, lang)}</td></tr>`;
}

/** The item's own errors and warnings, beside it, so a printed page explains its state. */
function itemProblems(id: string, app: ApplicationResult, lang: Lang): SafeHtml[] {
  return app.findings
    .filter((f) => f.item === id && f.severity !== 'info')
    .map(
      (f) =>
        html`<div class="item-problem ${f.severity}">${f.severity === 'error' ? '✗' : '!'} ${renderMessage(f, lang, app.catalogue).text}</div>`,
    );
}

function fileLine(reference: string, app: ApplicationResult, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  const report = attachmentOf(reference, app);
  if (!report) return html`<div class="file">${reference}</div>`;
  const details = [
    report.type?.toUpperCase(),
    report.bytes !== undefined ? h.bytes(report.bytes) : undefined,
    report.pages !== undefined ? `${report.pages} ${h.pages}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<div class="file">${report.path}${details ? html` <span class="muted">(${details})</span>` : ''}${report.usable ? '' : html` <span class="badge error">${h.notUsable}</span>`}${report.sha256 ? html`<div class="mono">SHA-256 ${report.sha256}</div>` : ''}</div>`;
}

/** The inspection of a file an item names (the inspector keys them by the reference, tidied). */
function attachmentOf(reference: string, app: ApplicationResult): AttachmentReport | undefined {
  const key = normaliseReference(reference).replace(/^(\.\/)+/, '');
  return app.attachments.find((a) => a.path === key) ?? app.attachments.find((a) => a.path === normaliseReference(reference));
}

function attachmentsSection(app: ApplicationResult, lang: Lang): SafeHtml {
  const h = HTML_TEXT[lang];
  if (app.attachments.length === 0) return html`<h2 class="page-break">${h.attachments}</h2><p>${h.noAttachments}</p>`;
  return html`
<section class="page-break">
<h2>${h.attachments} (${app.attachments.length})</h2>
<table class="attachments small">
<thead><tr><th>${h.file}</th><th>${h.type}</th><th class="num">${h.size}</th><th class="num">${h.pages}</th><th>${h.fingerprint}</th></tr></thead>
<tbody>${app.attachments.map((a) => html`<tr><td>${a.path}${a.usable ? '' : html` <span class="badge error">${h.notUsable}</span>`}</td><td>${a.type?.toUpperCase() ?? '—'}</td><td class="num">${a.bytes !== undefined ? h.bytes(a.bytes) : '—'}</td><td class="num">${a.pages ?? '—'}</td><td class="mono">${a.sha256 ?? '—'}</td></tr>`)}</tbody>
</table>
</section>`;
}

/** Date and time in Bangkok: Thai in the Buddhist era, English in the Common Era. */
export function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  }).format(date);
}
