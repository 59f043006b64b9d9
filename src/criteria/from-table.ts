import path from 'node:path';
import { SCORED_GROUP_IDS } from './catalogue-groups.js';
import type { Catalogue, CatalogueItem } from './catalogue-schema.js';
import { CsvError, decodeTable, parseCsv, type CsvRow } from './csv-table.js';
import { findItem, itemIdRanges } from './describe.js';
import { CatalogueError } from './load-catalogue.js';
import { parseCatalogue } from './parse-catalogue.js';

/**
 * The columns a division's table may have, by the names people give them in either language.
 * Only `id` and a Thai title are needed; an empty cell keeps what the base edition says.
 */
const COLUMNS = {
  id: ['id', 'รหัส', 'รหัสข้อ', 'ข้อ', 'item'],
  number: ['number', 'no', 'no.', 'เลขข้อ', 'เลขที่', 'ลำดับ', 'ข้อที่'],
  th: ['th', 'titleth', 'thai', 'thaititle', 'ชื่อข้อ', 'ชื่อภาษาไทย', 'ชื่อข้อภาษาไทย', 'หัวข้อ', 'ชื่อ'],
  en: ['en', 'titleen', 'english', 'englishtitle', 'ชื่อภาษาอังกฤษ', 'ชื่อข้อภาษาอังกฤษ'],
  points: ['points', 'point', 'คะแนน', 'คะแนนเต็ม'],
  evidence: ['evidence', 'evidenceth', 'หลักฐาน', 'หลักฐานที่ขอ', 'เอกสารหลักฐาน'],
  evidenceEn: ['evidenceen', 'englishevidence', 'หลักฐานภาษาอังกฤษ'],
} as const;
type Column = keyof typeof COLUMNS;

const headerKey = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_()-]+/g, '');
const THAI_DIGITS = /[๐-๙]/g;
const arabic = (text: string) => text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

/** A table of more rows than any criteria has items is not a criteria table. */
const MAX_ROWS = 1_000;
const MAX_BYTES = 2 * 1_048_576;

const both = (th: string, en: string) => `${th} (${en})`;

/**
 * A catalogue from a division's table (CSV: id, Thai title, English title, points, evidence):
 * the base edition with the table's titles, numbers, points and evidence. The result is
 * validated as any criteria file is; every problem names the line of the table.
 */
