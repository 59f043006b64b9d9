import type { Lang } from '../lang.js';
import { GROUP_IDS } from './catalogue-groups.js';
import type { Catalogue, CatalogueItem, GroupId } from './catalogue-schema.js';
import { DESCRIBE_TEXT } from './describe-text.js';
import { defaultItemPoints, groupMaxPoints, itemMaxPoints } from './points.js';

export interface FoundItem {
  group: GroupId;
  item: CatalogueItem;
}

/** The item with this id; "b1", "B1" and "b01" all name B01. */
export function findItem(catalogue: Catalogue, id: string): FoundItem | undefined {
  const match = /^\s*([a-z])\s*0*([0-9]{1,2})\s*$/i.exec(id);
  const wanted = match ? `${match[1]!.toUpperCase()}${match[2]!.padStart(2, '0')}` : id.trim();
  for (const group of GROUP_IDS) {
    const item = catalogue.groups[group].items.find((i) => i.id === wanted);
    if (item) return { group, item };
  }
  return undefined;
}

export function allItemIds(catalogue: Catalogue): string[] {
  return GROUP_IDS.flatMap((g) => catalogue.groups[g].items.map((i) => i.id));
}

/** "P01–P14, B01–B16, …": the ids of the edition, group by group. */
export function itemIdRanges(catalogue: Catalogue): string {
  return GROUP_IDS.map((g) => {
    const items = catalogue.groups[g].items;
    return `${items[0]!.id}–${items[items.length - 1]!.id}`;
  }).join(', ');
}

const isInferred = (part: { inferred?: string[] | undefined }, field: string) => part.inferred?.includes(field) ?? false;

function pointsText(catalogue: Catalogue, group: Exclude<GroupId, 'physical'>, lang: Lang): string {
  const t = DESCRIBE_TEXT[lang];
  const { points } = catalogue.groups[group];
  return points.kind === 'each'
    ? t.pointsEach(points.points)
    : t.pointsParts(points.parts.map((p) => `${p.count} × ${p.points}`).join(' + '));
}

function groupLine(catalogue: Catalogue, group: GroupId, lang: Lang): string {
  const t = DESCRIBE_TEXT[lang];
  const g = catalogue.groups[group];
  const mark = (field: string) => (isInferred(g, field) ? ` ${t.inferred}` : '');
  if (group === 'physical') return `${g.title[lang]} — ${t.physicalRule(g.items.length)}`;
  const scored = catalogue.groups[group];
  const parts = [
    t.items(scored.items.length),
    `${pointsText(catalogue, group, lang)}${mark('points')}`,
    t.max(groupMaxPoints(scored.points, scored.items.length)),
    scored.required !== undefined ? `${t.required(scored.required)}${mark('required')}` : t.noRequired,
  ];
  return `${g.title[lang]} — ${parts.join(' · ')}`;
}

function itemTitle(item: CatalogueItem, lang: Lang): string {
  return `${item.number ? `[${item.number}] ` : ''}${item.title[lang]}${item.titlePlaceholder ? ` ${DESCRIBE_TEXT[lang].placeholderMark}` : ''}`;
}

function sourceTitle(catalogue: Catalogue, id: string | undefined, lang: Lang): string | undefined {
  const source = catalogue.sources.find((s) => s.id === id);
  return source ? `${source.title[lang]}${source.reference ? ` — ${source.reference}` : ''}` : undefined;
}

function formatBangkok(iso: string): string {
  // the catalogue's own wording of the moment (e.g. 2023-01-01T08:30:00+07:00), shown as "2023-01-01 08:30"
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');
}

/** The whole catalogue for people: every group with its items, points, thresholds and provenance. */
export function describeCatalogue(catalogue: Catalogue, lang: Lang): string {
  const t = DESCRIBE_TEXT[lang];
  const out: string[] = [`${catalogue.title[lang]} (${t.edition(catalogue.edition)})`, ''];
  let placeholders = false;
  let inferred = false;
  for (const group of GROUP_IDS) {
    const g = catalogue.groups[group];
    out.push(groupLine(catalogue, group, lang));
    inferred ||= (g.inferred?.length ?? 0) > 0;
    for (const item of g.items) {
      placeholders ||= Boolean(item.titlePlaceholder);
      out.push(`  ${item.id}  ${itemTitle(item, lang)}`);
    }
    if (g.note) out.push(`  ${t.note}: ${g.note[lang]}`);
    if (g.source) out.push(`  ${t.source}: ${g.source}`);
    out.push('');
  }
  const max = GROUP_IDS.filter((g) => g !== 'physical').reduce((sum, g) => {
    const scored = catalogue.groups[g as Exclude<GroupId, 'physical'>];
    return sum + groupMaxPoints(scored.points, scored.items.length);
  }, 0);
  if (catalogue.passTotal !== undefined) out.push(t.passTotal(catalogue.passTotal, max));
  if (catalogue.levels?.length) out.push(`${t.levels}: ${catalogue.levels.map((l) => `${l.title[lang]} ${l.min}–${l.max}`).join(' · ')}`);
  if (catalogue.window) {
    const w = catalogue.window;
    out.push(
      `${t.window(formatBangkok(w.opens), formatBangkok(w.closes), w.timeZone)}${isInferred(w, 'opens') || isInferred(w, 'closes') ? ` ${t.inferred}` : ''}`,
    );
  }
  const a = catalogue.attachments;
  inferred ||=
    (a.inferred?.length ?? 0) > 0 || (catalogue.readinessForm.inferred?.length ?? 0) > 0 || (catalogue.window?.inferred?.length ?? 0) > 0;
  out.push(
    `${t.attachments(a.types.map((x) => x.toUpperCase()).join(', '), String(Math.round((a.maxBytes / 1_048_576) * 10) / 10), a.maxBytes.toLocaleString('en-US'), a.warnBytes.toLocaleString('en-US'))}${isInferred(a, 'maxBytes') || isInferred(a, 'types') ? ` ${t.inferred}` : ''}`,
  );
  const signers = Object.entries(catalogue.readinessForm.signers).map(([kind, s]) => `${kind}: ${s.title[lang]}`);
  if (signers.length > 0)
    out.push(`${t.readinessForm}: ${signers.join(' · ')}${isInferred(catalogue.readinessForm, 'signers') ? ` ${t.inferred}` : ''}`);
  out.push('');
  if (placeholders) out.push(t.legendPlaceholder);
  if (inferred) out.push(t.legendInferred);
  out.push(`${t.sources}:`);
  for (const source of catalogue.sources)
    out.push(`  ${source.id}: ${source.title[lang]}${source.reference ? ` — ${source.reference}` : ''}`);
  out.push('', t.more(catalogue.groups.basic.items[0]!.id));
  return `${out.join('\n')}\n`;
}

