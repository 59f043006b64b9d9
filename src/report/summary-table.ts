import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../findings/message-spec.js';
import type { ApplicationResult, CheckReport, GroupScore } from '../result.js';
import { answersRead, countsOf, verdictOf } from './application-facts.js';
import { BATCH_TEXT } from './batch-text.js';
import { displayWidth, oneLine, truncateToWidth } from './display-width.js';
import type { ScoredGroupId } from '../criteria/catalogue-schema.js';
import { groupPasses } from '../rules/group-scores.js';
import { ASCII_MARKS, UNICODE_MARKS } from './marks.js';
import { wrapText } from './wrap-text.js';

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
}

type Align = 'left' | 'right';
type ColumnKey =
  | 'index'
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
 * Where the table would still be wider than allowed with the unit's name at its narrowest,
 * these columns go, in this order (docs/batch.md says so): the kind of unit, then new or
 * returning. Scores, verdict and counts always stay.
 */
const DROP_ORDER: readonly ColumnKey[] = ['kind', 'applicant'];
const NARROWEST_UNIT = 16;
const WIDE_UNIT = 48;
const GAP = 2;

const MARK = { ready: UNICODE_MARKS.ok, 'not-ready': UNICODE_MARKS.error, disqualified: UNICODE_MARKS.error } as const;

/**
 * One line per application — unit, kind, new or returning, the four groups, verdict, errors,
 * warnings — then the totals; columns aligned by terminal display width so Thai lines up. By
 * default it fits 100 columns: short headings, and a long unit name wraps between words onto
 * further lines of its row.
 */
export function summaryTable(report: CheckReport, options: SummaryOptions): string {
  const { lang, color, ascii = false, wide = false } = options;
  const max = options.width ?? SUMMARY_WIDTH;
  const t = BATCH_TEXT[lang];
  const c = new Chalk({ level: color ? 1 : 0 });
  const titles = wide ? t.columns : { ...t.columns, ...t.short };
  const plain = (cell: Cell): Cell => (ascii ? { ...cell, text: toAsciiCell(cell.text) } : cell);
  const rows = report.applications.map((app, i) => applicationRow(app, i + 1, lang, c, wide));
  const errors = report.applications.reduce((sum, app) => sum + countsOf(app).errors, 0);
  const warnings = report.applications.reduce((sum, app) => sum + countsOf(app).warnings, 0);
  const { ready, notReady } = report.summary;
  const blank: Cell = { text: '' };
  const totals: Row = {
    index: blank,
    unit: { text: t.totals(report.summary.applications), paint: c.bold },
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
  const natural = (key: ColumnKey) => Math.max(displayWidth(heading(key)), ...all.map((row) => displayWidth(row[key].text)));

  // the columns that fit: every one but the unit at its own width, the unit in what is left
  let columns = [...COLUMNS];
  let unitWidth = natural('unit');
  if (!wide) {
    const room = () =>
      max - columns.filter((col) => col.key !== 'unit').reduce((sum, col) => sum + natural(col.key), 0) - GAP * (columns.length - 1);
    for (const key of DROP_ORDER) if (room() < NARROWEST_UNIT) columns = columns.filter((col) => col.key !== key);
    unitWidth = Math.max(NARROWEST_UNIT, Math.min(unitWidth, room()), displayWidth(heading('unit')));
  }
  const widths = columns.map((col) => (col.key === 'unit' ? unitWidth : natural(col.key)));

  const pad = (text: string, i: number) => {
    const space = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
    return columns[i]!.align === 'right' ? [space, ''] : ['', space];
  };
  const render = (row: Row): string[] => {
    const unitLines = wide ? [row.unit.text] : wrapText(row.unit.text, unitWidth);
    return unitLines.map((unitLine, lineNo) =>
      columns
        .map((col, i) => {
          const cell = col.key === 'unit' ? { ...row.unit, text: unitLine } : lineNo === 0 ? row[col.key] : blank;
          const [before, after] = pad(cell.text, i);
          return before + (cell.paint && cell.text !== '' ? cell.paint(cell.text) : cell.text) + after;
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const rule = c.dim((ascii ? '-' : '─').repeat(widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1)));
  const header = Object.fromEntries(COLUMNS.map(({ key }): [ColumnKey, Cell] => [key, { text: heading(key), paint: c.bold }])) as Row;

  return (
    [
      c.bold(t.summaryTitle(report.summary.applications)),
      ...render(header),
      rule,
      ...all.slice(0, -1).flatMap(render),
      rule,
      ...render(all.at(-1)!),
    ].join('\n') + '\n'
  );
}

function applicationRow(app: ApplicationResult, index: number, lang: Lang, c: ChalkInstance, wide: boolean): Row {
  const t = BATCH_TEXT[lang];
  const read = answersRead(app);
  const { errors, warnings } = countsOf(app);
  const verdict = verdictOf(app);
  const name = app.unit.name ? oneLine(app.unit.name) : '';
  // without a unit name, the folder's own name (the end of its path is what tells folders apart)
  const folder = oneLine(app.path).split(/[\\/]/).filter(Boolean).at(-1) ?? oneLine(app.path);
  // a name longer than this is cut even in the full table; in the default one it wraps
  const long = (text: string) => (wide ? truncateToWidth(text, WIDE_UNIT) : text);
  const unit = name !== '' ? long(name) : `${long(folder)}${read ? '' : ` ${t.notRead}`}`;
  const word = (words: Record<string, string>, key?: string) => (key === undefined ? '' : truncateToWidth(words[key] ?? oneLine(key), 16));
  // red when short of the threshold or when something in the group is wrong
  const group = (s: GroupScore, id: ScoredGroupId): Cell =>
    read ? { text: `${s.score}/${s.max}`, ...(!groupPasses(app, id) ? { paint: c.red } : {}) } : { text: '–' };
  const { physical } = app.scores;
  return {
    index: { text: String(index) },
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