export function catalogueFromTable(bytes: Uint8Array, base: Catalogue, file: string): Catalogue {
  const name = path.basename(file);
  if (bytes.length > MAX_BYTES)
    throw new CatalogueError(file, [
      both('ไฟล์ตารางใหญ่เกินกว่าตารางเกณฑ์ (เกิน 2 MB)', 'the table is larger than any criteria table (over 2 MB)'),
    ]);
  let rows: CsvRow[];
  try {
    rows = parseCsv(decodeTable(bytes));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new CatalogueError(file, [
      error.problem === 'unclosed-quote'
        ? both(`บรรทัด ${error.line}: เครื่องหมายคำพูด " เปิดแล้วไม่ได้ปิด`, `line ${error.line}: a quote " is opened and never closed`)
        : both(`บรรทัด ${error.line}: มีข้อความต่อท้ายเครื่องหมายคำพูดปิด`, `line ${error.line}: text follows a closing quote`),
    ]);
  }
  if (rows.length > MAX_ROWS)
    throw new CatalogueError(file, [
      both(`ตารางมี ${rows.length} แถว มากกว่าจำนวนข้อของเกณฑ์`, `the table has ${rows.length} rows, more than criteria have items`),
    ]);
  const [header, ...body] = rows;
  const problems: string[] = [];
  const at = new Map<Column, number>();
  for (const [index, cell] of (header?.cells ?? []).entries()) {
    const key = headerKey(cell.replace(/^\ufeff/, ''));
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).some((n) => headerKey(n) === key));
    if (column && !at.has(column)) at.set(column, index);
  }
  if (!at.has('id') || !at.has('th')) {
    throw new CatalogueError(file, [
      both(
        'บรรทัดแรกของตารางต้องเป็นชื่อคอลัมน์ อย่างน้อย id และ ชื่อข้อ (เช่น id,ชื่อข้อ,English title,คะแนน,หลักฐานที่ขอ)',
        'the first line must name the columns, at least id and the Thai title (e.g. id,th,en,points,evidence)',
      ),
    ]);
  }

  const catalogue = structuredClone(base);
  catalogue.$comment = `Made by gecc criteria --from-csv from ${name} on edition ${base.edition}.`;
  const sourceId = 'division-table';
  catalogue.sources = [
    ...catalogue.sources.filter((s) => s.id !== sourceId),
    {
      id: sourceId,
      title: { th: `ตารางเกณฑ์ของหน่วยงาน (${name})`, en: `the division's criteria table (${name})` },
      covers: 'titles, numbers, points and evidence of the items it lists',
    },
  ];
  const seen = new Map<string, number>();
  const pointsGiven = new Map<string, number>();
  for (const row of body) {
    const cell = (column: Column) => {
      const index = at.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const id = cell('id');
    const found = id === '' ? undefined : findItem(catalogue, id);
    if (!found) {
      problems.push(
        id === ''
          ? both(`บรรทัด ${row.line}: ไม่มีรหัสข้อ (id)`, `line ${row.line}: no item id`)
          : both(
              `บรรทัด ${row.line}: ไม่มีข้อ "${id}" ในเกณฑ์ปี ${base.edition} (รหัสข้อที่มี: ${itemIdRanges(base)})`,
              `line ${row.line}: edition ${base.edition} has no item "${id}"`,
            ),
      );
      continue;
    }
    const { group, item } = found;
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      problems.push(
        both(`บรรทัด ${row.line}: ข้อ ${item.id} ซ้ำกับบรรทัด ${earlier}`, `line ${row.line}: item ${item.id} again (line ${earlier})`),
      );
      continue;
    }
    seen.set(item.id, row.line);
    const update: Partial<CatalogueItem> = {};
    const th = cell('th');
    const en = cell('en');
    if (th !== '') {
      update.title = { th, en: en !== '' ? en : item.titlePlaceholder ? th : item.title.en };
      update.titlePlaceholder = false;
      update.titleSource = sourceId;
    } else if (en !== '') update.title = { th: item.title.th, en };
    const number = cell('number');
    if (number !== '') update.number = number;
    const evidence = cell('evidence');
    const evidenceEn = cell('evidenceEn');
    if (evidence !== '') update.evidence = { th: evidence, en: evidenceEn !== '' ? evidenceEn : evidence };
    const points = arabic(cell('points'));
    if (points !== '') {
      if (group === 'physical') {
        problems.push(
          both(
            `บรรทัด ${row.line}: ข้อ ${item.id} เป็นเกณฑ์ด้านกายภาพ ไม่มีคะแนน (เว้นช่องคะแนนว่าง)`,
            `line ${row.line}: ${item.id} is a physical item and carries no points`,
          ),
        );
      } else if (!/^\d{1,3}$/.test(points) || Number(points) < 1 || Number(points) > 100) {
        problems.push(
          both(
            `บรรทัด ${row.line}: คะแนน "${cell('points')}" ต้องเป็นจำนวนเต็ม 1–100`,
            `line ${row.line}: points "${cell('points')}" must be a whole number from 1 to 100`,
          ),
        );
      } else pointsGiven.set(item.id, Number(points));
    }
    const items = catalogue.groups[group].items;
    items[items.findIndex((i) => i.id === item.id)] = { ...item, ...update };
  }

  for (const group of SCORED_GROUP_IDS) {
    const g = catalogue.groups[group];
    const given = g.items.map((i) => pointsGiven.get(i.id));
    const count = given.filter((p) => p !== undefined).length;
    if (count === 0) continue;
    if (count < g.items.length) {
      // some items only: their points must fit the group's as it stands (checked with the rest below)
      g.items = g.items.map((item) => (pointsGiven.has(item.id) ? { ...item, points: pointsGiven.get(item.id)! } : item));
      continue;
    }
    const values = given as number[];
    g.items = g.items.map((item, index) => ({ ...item, points: values[index]! }));
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    const defaultPoints = g.points.kind === 'distribution' ? Math.min(g.points.defaultPoints, distinct[0]!) : distinct[0]!;
    g.points =
      distinct.length === 1
        ? { kind: 'each', points: distinct[0]! }
        : {
            kind: 'distribution',
            parts: distinct.map((points) => ({ points, count: values.filter((v) => v === points).length })),
            defaultPoints,
          };
    if (g.inferred) g.inferred = g.inferred.filter((field) => field !== 'points');
  }
  if (problems.length > 0) throw new CatalogueError(file, problems);
  // the result is checked as any criteria file is
  return parseCatalogue(catalogue, file);
}
