import { APPLICANTS, UNIT_KINDS } from '../criteria/unit-kinds.js';
import { kindName, UPLOAD_ACCEPT } from '../attachment-kinds.js';
import { attachmentRule } from '../criteria/attachment-rule.js';
import { GROUP_IDS, type SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Catalogue, CatalogueItem, GroupId } from '../criteria/catalogue-schema.js';
import { defaultItemPoints, itemMaxPoints } from '../criteria/points.js';
import type { Lang } from '../lang.js';
import { countsOf } from '../report/application-facts.js';
import { html, type SafeHtml, trusted } from '../report/html/escape-html.js';
import { HTML_TEXT } from '../report/html-text.js';
import { findingItem, scoreTable } from '../report/html-report.js';
import { incompleteItems } from '../report/human-report.js';
import { UI_TEXT } from '../report/ui-text.js';
import type { ApplicationResult, ItemOutcome } from '../result.js';
import { EDIT_TEXT } from './edit-text.js';
import type { FormField, ShownValue } from './form-fields.js';

/** What the page is drawn from: the latest check, and the values of application.yaml as the page shows them. */
export interface PageView {
  result: ApplicationResult;
  catalogue: Catalogue;
  fields: FormField[];
  values: Record<string, ShownValue>;
  /** the folder, as the user named it */
  folder: string;
  /** changes when the page's controls themselves change (another applicant, another edition): the page reloads */
  layout: string;
  /** counts the states the server has had: the page drops a state older than the one it shows */
  version: number;
}

/** The state the page's script receives: values for the controls, and the parts of the page drawn anew. */
export interface PageState {
  version: number;
  layout: string;
  ready: boolean;
  values: Record<string, ShownValue>;
  parts: Record<string, string>;
}

const STATE_DATA_ID = 'gecc-edit-state';
const fieldId = (path: string) => `field-${path}`;
const itemAnchor = (id: string) => `item-${id}`;
const groupAnchor = (group: string) => `group-${group}`;

/** The editing page: every group in GECC Online's order, each item with its controls, attachments and findings. */
export function editPage(view: PageView, lang: Lang): string {
  const t = EDIT_TEXT[lang];
  const { catalogue } = view;
  const parts = pageParts(view, lang);
  const part = (id: string, tag: 'div' | 'span' = 'div', extra = '') =>
    html`<${tag} data-part="${id}"${extra ? html` ${extra}` : ''}>${trustedPart(parts[id])}</${tag}>`;
  const byTarget = new Map<string, FormField[]>();
  for (const field of view.fields) byTarget.set(field.target, [...(byTarget.get(field.target) ?? []), field]);
  const controls = (target: string) => (byTarget.get(target) ?? []).map((field) => control(field, view, lang));
  const groups = GROUP_IDS.map((group) => {
    const g = catalogue.groups[group];
    return html`
<section class="group" id="${groupAnchor(group)}">
<h2>${g.title[lang]} ${part(`score-${group}`, 'span', 'class="muted"')}</h2>
${g.items.map(
  (item) => html`
<section class="item" id="${itemAnchor(item.id)}">
<h3>${itemHeading(item, lang)} ${part(`state-${item.id}`, 'span', 'class="state"')}</h3>
${item.evidence ? html`<p class="evidence"><strong>${t.evidence}:</strong> ${item.evidence[lang]}</p>` : ''}
${controls(item.id)}
${part(`findings-${item.id}`, 'div', 'class="item-findings"')}
</section>`,
)}
</section>`;
  });
  const body = html`
<header class="top">
<h1>${t.title}</h1>
<p class="muted">${t.folder}: <span class="mono-ish">${view.folder}</span></p>
<p>${t.intro}</p>
<nav aria-label="${t.contents}" class="contents">
<a href="#summary">${UI_TEXT[lang].verdict}</a> · <a href="#section-unit">${t.unitSection}</a> · <a href="#section-readiness_form">${t.readinessSection}</a>
${GROUP_IDS.map((group) => html`<div><a href="#${groupAnchor(group)}">${catalogue.groups[group].title[lang]}</a>: ${catalogue.groups[group].items.map((item) => html`<a href="#${itemAnchor(item.id)}">${item.id}</a> `)}</div>`)}
</nav>
<p class="actions"><a href="/upload-day" target="_blank" rel="noopener">${t.uploadDay}</a> <span class="muted">(${t.uploadDayNote})</span> <button type="button" id="close-gecc">${t.close}</button></p>
<div id="notice" role="status" aria-live="polite"></div>
</header>
<main>
<section id="summary" class="summary">${part('summary')}</section>
<section class="group" id="section-unit">
<h2>${t.unitSection}</h2>
${controls('unit')}
${part('findings-unit', 'div', 'class="item-findings"')}
</section>
<section class="group" id="section-readiness_form">
<h2>${t.readinessSection}</h2>
${controls('readiness_form')}
${part('findings-readiness_form', 'div', 'class="item-findings"')}
</section>
${groups}
</main>`;
  const state: PageState = { version: view.version, layout: view.layout, ready: view.result.ready, values: view.values, parts: {} };
  return pageDocument(lang, view.result.unit.name ? `${t.title} — ${view.result.unit.name}` : t.title, body, state);
}

