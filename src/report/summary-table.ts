import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../lang.js';
import type { ApplicationResult, CheckReport, GroupScore } from '../result.js';
import { answersRead, countsOf, notReadReason, verdictOf } from './application-facts.js';
import { BATCH_TEXT } from './batch-text.js';
import { displayWidth, oneLine, truncateToWidth } from './display-width.js';
import type { ScoredGroupId } from '../criteria/catalogue-schema.js';
import { groupPasses } from '../rules/group-scores.js';
import { ASCII_MARKS, UNICODE_MARKS } from './marks.js';
import { unitNameKey } from '../same-unit-names.js';
import { hangingLines, wrapText } from './wrap-text.js';
import { forDisplay } from './for-display.js';

export interface SummaryOptions {
  lang: Lang;
  color: boolean;
  /** plain ASCII marks and lines, for consoles that draw ✔ ✖ ─ as boxes */
  ascii?: boolean;
  /** the full table: long headings and words, names on one line, however wide it gets */
  wide?: boolean;
  /** the most terminal columns the table may take (default 100); ignored with `wide` */
  width?: number;
}

/** A terminal of 100 columns holds the table: the default for a command prompt or a CI log. */
const SUMMARY_WIDTH = 100;

/** The symbols this table writes, and their ASCII stand-ins (the same as the human report's). */
const ASCII_STAND_INS: Record<string, string> = {
  [UNICODE_MARKS.ok]: ASCII_MARKS.ok,
  [UNICODE_MARKS.error]: ASCII_MARKS.error,
  '─': '-',
  '·': '|',
  '–': '-',
  '…': '...',
};
const toAsciiCell = (text: string) => text.replace(/[✔✖─·–…]/gu, (char) => ASCII_STAND_INS[char] ?? char);

/** A cell: its plain text (measured) and how to colour it (applied after padding is worked out). */
interface Cell {
  text: string;
  paint?: (text: string) => string;
  /** a folder's cell laid over the unit's column too (the totals' label) */
  spans?: boolean;
}

type Align = 'left' | 'right';
type ColumnKey =
  | 'index'
  | 'folder'
  | 'unit'
  | 'kind'
  | 'applicant'
  | 'physical'
  | 'basic'
  | 'advanced'
  | 'outcome'
  | 'verdict'
  | 'errors'
  | 'warnings';
type Row = Record<ColumnKey, Cell>;

const COLUMNS: { key: ColumnKey; align: Align }[] = [
  { key: 'index', align: 'right' },
  { key: 'folder', align: 'left' },
  { key: 'unit', align: 'left' },
  { key: 'kind', align: 'left' },
  { key: 'applicant', align: 'left' },
  { key: 'physical', align: 'right' },
  { key: 'basic', align: 'right' },
  { key: 'advanced', align: 'right' },
  { key: 'outcome', align: 'right' },
  { key: 'verdict', align: 'left' },
  { key: 'errors', align: 'right' },
  { key: 'warnings', align: 'right' },
];

/**
 * Where the folders and the units' names would not fit on one line each (up to the widths
 * below), these columns go, in this order (docs/batch.md says so): the kind of unit, then new or
 * returning. Folder, scores, verdict and counts always stay.
 */
const DROP_ORDER: readonly ColumnKey[] = ['kind', 'applicant'];
const NARROWEST_UNIT = 16;
/** a longer unit's name wraps rather than keep other columns out */
const UNIT_WANTS = 24;
const NARROWEST_FOLDER = 12;
/** a longer folder name wraps, unless the unit's names leave room for it */
const FOLDER_WANTS = 24;
/** the most a folder or a unit's name takes in the full table: longer ones are cut */
const WIDE_NAME = 48;
const GAP = 2;
/** how much further lines of a note below the table are indented */
const NOTE_INDENT = 2;

const MARK = { ready: UNICODE_MARKS.ok, 'not-ready': UNICODE_MARKS.error, disqualified: UNICODE_MARKS.error } as const;

/**
 * One line per application — folder, unit, kind, new or returning, the four groups, verdict,
 * errors, warnings — then the totals, and a note for each unit name that several folders give;
 * columns aligned by terminal display width so Thai lines up. An application whose answers were
 * not read says why in the unit's column. By default the table fits 100 columns: short headings,
 * and a long folder or unit name wraps between words onto further lines of its row.
 */
