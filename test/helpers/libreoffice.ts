/**
 * LibreOffice Calc opening CSV files, headless: what a person sees in each cell. Its own profile
 * in a temporary folder (never the user's), one conversion at a time, and a generous time limit:
 * its first start on a busy machine takes many seconds.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { tempDir } from './application.js';
import { command } from './reference-tools.js';

export interface CalcImport {
  /** the Text Import dialog's "Evaluate formulas" (unticked by default) */
  evaluateFormulas?: boolean;
  /** its "Detect special numbers" (dates and times; unticked by default) */
  detectSpecialNumbers?: boolean;
}

/**
 * Each file's cells as Calc shows them after opening it as UTF-8, comma-separated, in a Thai
 * locale, with the dialog's other settings at their defaults; read back by saving the sheet as
 * CSV with "save cell contents as shown".
 */
export function shownByCalc(files: readonly string[], options: CalcImport = {}): string[][][] {
  const home = tempDir('gecc-calc-');
  const out = path.join(home, 'shown');
  // tokens: separator, quote, UTF-8, first line, column formats, language (th-TH), quoted field as
  // text, special numbers, (export only) ×3, trim spaces, evaluate formulas
  const open = `Text - txt - csv (StarCalc):44,34,76,1,,1054,false,${Boolean(options.detectSpecialNumbers)},false,false,false,false,${Boolean(options.evaluateFormulas)}`;
  const save = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true';
  const run = spawnSync(
    command('soffice')!,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(home, 'profile')).href}`,
      '--headless',
      `--infilter=${open}`,
      '--convert-to',
      save,
      '--outdir',
      out,
      ...files,
    ],
    { encoding: 'utf8', env: { ...process.env, HOME: home }, timeout: 240_000 },
  );
  if (run.error) throw run.error;
  return files.map((file) => {
    const shown = path.join(out, path.basename(file));
    if (!fs.existsSync(shown)) throw new Error(`LibreOffice did not convert ${file} (exit ${run.status}):\n${run.stderr}`);
    return parse(fs.readFileSync(shown, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  });
}