/** A folder without application.yaml: the page asks the two things a starter needs, as `gecc init --kind --applicant` does. */
export function startPage(folder: string, lang: Lang): string {
  const t = EDIT_TEXT[lang];
  const ui = UI_TEXT[lang];
  const body = html`
<header class="top">
<h1>${t.title}</h1>
<p class="muted">${t.folder}: <span class="mono-ish">${folder}</span></p>
<div id="notice" role="status" aria-live="polite"></div>
</header>
<main>
<section class="group start" id="start">
<h2>${t.startHeading}</h2>
<p>${t.startIntro}</p>
<div class="field"><label for="${fieldId('unit.kind')}">${t.kind}</label>
<select id="${fieldId('unit.kind')}" name="unit.kind" data-start><option value="">${t.choose}</option>${UNIT_KINDS.map((kind) => html`<option value="${kind}">${ui.kinds[kind]}</option>`)}</select></div>
<div class="field"><label for="${fieldId('unit.applicant')}">${t.applicant}</label>
<select id="${fieldId('unit.applicant')}" name="unit.applicant" data-start>${APPLICANTS.map((a) => html`<option value="${a}"${a === 'new' ? ' selected' : ''}>${ui.applicants[a]}</option>`)}</select>
<div class="muted small">${t.applicantNote}</div></div>
<p><button type="button" id="start-application">${t.startButton}</button> <span class="save-state" id="start-state" aria-live="polite"></span></p>
</section>
</main>`;
  return pageDocument(lang, t.title, body, { version: 0, layout: 'start', ready: false, values: {}, parts: {} });
}

/** The page closed by its button: nothing more to do but close the tab. */
export function closedPage(lang: Lang): string {
  return pageDocument(lang, EDIT_TEXT[lang].title, html`<main><p class="closed">${EDIT_TEXT[lang].closed}</p></main>`, undefined);
}