export function summaryTable(given: CheckReport, options: SummaryOptions): string {
  // what came from the folder is shown with its control characters escaped, whoever calls this
  const report = forDisplay(given);
  const { lang, color, ascii = false, wide = false } = options;
  const max = options.width ?? SUMMARY_WIDTH;
  const t = BATCH_TEXT[lang];
  const c = new Chalk({ level: color ? 1 : 0 });
  const titles = wide ? t.columns : { ...t.columns, ...t.short };
  const plain = (cell: Cell): Cell => (ascii ? { ...cell, text: toAsciiCell(cell.text) } : cell);
  const folders = folderLabels(report.applications.map((app) => app.path));
  const rows = report.applications.map((app, i) => applicationRow(app, i + 1, folders[i]!, lang, c, wide));
  const errors = report.applications.reduce((sum, app) => sum + countsOf(app).errors, 0);
  const warnings = report.applications.reduce((sum, app) => sum + countsOf(app).warnings, 0);
  const { ready, notReady } = report.summary;
  const blank: Cell = { text: '' };
  const totals: Row = {
    index: blank,
    folder: { text: t.totals(report.summary.applications), paint: c.bold, spans: true },
    unit: blank,
    kind: blank,
    applicant: blank,
    physical: blank,
    basic: blank,
    advanced: blank,
    outcome: blank,
    verdict: {
      text: wide ? t.totalVerdict(ready, notReady) : `${UNICODE_MARKS.ok} ${ready} · ${UNICODE_MARKS.error} ${notReady}`,
      paint: c.bold,
    },
    errors: { text: String(errors), paint: c.bold },
    warnings: { text: String(warnings), paint: c.bold },
  };
  const all = [...rows, totals].map((row) => Object.fromEntries(Object.entries(row).map(([k, cell]) => [k, plain(cell)])) as Row);
  const heading = (key: ColumnKey) => (ascii ? toAsciiCell(titles[key]) : titles[key]);
  const natural = (key: ColumnKey) =>
    Math.max(displayWidth(heading(key)), ...all.map((row) => (row[key].spans ? 0 : displayWidth(row[key].text))));

  // the columns that fit: every one but the folder and the unit at its own width, those two in what is left
  let columns = [...COLUMNS];
  let folderWidth = natural('folder');
  let unitWidth = natural('unit');
  if (!wide) {
    const room = () =>
      max -
      columns.filter((col) => col.key !== 'unit' && col.key !== 'folder').reduce((sum, col) => sum + natural(col.key), 0) -
      GAP * (columns.length - 1);
    const narrowestFolder = Math.max(Math.min(folderWidth, NARROWEST_FOLDER), displayWidth(heading('folder')));
    const folderWants = Math.max(narrowestFolder, Math.min(folderWidth, FOLDER_WANTS));
    const unitWants = Math.max(NARROWEST_UNIT, Math.min(unitWidth, UNIT_WANTS), displayWidth(heading('unit')));
    for (const key of DROP_ORDER) if (room() < folderWants + unitWants) columns = columns.filter((col) => col.key !== key);
    // the folder gives way to the unit's name down to its narrowest, and takes what the name leaves
    const folderFirst = Math.max(narrowestFolder, Math.min(folderWants, room() - unitWants));
    unitWidth = Math.max(NARROWEST_UNIT, Math.min(unitWidth, room() - folderFirst), displayWidth(heading('unit')));
    folderWidth = Math.max(narrowestFolder, Math.min(folderWidth, room() - unitWidth));
  }
  const widths = columns.map((col) => (col.key === 'unit' ? unitWidth : col.key === 'folder' ? folderWidth : natural(col.key)));
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);

  const pad = (text: string, i: number, more = 0) => {
    const space = ' '.repeat(Math.max(0, widths[i]! + more - displayWidth(text)));
    return columns[i]!.align === 'right' ? [space, ''] : ['', space];
  };
  // the folder and the unit's name wrap onto further lines of their row; the other cells are on its first
  const render = (row: Row): string[] => {
    const spans = row.folder.spans === true;
    const folderLines = wide ? [row.folder.text] : wrapText(row.folder.text, spans ? folderWidth + GAP + unitWidth : folderWidth);
    const unitLines = wide ? [row.unit.text] : wrapText(row.unit.text, unitWidth);
    return Array.from({ length: Math.max(folderLines.length, unitLines.length) }, (_, lineNo) =>
      columns
        .flatMap((col, i) => {
          if (spans && col.key === 'unit') return [];
          const cell =
            col.key === 'unit'
              ? { ...row.unit, text: unitLines[lineNo] ?? '' }
              : col.key === 'folder'
                ? { ...row.folder, text: folderLines[lineNo] ?? '' }
                : lineNo === 0
                  ? row[col.key]
                  : blank;
          const [before, after] = pad(cell.text, i, spans && col.key === 'folder' ? GAP + unitWidth : 0);
          return [before + (cell.paint && cell.text !== '' ? cell.paint(cell.text) : cell.text) + after];
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const rule = c.dim((ascii ? '-' : '─').repeat(tableWidth));
  const header = Object.fromEntries(COLUMNS.map(({ key }): [ColumnKey, Cell] => [key, { text: heading(key), paint: c.bold }])) as Row;
  const notes = sameNameNotes(report, folders, lang).map((note) => (ascii ? toAsciiCell(note) : note));

  return (
    [
      c.bold(t.summaryTitle(report.summary.applications)),
      ...render(header),
      rule,
      ...all.slice(0, -1).flatMap(render),
      rule,
      ...render(all.at(-1)!),
      ...notes.flatMap((note) => (wide ? [note] : hangingLines('', '', note, Math.max(tableWidth, max), NOTE_INDENT))),
    ].join('\n') + '\n'
  );
}

/**
 * Each application's folder as the table shows it: its path below the folder all of them lie in
 * (the batch folder), or the folder's own name when there is one application.
 */
function folderLabels(paths: readonly string[]): string[] {
  const parts = paths.map((p) =>
    oneLine(p)
      .split(/[\\/]+/)
      .filter(Boolean),
  );
  let shared = parts.length === 1 ? parts[0]!.length - 1 : 0;
  while (parts.length > 1 && parts.every((p) => shared < p.length - 1 && p[shared] === parts[0]![shared])) shared++;
  return parts.map((p, i) => p.slice(Math.max(0, shared)).join('/') || oneLine(paths[i]!));
}

/** One note per unit name that several folders give, naming the folders as the table does. */
function sameNameNotes(report: CheckReport, folders: readonly string[], lang: Lang): string[] {
  const groups = new Map<string, { unit: string; folders: string[] }>();
  report.applications.forEach((app, i) => {
    if (app.unit.name === undefined || !app.findings.some((f) => f.code === 'batch.same-unit-name')) return;
    const key = unitNameKey(app.unit.name);
    const group = groups.get(key) ?? { unit: oneLine(app.unit.name), folders: [] };
    group.folders.push(folders[i]!);
    groups.set(key, group);
  });
  return [...groups.values()].map((group) => BATCH_TEXT[lang].sameNameNote(group.unit, group.folders));
}

function applicationRow(app: ApplicationResult, index: number, folder: string, lang: Lang, c: ChalkInstance, wide: boolean): Row {
  const t = BATCH_TEXT[lang];
  const read = answersRead(app);
  const { errors, warnings } = countsOf(app);
  const verdict = verdictOf(app);
  const name = app.unit.name ? oneLine(app.unit.name) : '';
  // a name longer than this is cut even in the full table; in the default one it wraps
  const long = (text: string) => (wide ? truncateToWidth(text, WIDE_NAME) : text);
  const unit = [
    name !== '' ? long(name) : read ? t.noUnitName : '',
    app.findings.some((f) => f.code === 'batch.same-unit-name') ? t.sameName : '',
    read ? '' : t.notReadBecause[notReadReason(app)],
  ]
    .filter((part) => part !== '')
    .join(' ');
  const word = (words: Record<string, string>, key?: string) => (key === undefined ? '' : truncateToWidth(words[key] ?? oneLine(key), 16));
  // red when short of the threshold or when something in the group is wrong
  const group = (s: GroupScore, id: ScoredGroupId): Cell =>
    read ? { text: `${s.score}/${s.max}`, ...(!groupPasses(app, id) ? { paint: c.red } : {}) } : { text: '–' };
  const { physical } = app.scores;
  return {
    index: { text: String(index) },
    folder: { text: long(folder) },
    unit: { text: unit },
    kind: { text: word(wide ? t.kinds : t.shortKinds, app.unit.kind) },
    applicant: { text: word(wide ? t.applicants : t.shortApplicants, app.unit.applicant) },
    physical: read
      ? { text: `${physical.met}/${physical.total}`, ...(physical.met < physical.total ? { paint: c.red } : {}) }
      : { text: '–' },
    basic: group(app.scores.basic, 'basic'),
    advanced: group(app.scores.advanced, 'advanced'),
    outcome: group(app.scores.outcome, 'outcome'),
    verdict: {
      text: `${MARK[verdict]} ${verdict === 'ready' ? t.ready : verdict === 'disqualified' ? t.disqualified : t.notReady}`,
      paint: verdict === 'ready' ? c.green.bold : c.red.bold,
    },
    errors: { text: String(errors), ...(errors > 0 ? { paint: c.red } : {}) },
    warnings: { text: String(warnings), ...(warnings > 0 ? { paint: c.yellow } : {}) },
  };
}
