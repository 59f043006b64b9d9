import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../findings/message-spec.js';
import type { ApplicationResult, CheckReport, GroupScore } from '../result.js';
import { answersRead, countsOf, verdictOf } from './application-facts.js';
import { BATCH_TEXT } from './batch-text.js';
import { displayWidth, oneLine, truncateToWidth } from './display-width.js';
import type { ScoredGroupId } from '../criteria/catalogue-schema.js';
import { groupPasses } from '../rules/group-scores.js';

export interface SummaryOptions {
  lang: Lang;
  color: boolean;
  /** plain ASCII marks and lines, for consoles that draw ✔ ✖ ─ as boxes */
  ascii?: boolean;
}

/** The symbols this table writes, and their ASCII stand-ins (the same as the human report's). */
const ASCII_STAND_INS: Record<string, string> = { '✔': '[OK]', '✖': '[X]', '─': '-', '·': '|', '–': '-', '…': '...' };
const toAsciiCell = (text: string) => text.replace(/[✔✖─·–…]/gu, (char) => ASCII_STAND_INS[char] ?? char);

/** A cell: its plain text (measured) and how to colour it (applied after padding is worked out). */
interface Cell {
  text: string;
  paint?: (text: string) => string;
}

type Align = 'left' | 'right';

const UNIT_WIDTH = 32;
const MARK = { ready: '✔', 'not-ready': '✖', disqualified: '✖' } as const;

/**
 * One line per application — unit, kind, new or returning, the four groups, verdict, errors,
 * warnings — then the totals; columns aligned by terminal display width so Thai lines up.
 */
export function summaryTable(report: CheckReport, { lang, color, ascii = false }: SummaryOptions): string {
  const t = BATCH_TEXT[lang];
  const c = new Chalk({ level: color ? 1 : 0 });
  const columns: { title: string; align: Align }[] = [
    { title: t.columns.index, align: 'right' },
    { title: t.columns.unit, align: 'left' },
    { title: t.columns.kind, align: 'left' },
    { title: t.columns.applicant, align: 'left' },
    { title: t.columns.physical, align: 'right' },
    { title: t.columns.basic, align: 'right' },
    { title: t.columns.advanced, align: 'right' },
    { title: t.columns.outcome, align: 'right' },
    { title: t.columns.verdict, align: 'left' },
    { title: t.columns.errors, align: 'right' },
    { title: t.columns.warnings, align: 'right' },
  ];
  const plain = (row: Cell[]): Cell[] => (ascii ? row.map((cell) => ({ ...cell, text: toAsciiCell(cell.text) })) : row);
  const rows = report.applications.map((app, i) => plain(applicationRow(app, i + 1, lang, c)));
  const errors = report.applications.reduce((sum, app) => sum + countsOf(app).errors, 0);
  const warnings = report.applications.reduce((sum, app) => sum + countsOf(app).warnings, 0);
  const { ready, notReady } = report.summary;
  const totals: Cell[] = plain([
    { text: '' },
    { text: t.totals(report.summary.applications), paint: c.bold },
    { text: '' },
    { text: '' },
    { text: '' },
    { text: '' },
    { text: '' },
    { text: '' },
    { text: t.totalVerdict(ready, notReady), paint: c.bold },
    { text: String(errors), paint: c.bold },
    { text: String(warnings), paint: c.bold },
  ]);

  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.title), ...[...rows, totals].map((row) => displayWidth(row[i]!.text))),
  );
  const line = (cells: Cell[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell.text)));
        const text = cell.paint && cell.text !== '' ? cell.paint(cell.text) : cell.text;
        return columns[i]!.align === 'right' ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = c.dim((ascii ? '-' : '─').repeat(widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1)));

  return (
    [
      c.bold(t.summaryTitle(report.summary.applications)),
      line(columns.map((column) => ({ text: column.title, paint: c.bold }))),
      rule,
      ...rows.map(line),
      rule,
      line(totals),
    ].join('\n') + '\n'
  );
}

function applicationRow(app: ApplicationResult, index: number, lang: Lang, c: ChalkInstance): Cell[] {
  const t = BATCH_TEXT[lang];
  const read = answersRead(app);
  const { errors, warnings } = countsOf(app);
  const verdict = verdictOf(app);
  const name = app.unit.name ? oneLine(app.unit.name) : '';
  // without a unit name, the folder's own name (the end of its path is what tells folders apart)
  const folder = oneLine(app.path).split(/[\\/]/).filter(Boolean).at(-1) ?? oneLine(app.path);
  // the note that the answers were not read is never cut off; a long name or folder is
  const unit = name !== '' ? truncateToWidth(name, UNIT_WIDTH) : `${truncateToWidth(folder, UNIT_WIDTH)}${read ? '' : ` ${t.notRead}`}`;
  const word = (words: Record<string, string>, key?: string) => (key === undefined ? '' : (words[key] ?? oneLine(key)));
  // red when short of the threshold or when something in the group is wrong
  const group = (s: GroupScore, id: ScoredGroupId): Cell =>
    read ? { text: `${s.score}/${s.max}`, ...(!groupPasses(app, id) ? { paint: c.red } : {}) } : { text: '–' };
  const { physical } = app.scores;
  return [
    { text: String(index) },
    { text: unit },
    { text: truncateToWidth(word(t.kinds, app.unit.kind), 16) },
    { text: truncateToWidth(word(t.applicants, app.unit.applicant), 16) },
    read ? { text: `${physical.met}/${physical.total}`, ...(physical.met < physical.total ? { paint: c.red } : {}) } : { text: '–' },
    group(app.scores.basic, 'basic'),
    group(app.scores.advanced, 'advanced'),
    group(app.scores.outcome, 'outcome'),
    {
      text: `${MARK[verdict]} ${verdict === 'ready' ? t.ready : verdict === 'disqualified' ? t.disqualified : t.notReady}`,
      paint: verdict === 'ready' ? c.green.bold : c.red.bold,
    },
    { text: String(errors), ...(errors > 0 ? { paint: c.red } : {}) },
    { text: String(warnings), ...(warnings > 0 ? { paint: c.yellow } : {}) },
  ];
}