/** One item for people: its title, official number, points, evidence, how to answer it, and where it comes from. */
export function describeItem(catalogue: Catalogue, found: FoundItem, lang: Lang): string {
  const t = DESCRIBE_TEXT[lang];
  const { group, item } = found;
  const g = catalogue.groups[group];
  const other: Lang = lang === 'th' ? 'en' : 'th';
  const out = [
    `${item.id} — ${item.title[lang]}${item.titlePlaceholder ? ` (${t.placeholder})` : ''}`,
    `  ${t.otherLanguage}: ${item.title[other]}`,
    '',
  ];
  out.push(`${t.group}: ${g.title[lang]} (${group}) — ${groupLine(catalogue, group, lang).slice(g.title[lang].length + 3)}`);
  if (item.number) out.push(`${t.number}: ${item.number}`);
  let max = 0;
  let defaultPoints = 0;
  if (group !== 'physical') {
    const { points } = catalogue.groups[group];
    max = itemMaxPoints(points);
    defaultPoints = defaultItemPoints(points);
    // an item's own points, where the criteria file gives them (the official book), say more than the group's range
    out.push(
      item.points !== undefined
        ? `${t.points}: ${item.points}`
        : `${t.points}: ${t.itemPoints(max, defaultPoints, points.kind === 'distribution')}${isInferred(g, 'points') ? ` ${t.inferred}` : ''}`,
    );
  }
  out.push(`${t.evidence}: ${item.evidence ? item.evidence[lang] : t.noEvidence}`);
  out.push(`${t.howToAnswer}: ${t.answers[group](max, defaultPoints)}`);
  out.push('');
  const titleSource = sourceTitle(catalogue, item.titleSource, lang);
  if (titleSource) out.push(`${t.titleSource}: ${item.titleSource} — ${titleSource}`);
  const groupSource = sourceTitle(catalogue, g.source, lang);
  if (groupSource) out.push(`${t.groupSource}: ${g.source} — ${groupSource}`);
  if (g.note) out.push(`${t.note}: ${g.note[lang]}`);
  return `${out.join('\n')}\n`;
}

/** The catalogue for scripts: the catalogue itself, with each group's maximum worked out. */
export function catalogueJson(catalogue: Catalogue): string {
  const { $comment: _comment, ...rest } = catalogue;
  const groups = Object.fromEntries(
    GROUP_IDS.map((group) => {
      const g = catalogue.groups[group];
      if (group === 'physical') return [group, g];
      const scored = catalogue.groups[group];
      return [group, { ...scored, max: groupMaxPoints(scored.points, scored.items.length), itemMax: itemMaxPoints(scored.points) }];
    }),
  );
  return `${JSON.stringify({ ...rest, groups }, null, 2)}\n`;
}

/** One item for scripts, with its group and the sources it names. */
export function itemJson(catalogue: Catalogue, found: FoundItem): string {
  const { group, item } = found;
  const g = catalogue.groups[group];
  const points =
    group === 'physical'
      ? undefined
      : {
          max: itemMaxPoints(catalogue.groups[group].points),
          default: defaultItemPoints(catalogue.groups[group].points),
          inferred: isInferred(g, 'points'),
        };
  const sourceIds = [item.titleSource, g.source].filter((s): s is string => s !== undefined);
  return `${JSON.stringify(
    {
      edition: catalogue.edition,
      group: { id: group, title: g.title, ...(g.source ? { source: g.source } : {}) },
      item,
      ...(points ? { points } : {}),
      sources: catalogue.sources.filter((s) => sourceIds.includes(s.id)),
    },
    null,
    2,
  )}\n`;
}
