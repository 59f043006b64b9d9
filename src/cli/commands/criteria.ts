import { readFileSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { closest } from '../../answers/suggest.js';
import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { DEFAULT_EDITION, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { helpAfter } from '../help-text.js';
import { writeOutputFile } from '../output-file.js';
import { parseMoment } from '../parse-moment.js';
import { chosenCatalogue, CRITERIA_OPTION } from './catalogue-option.js';
import type { CommandState } from './check.js';

interface CriteriaFlags {
  edition: string;
  criteria?: string;
  fromCsv?: string;
  base?: string;
  opens?: string;
  closes?: string;
  output?: string;
  lang: Lang;
  format: 'human' | 'json';
}

interface TableText {
  cannotRead: (file: string, reason: string) => string;
  made: (items: number, output?: string) => string;
  badRound: (option: string, value: string | undefined) => string;
}

const TABLE_TEXT: Record<Lang, TableText> = {
  th: {
    cannotRead: (file, reason) => `อ่านไฟล์ตาราง "${file}" ไม่ได้ (${reason}): ตรวจชื่อไฟล์ และบันทึกจากโปรแกรมตารางเป็น CSV`,
    made: (items, output) =>
      `ได้เกณฑ์จากตาราง ${items} ข้อ ใช้ไฟล์นี้กับทุกคำสั่ง เช่น gecc check --criteria ${output ?? '<ไฟล์เกณฑ์>'} <โฟลเดอร์ใบสมัคร> และ gecc init --criteria ${output ?? '<ไฟล์เกณฑ์>'} <โฟลเดอร์ใหม่>\n`,
    badRound: (option, value) =>
      value === undefined
        ? `${option} ต้องใช้คู่กับ ${option === '--opens' ? '--closes' : '--opens'}: ระบุทั้งวันเปิดและวันปิดรับสมัคร`
        : `${option} "${value}" ไม่ใช่วันเวลา ให้เขียนแบบ 2027-01-04T08:30 (เวลากรุงเทพฯ)`,
  },
  en: {
    cannotRead: (file, reason) => `Cannot read the table "${file}" (${reason}): check the name, and save it from the spreadsheet as CSV`,
    made: (items, output) =>
      `Criteria made from ${items} items of the table; use the file with every command, e.g. gecc check --criteria ${output ?? '<criteria file>'} <folder> and gecc init --criteria ${output ?? '<criteria file>'} <new folder>\n`,
    badRound: (option, value) =>
      value === undefined
        ? `${option} goes with ${option === '--opens' ? '--closes' : '--opens'}: give both dates of the round`
        : `${option} "${value}" is not a date-time; write it as 2027-01-04T08:30 (Bangkok time)`,
  },
};

/** gecc criteria [ID]: the catalogue at hand, or one item of it; --from-csv makes a catalogue from a division's table. */
export function registerCriteria(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('criteria')
    .description(`${CLI_TEXT.th.criteriaDescription}\n${CLI_TEXT.en.criteriaDescription}`)
    .argument('[item]', 'รหัสข้อ เช่น B01 · an item id, e.g. B01')
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`, DEFAULT_EDITION)
    .option(CRITERIA_OPTION.flags, CRITERIA_OPTION.description)
    .option(
      '--from-csv <table>',
      'ทำไฟล์เกณฑ์จากตาราง CSV (id, ชื่อข้อ, English title, คะแนน, หลักฐานที่ขอ) · make a criteria file from a CSV table',
    )
    .option('--base <edition>', 'เกณฑ์ปีที่ตารางแก้ไข (ค่าเริ่มต้น: --edition) · the edition the table amends (default: --edition)')
    .option('--opens <date-time>', 'วันเวลาเปิดรับสมัครรอบใหม่ (กับ --from-csv) เช่น 2027-01-04T08:30 · the coming round opens (with --from-csv)')
    .option('--closes <date-time>', 'วันเวลาปิดรับสมัครรอบใหม่ (กับ --from-csv) · the coming round closes (with --from-csv)')
    .option('-o, --output <file>', 'เขียนผลลงไฟล์นี้ · write to this file')
    .addOption(new Option('-l, --lang <lang>', 'language').choices(['th', 'en']).default('th'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['human', 'json']).default('human'))
    .addHelpText('after', helpAfter('criteria'))
    .action(async (id: string | undefined, flags: CriteriaFlags) => {
      state.setLang(flags.lang);
      const { allItemIds, catalogueJson, describeCatalogue, describeItem, findItem, itemIdRanges, itemJson } = await import(
        '../../criteria/describe.js'
      );
      const text = CLI_TEXT[flags.lang];
      const out = (result: string) =>
        flags.output === undefined ? io.stdout(result) : io.stderr(writeOutputFile(flags.output, result, flags.lang));
      if (flags.fromCsv !== undefined) {
        const { catalogueFromTable } = await import('../../criteria/from-table.js');
        const base = await chosenCatalogue({ edition: flags.base ?? flags.edition, criteria: flags.criteria }, flags.lang);
        const window = roundOf(flags, flags.lang);
        const catalogue = catalogueFromTable(readTable(flags.fromCsv, flags.lang), window ? { ...base, window } : base, flags.fromCsv);
        out(`${JSON.stringify(catalogue, null, 2)}\n`);
        io.stderr(TABLE_TEXT[flags.lang].made(countFromTable(catalogue), flags.output));
        return;
      }
      const catalogue = await chosenCatalogue(flags, flags.lang);
      if (id === undefined) {
        out(flags.format === 'json' ? catalogueJson(catalogue) : describeCatalogue(catalogue, flags.lang));
        return;
      }
      const found = findItem(catalogue, id);
      if (!found) {
        throw new UsageError(text.unknownItem(id, catalogue.edition, closest(id, allItemIds(catalogue)), itemIdRanges(catalogue)));
      }
      out(flags.format === 'json' ? itemJson(catalogue, found) : describeItem(catalogue, found, flags.lang));
    });
}

/** The coming round's dates, in Bangkok time unless an offset is given, written as the catalogue keeps them (+07:00). */
function roundOf(flags: CriteriaFlags, lang: Lang): Catalogue['window'] {
  if (flags.opens === undefined && flags.closes === undefined) return undefined;
  const moment = (value: string | undefined, option: string) => {
    const date = value === undefined ? undefined : parseMoment(value);
    if (!date) throw new UsageError(TABLE_TEXT[lang].badRound(option, value));
    const bangkok = new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
    return `${bangkok}+07:00`;
  };
  return { opens: moment(flags.opens, '--opens'), closes: moment(flags.closes, '--closes'), timeZone: 'Asia/Bangkok' };
}

/** The table's bytes: a regular file of a table's size, never a device or a pipe that would never end. */
function readTable(file: string, lang: Lang): Uint8Array {
  try {
    const info = statSync(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'not a file' });
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(TABLE_TEXT[lang].cannotRead(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

function countFromTable(catalogue: Catalogue): number {
  return Object.values(catalogue.groups).reduce(
    (sum, g) => sum + g.items.filter((i) => i.titleSource === 'division-table' || i.points !== undefined).length,
    0,
  );
}