function pageDocument(lang: Lang, title: string, body: SafeHtml, state: PageState | undefined): string {
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/edit.css">
${state ? html`<script src="/edit.js" defer></script>` : ''}
</head>
<body>
${body}
${state ? html`<script type="application/json" id="${STATE_DATA_ID}">${trustedPart(JSON.stringify({ state, words: clientWords(lang) }).replace(/</g, '\\u003c'))}</script>` : ''}
</body>
</html>
`.value;
}

/** The words the page's script says, with {name} where it puts a file's name. */
function clientWords(lang: Lang): Record<string, string> {
  const t = EDIT_TEXT[lang];
  return {
    saving: t.saving,
    saved: t.saved,
    notSaved: t.notSaved('{reason}'),
    uploading: t.uploading('{name}'),
    uploaded: t.uploaded('{name}', '{saved}'),
    refused: t.refused('{name}'),
    conflict: t.conflict,
    keepMine: t.keepMine,
    keepFile: t.keepFile,
    outsideEdit: t.outsideEdit,
    disconnected: t.disconnected,
    closed: t.closed,
    empty: t.empty,
  };
}

/** Markup made by this module's own `html` (escaped): parts travel as strings between the server and the page. */
const trustedPart = (markup: string | undefined): SafeHtml => trusted(markup ?? '');

function itemHeading(item: CatalogueItem, lang: Lang): SafeHtml {
  return html`<span class="item-id">${item.id}</span>${item.number ? html` <span class="muted">[${item.number}]</span>` : ''} ${item.title[lang]}${item.titlePlaceholder ? html` <span class="muted small">(${UI_TEXT[lang].placeholderTitle})</span>` : ''}`;
}

/** One value's control with its visible label. */
function control(field: FormField, view: PageView, lang: Lang): SafeHtml {
  const t = EDIT_TEXT[lang];
  const ui = UI_TEXT[lang];
  const value = view.values[field.path] ?? (field.kind === 'files' ? [] : '');
  const text = Array.isArray(value) ? '' : value;
  const id = fieldId(field.path);
  const saveState = html`<span class="save-state" data-save-state="${field.path}" aria-live="polite"></span>`;
  const label = labelOf(field, view.catalogue, lang);
  switch (field.kind) {
    case 'line':
      return html`<div class="field"><label for="${id}">${label}</label><input type="text" id="${id}" name="${field.path}" value="${text}" autocomplete="off"${field.path === 'unit.contact.phone' ? html` inputmode="tel"` : field.path === 'unit.contact.email' ? html` inputmode="email"` : ''}>${saveState}</div>`;
    case 'text':
      return html`<div class="field"><label for="${id}">${label}</label><textarea id="${id}" name="${field.path}" rows="4">${text}</textarea>${saveState}</div>`;
    case 'score':
      return html`<div class="field score"><label for="${id}">${label}</label><input type="text" inputmode="numeric" id="${id}" name="${field.path}" value="${text}" autocomplete="off">${saveState}</div>`;
    case 'choice': {
      const options: [string, string][] =
        field.path === 'unit.kind'
          ? UNIT_KINDS.map((kind) => [kind, ui.kinds[kind] ?? kind])
          : APPLICANTS.map((a) => [a, ui.applicants[a] ?? a]);
      // a value the file has that is none of the choices stays shown, for the check's finding to explain
      if (text !== '' && !options.some(([v]) => v === text)) options.push([text, text]);
      const note = field.path === 'unit.applicant' ? html`<div class="muted small">${t.applicantNote}</div>` : '';
      return html`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${field.path}"><option value=""${text === '' ? ' selected' : ''}>${t.choose}</option>${options.map(([v, words]) => html`<option value="${v}"${v === text ? ' selected' : ''}>${words}</option>`)}</select>${note}${saveState}</div>`;
    }
    case 'yes-no': {
      const radio = (answer: string, words: string) =>
        html`<label class="choice"><input type="radio" name="${field.path}" value="${answer}"${text === answer ? ' checked' : ''}> ${words}</label>`;
      const other = text !== '' && text !== 'มี' && text !== 'ไม่มี' ? html` <span class="muted">(${t.answer}: ${text})</span>` : '';
      return html`<fieldset class="field yes-no"><legend>${label}</legend>${radio('มี', t.yes)}${radio('ไม่มี', t.no)}${other}${saveState}</fieldset>`;
    }
    case 'files':
    case 'file':
      return html`<div class="field files"><div class="files-title">${label}</div><div data-part="files-${field.path}">${filesPart(field, view, lang)}</div><div class="drop" data-drop="${field.path}">${t.drop(attachmentRule(view.catalogue, lang))} <label class="file-button" for="${id}">${t.chooseFile}</label> <input type="file" id="${id}" name="${field.path}"${field.kind === 'files' ? ' multiple' : ''} accept="${UPLOAD_ACCEPT}"></div><div class="upload-state" data-upload-state="${field.path}" aria-live="polite"></div></div>`;
  }
}

function labelOf(field: FormField, catalogue: Catalogue, lang: Lang): string {
  const t = EDIT_TEXT[lang];
  const fixed: Record<string, string> = {
    'unit.name': t.unitName,
    'unit.kind': t.kind,
    'unit.parent': t.parent,
    'unit.applicant': t.applicant,
    'unit.contact.name': t.contactName,
    'unit.contact.phone': t.phone,
    'unit.contact.email': t.email,
    'readiness_form.signer': t.signer,
    'readiness_form.signer_position': t.signerPosition,
    'readiness_form.file': t.formFile,
  };
  if (fixed[field.path]) return fixed[field.path]!;
  const group = field.path.split('.')[0] as GroupId;
  const ofItem = ` (${field.target})`;
  if (field.kind === 'yes-no') return group === 'physical' ? `${t.answer}${ofItem}` : `${t.answer}${ofItem}`;
  if (field.kind === 'text') return `${t.text}${ofItem}`;
  if (field.kind === 'files') return `${t.attachments}${ofItem}`;
  const points = catalogue.groups[group as (typeof SCORED_GROUP_IDS)[number]].points;
  return group === 'advanced'
    ? `${t.scoreOptional(defaultItemPoints(points), itemMaxPoints(points))}${ofItem}`
    : `${t.score(itemMaxPoints(points))}${ofItem}`;
}

