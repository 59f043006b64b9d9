import { readRegularFileSync } from '../../read-regular-file.js';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { decodeAnswersBytes } from '../../answers/decode-text.js';
import { Locator } from '../../answers/locate.js';
import { shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { parseMoment } from '../parse-moment.js';
import { UsageError } from '../cli-io.js';
import { FORMAT_NAMES, type FormatName } from '../../report/format-names.js';
import { CONFIG_TEXT } from './config-text.js';
import { roundConfigFile } from './round-config-file.js';

/** A round's settings, as read: paths already made relative to where gecc runs. */
export interface RoundConfig {
  /** the file as the user would name it */
  file: string;
  edition?: string;
  /** a criteria catalogue file of the round's own */
  criteria?: string;
  /** the application window, ISO date-times */
  window?: { opens: string; closes: string };
  strict?: boolean;
  reports: { format: FormatName; file: string }[];
}

const KEYS = ['edition', 'criteria', 'window', 'strict', 'reports'] as const;
const WINDOW_KEYS = ['opens', 'closes'] as const;

// built when a config file is read: most runs have none
const buildShape = () =>
  z.strictObject({
    edition: z.union([z.string(), z.number()]).optional(),
    criteria: z.string().optional(),
    window: z.strictObject({ opens: z.string(), closes: z.string() }).optional(),
    strict: z.boolean().optional(),
    reports: z.partialRecord(z.enum(FORMAT_NAMES), z.string()).optional(),
  });
let shape: ReturnType<typeof buildShape> | undefined;

/** The config file that applies to a run (see roundConfigFile), read. */
export function findRoundConfig(configFlag: string | undefined, folders: readonly string[], lang: Lang): RoundConfig | undefined {
  const file = roundConfigFile(configFlag, folders, lang);
  return file === undefined ? undefined : readRoundConfig(file, lang);
}

/** far above any real config file (a few hundred bytes) */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads and checks a config file; anything wrong is exit 2 with the line and how to fix it. */
export function readRoundConfig(file: string, lang: Lang): RoundConfig {
  const text = CONFIG_TEXT[lang];
  const fail = (line: number | undefined, message: string): never => {
    throw new UsageError(text.at(file, line) + message);
  };
  let bytes: Buffer;
  try {
    // a FIFO or device given as --config would block or never end
    bytes = readRegularFileSync(file, MAX_CONFIG_BYTES);
  } catch (error) {
    throw new UsageError(text.unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const decoded = decodeAnswersBytes(bytes);
  if (!decoded.ok) return fail(decoded.line, text.encoding(file));
  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) return fail(lineCounter.linePos(firstError.pos[0]).line, text.syntax(firstError.code));
  const locator = new Locator(doc, lineCounter);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return fail(undefined, text.syntax(error instanceof Error ? error.message : String(error)));
  }
  if (!isMap(doc.contents) && doc.contents !== null) return fail(1, text.notAMap);

  shape ??= buildShape();
  const parsed = shape.safeParse(data);
  if (!parsed.success) {
    // a misspelt key explains a missing one: say that first
    const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
    const where = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const known = (where[0] === 'window' ? WINDOW_KEYS : where[0] === 'reports' ? FORMAT_NAMES : KEYS).join(', ');
      return fail(locator.at([...where, key], 'key')?.line, text.unknownKey(key, known));
    }
    if (where[0] === 'reports' && where.length === 2 && issue.code === 'invalid_key')
      return fail(locator.at(where, 'key')?.line, text.unknownKey(String(where[1]), FORMAT_NAMES.join(', ')));
    if (where[0] === 'reports' && where.length === 1 && issue.code === 'invalid_key') {
      const bad = keysOf(doc.contents, 'reports').find((key) => !(FORMAT_NAMES as readonly string[]).includes(key)) ?? '';
      return fail(locator.at(['reports', bad], 'key')?.line, text.unknownKey(bad, FORMAT_NAMES.join(', ')));
    }
    const key = where.join('.') || '(config)';
    const line = locator.at(where)?.line;
    if (where.length === 1 && ['window', 'reports'].includes(String(where[0]))) return fail(line, text.notAMap);
    const value = where.reduce<unknown>(
      (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      data,
    );
    if (value === undefined) return fail(line, text.missing(key));
    return fail(line, where[0] === 'strict' ? text.notYesNo(key) : text.notText(key));
  }
  const config = parsed.data;
  const lineOf = (...at: (string | number)[]) => locator.at(at)?.line;
  const base = path.dirname(file);
  const out: RoundConfig = { file, reports: [] };

  if (config.edition !== undefined && config.criteria !== undefined) fail(lineOf('criteria'), text.editionAndCriteria);
  if (config.edition !== undefined) {
    const edition = String(config.edition);
    if (!shippedEditions().includes(edition)) fail(lineOf('edition'), text.unknownEdition(edition, shippedEditions().join(', ')));
    out.edition = edition;
  }
  if (config.criteria !== undefined) out.criteria = path.join(base, config.criteria);
  if (config.window) {
    const opens = parseMoment(config.window.opens);
    const closes = parseMoment(config.window.closes);
    if (!opens) return fail(lineOf('window', 'opens'), text.badMoment('window.opens'));
    if (!closes) return fail(lineOf('window', 'closes'), text.badMoment('window.closes'));
    if (closes.getTime() <= opens.getTime()) fail(lineOf('window', 'closes'), text.closesBeforeOpens);
    out.window = { opens: opens.toISOString(), closes: closes.toISOString() };
  }
  if (config.strict !== undefined) out.strict = config.strict;
  for (const [format, name] of Object.entries(config.reports ?? {}) as [FormatName, string][]) {
    if (name.trim() === '') fail(lineOf('reports', format), text.badReportFile(format));
    // relative to the config file, so a round's reports land in the same place wherever gecc is run from
    out.reports.push({ format, file: path.isAbsolute(name) ? name : path.join(base, name) });
  }
  return out;
}

function keysOf(contents: unknown, section: string): string[] {
  if (!isMap(contents)) return [];
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === section);
  return isMap(pair?.value) ? pair.value.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key))) : [];
}
