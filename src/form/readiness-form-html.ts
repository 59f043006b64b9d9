import { GROUP_IDS, SCORED_GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { CatalogueItem, GroupId } from '../criteria/catalogue-schema.js';
import { itemMaxPoints } from '../criteria/points.js';
import { ownHead, positionToPrint } from '../criteria/signer-position.js';
import type { Lang } from '../lang.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { html, type SafeHtml } from '../report/html/escape-html.js';
import { htmlDocument } from '../report/html/html-document.js';
import { UI_TEXT } from '../report/ui-text.js';
import type { Finding } from '../findings/finding.js';
import type { ApplicationResult, ItemOutcome } from '../result.js';
import { FORM_TEXT } from './form-text.js';
import { formatOfficialDate, toThaiDigits } from './thai-numbers.js';
import { groupPasses } from '../rules/group-scores.js';
import { applicationForDisplay } from '../report/for-display.js';

export interface FormOptions {
  lang: Lang;
  /** the date printed by the signature */
  date: Date;
  /** numbers in Thai digits (๐-๙) */
  thaiDigits?: boolean;
  /**
   * watermark every page as a draft even if the application were ready; an application that is
   * not ready always gets the draft banner and watermark, whatever this says
   */
  draft?: boolean;
}

/** Why a form cannot be made for an application as it stands, if it cannot. */
export type FormRefusal = 'disqualified' | 'no-answers';

/**
 * A disqualified application must not be signed; one whose answers could not be read has
 * nothing to put on a form. --draft makes the first printable for review, never the second.
 */
export function formRefusal(app: ApplicationResult): FormRefusal | undefined {
  if (app.items.length === 0) return 'no-answers';
  if (app.disqualified) return 'disqualified';
  return undefined;
}

/**
 * Whether the form, as it stands, is the one to sign: the application is ready but for the
 * signed form itself, which cannot be attached before this form is printed and signed. Every
 * other error makes it a draft.
 */
export function formToSign(app: ApplicationResult): boolean {
  return formRefusal(app) === undefined && app.findings.every((f) => f.severity !== 'error' || awaitsSignedForm(f));
}

const SIGNED_FORM_FIELDS = new Set(['readiness_form.file', 'readiness_form.signer', 'readiness_form.signer_position']);

/** A finding that says only that the signed form is not there yet: none, a blank entry, or a scan not in the folder. */
function awaitsSignedForm(f: Finding): boolean {
  if (f.item !== 'readiness_form') return false;
  if (f.code === 'readiness.missing' || f.code === 'file.not-found') return true;
  return f.code === 'answers.missing-field' && SIGNED_FORM_FIELDS.has(f.args.field);
}

const FORM_CSS = `
@page{margin:15mm 15mm 15mm 20mm}
body{font-size:11pt}
h1{font-size:15pt;text-align:center;color:var(--ink)}
.subtitle{text-align:center;margin-bottom:4mm}
h2{font-size:12.5pt;color:var(--ink);margin:4mm 0 1.5mm}
h3{font-size:11.5pt;margin:3mm 0 1mm}
th,td{padding:0.6mm 1.8mm}
.unit th{width:40mm;background:#f6f7f9}
.items td.id{width:15mm;white-space:nowrap}
.items td.result,.items th.result{width:40mm;text-align:center}
.summary td,.summary th{white-space:nowrap}
.summary td:first-child{white-space:normal}
.items tr.total td{font-weight:700;background:#f6f7f9}
/* the group's title heads its table, so it repeats on every page the table runs over and is never left alone at a page's foot */
.items tr.group-title th{background:#fff;border:none;border-bottom:0.3mm solid var(--line);font-size:11.5pt;padding:3mm 0 1mm}
.note{font-size:9pt;color:var(--muted)}
.short{color:var(--bad)}
.draft-banner{border:0.5mm solid var(--bad);color:var(--bad);background:var(--bad-bg);font-weight:700;text-align:center;padding:1.5mm;margin-bottom:3mm}
.signature{break-inside:avoid;margin-top:8mm;display:flex;flex-direction:column;align-items:flex-end}
.signature .certify{align-self:stretch;margin-bottom:10mm}
.signature .block{width:95mm;text-align:center;line-height:2}
.signature .line{display:inline-block;border-bottom:0.3mm dotted var(--ink);width:62mm}
.footer{margin-top:6mm;font-size:8.5pt;color:var(--muted);text-align:center}
/* gecc's own small print is not part of the official form: seen on screen, never on the signed paper */
@media print{.screen-only{display:none}}
`;

/** The readiness self-assessment form (แบบประเมินความพร้อม), filled from the unit's answers, to print and sign. */
export function readinessFormHtml(given: ApplicationResult, options: FormOptions): string {
  // what came from the folder is shown with its control characters escaped, whoever calls this
  const app = applicationForDisplay(given);
  const { lang } = options;
  const f = FORM_TEXT[lang];
  const num = (value: number | string) => (options.thaiDigits ? toThaiDigits(String(value)) : String(value));
  // a form says only what is true: one that cannot be signed as it stands is a draft, always
  const draft = Boolean(options.draft) || !formToSign(app);
  const body = html`
${draft ? html`<div class="draft-banner">${f.draftBanner}</div>` : ''}
<h1>${f.title}</h1>
<p class="subtitle">${f.subtitle(num(app.catalogue.title[lang]))}</p>
${unitTable(app, lang, num)}
${summaryTable(app, lang, num)}
<h2>${num(f.itemsSection)}</h2>
${GROUP_IDS.map((group) => groupTable(app, group, lang, num))}
${signature(app, options, num)}
<p class="footer screen-only">${f.footer(PACKAGE_VERSION)}</p>`;
  return htmlDocument({
    lang,
    title: `${f.title} — ${app.unit.name ?? app.path}`,
    css: FORM_CSS,
    body,
    ...(draft ? { watermark: f.watermark } : {}),
  });
}

type Num = (value: number | string) => string;

function unitTable(app: ApplicationResult, lang: Lang, num: Num): SafeHtml {
  const f = FORM_TEXT[lang];
  const t = UI_TEXT[lang];
  const { unit, contact } = app;
  const contactText = contact
    ? [
        contact.name,
        contact.phone ? `${f.phone} ${num(contact.phone)}` : undefined,
        contact.email ? `${f.email} ${contact.email}` : undefined,
      ]
        .filter(Boolean)
        .join('  ')
    : undefined;
  const rows: [string, string | undefined][] = [
    [f.unitName, unit.name],
    [f.parent, unit.parent],
    [f.kind, unit.kind ? (t.kinds[unit.kind] ?? unit.kind) : undefined],
    [f.applicant, unit.applicant ? (t.applicants[unit.applicant] ?? unit.applicant) : undefined],
    [f.contact, contactText],
  ];
  return html`<h2>${num(f.unitSection)}</h2><table class="unit">${rows.map(([label, value]) => html`<tr><th>${label}</th><td>${value ?? ''}</td></tr>`)}</table>`;
}

function summaryTable(app: ApplicationResult, lang: Lang, num: Num): SafeHtml {
  const f = FORM_TEXT[lang];
  const { scores, catalogue } = app;
  const verdict = (pass: boolean) => html`<span class="${pass ? '' : 'short'}">${pass ? f.pass : f.fail}</span>`;
  const rows = [
    html`<tr><td>${catalogue.groups.physical.title[lang]}</td><td class="center">${num(f.physicalResult(scores.physical.met, scores.physical.total))}</td><td class="center">—</td><td class="center">${f.physicalRule}</td><td class="center">${verdict(scores.physical.met === scores.physical.total)}</td></tr>`,
    ...SCORED_GROUP_IDS.map((group) => {
      const s = scores[group];
      const pass = groupPasses(app, group);
      return html`<tr><td>${catalogue.groups[group].title[lang]}</td><td class="center">${num(capped(s.score, s.max))}</td><td class="center">${num(s.max)}</td><td class="center">${s.required === null ? f.noThreshold : num(f.atLeast(s.required))}</td><td class="center">${s.required === null ? f.noThreshold : verdict(pass)}</td></tr>`;
    }),
  ];
  if (scores.total.pass !== null) {
    rows.push(
      html`<tr><td><strong>${f.total}</strong></td><td class="center"><strong>${num(capped(scores.total.score, scores.total.max))}</strong></td><td class="center">${num(scores.total.max)}</td><td class="center">${num(f.passTotal(scores.total.pass))}</td><td class="center">${verdict(scores.total.score >= scores.total.pass)}</td></tr>`,
    );
  }
  return html`<h2>${num(f.summarySection)}</h2><table class="summary"><thead><tr><th>${f.group}</th><th class="center">${f.selfAssessed}</th><th class="center">${f.full}</th><th class="center">${f.threshold}</th><th class="center">${f.result}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function groupTable(app: ApplicationResult, group: GroupId, lang: Lang, num: Num): SafeHtml {
  const f = FORM_TEXT[lang];
  const catalogueGroup = app.catalogue.groups[group];
  const outcomes = new Map(app.items.filter((i) => i.group === group).map((i) => [i.id, i]));
  const max = group === 'physical' ? undefined : itemMaxPoints(app.catalogue.groups[group].points);
  const total =
    group === 'physical'
      ? num(f.physicalResult(app.scores.physical.met, app.scores.physical.total))
      : `${num(capped(app.scores[group].score, app.scores[group].max))} / ${num(app.scores[group].max)}`;
  return html`
<table class="items">
<thead><tr class="group-title"><th colspan="3">${num(catalogueGroup.title[lang])}</th></tr><tr><th>${f.item}</th><th>${f.criterion}</th><th class="result">${f.selfAssessed}${max !== undefined ? html`<div class="note">${num(f.itemMax(max))}</div>` : ''}</th></tr></thead>
<tbody>
${catalogueGroup.items.map((item) => itemRow(item, outcomes.get(item.id), group, lang, num, max))}
<tr class="total"><td></td><td>${f.groupTotal}</td><td class="result">${total}</td></tr>
</tbody>
</table>`;
}

function itemRow(
  item: CatalogueItem,
  outcome: ItemOutcome | undefined,
  group: GroupId,
  lang: Lang,
  num: Num,
  max: number | undefined,
): SafeHtml {
  const number = item.number ? html` <span class="note">(${num(item.number)})</span>` : '';
  return html`<tr><td class="id">${item.id}${number}</td><td>${num(item.title[lang])}</td><td class="result">${itemResult(outcome, group, lang, num, max)}</td></tr>`;
}

/** A score as the form may print it: never above the most the criteria allow. */
const capped = (score: number, max: number | undefined) => (max === undefined ? score : Math.min(score, max));

/** What the unit assessed for the item: มี/ไม่มี for physical items, points for scored ones. */
function itemResult(outcome: ItemOutcome | undefined, group: GroupId, lang: Lang, num: Num, max: number | undefined): SafeHtml {
  const f = FORM_TEXT[lang];
  if (!outcome || outcome.state === 'not-answered') return html`<span class="short">${f.notAnswered}</span>`;
  if (outcome.state === 'answered-no') return html`<span class="short">${f.hasNot}</span>`;
  if (group === 'physical') return html`${outcome.state === 'complete' ? f.has : html`<span class="short">${f.incomplete}</span>`}`;
  if (outcome.state === 'complete')
    return html`${outcome.answer && group === 'basic' ? `${f.has} · ` : ''}${num(capped(outcome.points, max))}`;
  return html`<span class="short">${num(0)} (${f.incomplete}${outcome.claimed !== undefined ? html`, ${num(f.claimed(outcome.claimed))}` : ''})</span>`;
}

function signature(app: ApplicationResult, options: FormOptions, num: Num): SafeHtml {
  const { lang } = options;
  const f = FORM_TEXT[lang];
  const required = app.unit.kind
    ? app.catalogue.readinessForm.signers[app.unit.kind as keyof typeof app.catalogue.readinessForm.signers]
    : undefined;
  const written = app.readinessForm?.signerPosition?.trim();
  // the position as the unit wrote it where it fits the signer the criteria require (the check's own rule);
  // else the one that would: the director of the unit's own department, or the criteria's title
  const position = positionToPrint(written, required, app.unit.parent) ?? required?.title.th ?? written;
  const name = app.readinessForm?.signer?.trim();
  return html`
<div class="signature">
<p class="certify">${f.certify}</p>
<div class="block">
<div>${f.sign} <span class="line"></span></div>
<div>(${name ? name : html`<span class="line"></span>`})</div>
<div>${f.position} ${position ?? html`<span class="line"></span>`}</div>
<div>${f.date} ${num(formatOfficialDate(options.date, lang))}</div>
${required ? html`<div class="note screen-only">${f.requiredSigner(required.title[lang], ownHead(required, app.unit.parent))}</div>` : ''}
</div>
</div>`;
}