/**
 * The parts of the page that each check draws anew: the summary at the top, and for each item its
 * state, attachments and findings. Every text in them is escaped here.
 */
function pageParts(view: PageView, lang: Lang): Record<string, string> {
  const { result, catalogue } = view;
  const t = EDIT_TEXT[lang];
  const parts: Record<string, string> = { summary: summaryPart(result, lang).value };
  const outcomes = new Map(result.items.map((i) => [i.id, i]));
  const read = result.items.length > 0;
  for (const group of GROUP_IDS) {
    parts[`score-${group}`] = read
      ? group === 'physical'
        ? `(${result.scores.physical.met}/${result.scores.physical.total})`
        : `(${result.scores[group].score}/${result.scores[group].max})`
      : '';
    for (const item of catalogue.groups[group].items) {
      const state = outcomes.get(item.id)?.state ?? 'not-answered';
      parts[`state-${item.id}`] = html`<span class="badge ${state}">${t.stateWords[state]}</span>`.value;
      parts[`findings-${item.id}`] = findingsOf(item.id, result, lang).value;
    }
  }
  for (const section of ['unit', 'readiness_form']) parts[`findings-${section}`] = findingsOf(section, result, lang).value;
  for (const field of view.fields)
    if (field.kind === 'files' || field.kind === 'file') parts[`files-${field.path}`] = filesPart(field, view, lang).value;
  return parts;
}

/** The state sent to the page after a check. */
export function pageState(view: PageView, lang: Lang): PageState {
  return { version: view.version, layout: view.layout, ready: view.result.ready, values: view.values, parts: pageParts(view, lang) };
}

function summaryPart(result: ApplicationResult, lang: Lang): SafeHtml {
  const t = EDIT_TEXT[lang];
  const ui = UI_TEXT[lang];
  const { errors, warnings } = countsOf(result);
  const verdict = result.ready ? t.verdictReady : result.disqualified ? t.verdictDisqualified : t.verdictNotReady;
  const read = result.items.length > 0;
  const missing = incompleteItems(result);
  const titles = new Map(GROUP_IDS.flatMap((g) => result.catalogue.groups[g].items.map((i) => [i.id, i.title[lang]] as const)));
  const general = result.findings.filter((f) => f.item === undefined);
  return html`<div class="verdict ${result.ready ? 'ready' : 'not-ready'}" data-ready="${result.ready ? 'true' : 'false'}">${ui.verdict}: ${verdict}</div>
<p>${ui.counts(errors, warnings)}</p>
${read ? scoreTable(result, lang) : html`<p>${t.noAnswers}</p>`}
${read ? html`<h3>${ui.incomplete(missing.length)}</h3>${missing.length === 0 ? html`<p>${t.allAnswered}</p>` : html`<ul class="missing">${missing.map((i: ItemOutcome) => html`<li><a href="#${itemAnchor(i.id)}">${i.id} ${titles.get(i.id) ?? ''}</a> — ${t.stateWords[i.state]}</li>`)}</ul>`}` : ''}
${general.length > 0 ? html`<h3>${ui.general}</h3><ul class="findings">${general.map((f) => findingItem(f, result, lang))}</ul>` : ''}`;
}

function findingsOf(target: string, result: ApplicationResult, lang: Lang): SafeHtml {
  const own = result.findings.filter((f) => f.item === target);
  return own.length === 0 ? html`` : html`<ul class="findings">${own.map((f) => findingItem(f, result, lang))}</ul>`;
}

/** An item's attachments: each with its real type, size, pages and whether it can serve, and a button to remove it from the item. */
function filesPart(field: FormField, view: PageView, lang: Lang): SafeHtml {
  const t = EDIT_TEXT[lang];
  const h = HTML_TEXT[lang];
  const { result } = view;
  const written = view.values[field.path];
  const references = Array.isArray(written) ? written : written ? [written] : [];
  if (references.length === 0) return html`<p class="muted small">${t.noAttachments}</p>`;
  const outcome = result.items.find((i) => i.id === field.target);
  const resolved = (reference: string, i: number) =>
    outcome?.attachments?.[outcome.files.indexOf(reference) === -1 ? i : outcome.files.indexOf(reference)] ??
    reference.trim().replace(/\\/g, '/');
  return html`<ul class="attachments">${references.map((reference, i) => {
    const report = result.attachments.find((a) => a.path === resolved(reference, i));
    const details = report
      ? [
          report.type && kindName(report.type),
          report.bytes !== undefined ? h.bytes(report.bytes) : undefined,
          report.pages !== undefined ? t.pages(report.pages) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
    const usable = report
      ? html` <span class="badge ${report.usable ? 'complete' : 'error'}">${report.usable ? t.usable : t.notUsable}</span>`
      : '';
    return html`<li><span class="file-name">${reference}</span>${details ? html` <span class="muted">(${details})</span>` : ''}${usable} <button type="button" class="remove" data-remove="${field.path}" data-file="${reference}">${t.remove}</button></li>`;
  })}</ul>`;
}

/** The page's own styles, after the report's (scores, findings and badges look as they do there). */
export const EDIT_CSS = `
body{max-width:62rem;padding:1rem 1.25rem 4rem;font-size:12pt}
.top{border-bottom:0.3mm solid var(--line);padding-bottom:0.5rem;margin-bottom:0.5rem}
.contents{font-size:10.5pt;line-height:1.9}
.contents a{color:var(--accent)}
.actions button,#start-application{font:inherit;font-weight:700;padding:0.2rem 0.9rem;border:0.3mm solid var(--accent);border-radius:0.3rem;background:#fff;color:var(--accent);cursor:pointer}
#close-gecc{margin-left:1rem;border-color:var(--bad);color:var(--bad)}
#notice:not(:empty){margin:0.5rem 0;padding:0.4rem 0.6rem;border:0.3mm solid var(--info);background:var(--info-bg);border-radius:0.3rem}
#notice.problem{border-color:var(--bad);background:var(--bad-bg)}
.summary{position:relative}
.group{margin-top:1.5rem}
.item{border-top:0.3mm solid var(--line);padding:0.6rem 0 0.8rem}
.item h3{margin:0.2rem 0 0.3rem;font-size:12.5pt}
.item-id{font-weight:700}
.evidence{font-size:10.5pt;color:var(--muted)}
.field{margin:0.5rem 0;border:none;padding:0}
.field>label,.field>legend,.files-title{display:block;font-weight:700;margin-bottom:0.15rem;padding:0}
.field input[type=text],.field textarea,.field select{font:inherit;width:100%;padding:0.3rem 0.45rem;border:0.3mm solid #8a94a3;border-radius:0.25rem;background:#fff}
.field.score input{width:8rem}
.field textarea{min-height:5.5rem;resize:vertical}
.field input:focus,.field textarea:focus,.field select:focus,button:focus,a:focus,.drop input:focus{outline:0.6mm solid var(--accent);outline-offset:1px}
.choice{margin-right:1.5rem;cursor:pointer}
.save-state,.upload-state{display:block;font-size:10pt;min-height:1.2em;color:var(--muted)}
.save-state[data-state=failed],.upload-state[data-state=failed]{color:var(--bad)}
.save-state[data-state=saved],.upload-state[data-state=saved]{color:var(--ok)}
.drop{margin-top:0.3rem;padding:0.6rem;border:0.5mm dashed #8a94a3;border-radius:0.4rem;background:#fafbfc;font-size:10.5pt}
.drop.over{border-color:var(--accent);background:var(--info-bg)}
.file-button{font-weight:700;color:var(--accent);margin-right:0.4rem}
ul.attachments{list-style:none;margin:0.2rem 0;padding:0}
ul.attachments li{padding:0.15rem 0;overflow-wrap:anywhere}
button.remove{font:inherit;font-size:9.5pt;margin-left:0.4rem;padding:0 0.5rem;border:0.3mm solid var(--muted);border-radius:0.2rem;background:#fff;cursor:pointer}
.conflict{margin:0.3rem 0;padding:0.4rem 0.6rem;border:0.4mm solid var(--warn);background:var(--warn-bg);border-radius:0.3rem}
.conflict .theirs{white-space:pre-wrap;margin:0.2rem 0;font-weight:700}
.conflict button{font:inherit;margin-right:0.5rem}
.refused{margin:0.3rem 0}
.state .badge{font-size:9.5pt}
ul.missing{columns:2;font-size:10.5pt}
ul.missing a{color:var(--accent)}
.closed{font-size:14pt;margin-top:3rem}
`;
