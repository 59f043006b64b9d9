import { Option, type Command } from 'commander';
import { checkApplication } from '../../check-application.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { checkResolved, resolveTargets } from '../../check-targets.js';
import type { ApplicationResult } from '../../result.js';
import type { Catalogue } from '../../criteria/catalogue-schema.js';
import { loadEdition, shippedEditions } from '../../criteria/load-catalogue.js';
import type { Lang } from '../../lang.js';
import { CLI_TEXT } from '../cli-text.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { EXIT } from '../exit-code.js';
import { refuseOutputInside, writeOutputFile } from '../output-file.js';
import { helpAfter } from '../help-text.js';
import { parseMoment } from '../parse-moment.js';
import type { CommandState } from './check.js';

interface FormFlags {
  output?: string;
  draft?: boolean;
  thaiDigits?: boolean;
  lang: Lang;
  edition?: string;
  criteria?: string;
  date?: string;
  config?: string;
}

const TEXT: Record<
  Lang,
  {
    description: string;
    badDate: (value: string) => string;
    disqualified: (folder: string) => string;
    noAnswers: (folder: string) => string;
    notReady: (errors: number, folder: string) => string;
    toSign: string;
    batchNeedsOutput: (count: number) => string;
    outputNotFolder: (output: string) => string;
    skipped: (folder: string, why: string) => string;
    why: { disqualified: string; 'no-answers': string; notReady: (errors: number) => string };
    batchDone: (written: number, skipped: number, output: string) => string;
  }
> = {
  th: {
    description: 'ทำแบบประเมินความพร้อม (HTML พิมพ์ขนาด A4) จากไฟล์คำตอบของหน่วยงาน',
    badDate: (value) => `--date "${value}" ไม่ใช่วันที่ที่อ่านได้ — ใช้รูปแบบ ปี-เดือน-วัน เช่น 2566-02-01 หรือ 2023-02-01`,
    disqualified: (folder) =>
      `ไม่ทำแบบประเมินให้ เพราะใบสมัคร "${folder}" ถูกตัดสิทธิ์ (ตอบ "ไม่มี" ในเกณฑ์ด้านกายภาพ) จึงยังลงนามไม่ได้\nวิธีแก้: ดูรายละเอียดด้วย gecc check "${folder}" — ถ้าต้องการฉบับร่างไว้ตรวจทาน ให้เพิ่ม --draft`,
    noAnswers: (folder) =>
      `ทำแบบประเมินไม่ได้ เพราะอ่านไฟล์คำตอบของ "${folder}" ไม่ได้\nวิธีแก้: ดูสาเหตุด้วย gecc check "${folder}" แล้วแก้ไฟล์ application.yaml`,
    notReady: (errors, folder) => `หมายเหตุ: ใบสมัครนี้ยังไม่พร้อมส่ง (ข้อผิดพลาด ${errors} รายการ) — แก้ตาม gecc check "${folder}" ก่อนลงนาม`,
    toSign:
      'หมายเหตุ: แบบประเมินนี้พิมพ์ไปลงนามได้ — เมื่อลงนามแล้ว สแกนเป็น PDF วางไว้ในโฟลเดอร์ใบสมัคร แล้วกรอก readiness_form: (file, signer, signer_position) จากนั้นตรวจอีกครั้งด้วย gecc check',
    batchNeedsOutput: (count) =>
      `โฟลเดอร์นี้มี ${count} ใบสมัคร — ระบุโฟลเดอร์ที่จะเก็บแบบประเมินด้วย --output เช่น --output แบบประเมิน (ได้หนึ่งไฟล์ต่อหนึ่งหน่วยงาน)`,
    outputNotFolder: (output) => `--output "${output}" เป็นไฟล์ที่มีอยู่แล้ว — เมื่อทำแบบประเมินหลายหน่วยงาน --output ต้องเป็นโฟลเดอร์`,
    skipped: (folder, why) => `ข้าม "${folder}": ${why}`,
    why: {
      disqualified: 'ถูกตัดสิทธิ์ (ตอบ "ไม่มี" ในเกณฑ์ด้านกายภาพ) จึงยังลงนามไม่ได้',
      'no-answers': 'อ่านไฟล์คำตอบ (application.yaml) ไม่ได้ จึงไม่มีข้อมูลให้ทำแบบประเมิน',
      notReady: (errors) => `ยังไม่พร้อมส่ง (ข้อผิดพลาด ${errors} รายการ) จึงยังลงนามไม่ได้ — แก้ตาม gecc check ก่อน`,
    },
    batchDone: (written, skipped, output) =>
      `ทำแบบประเมิน ${written} ฉบับ ไว้ที่ ${output}${skipped > 0 ? ` · ข้าม ${skipped} ใบสมัครที่ยังลงนามไม่ได้ (เพิ่ม --draft เพื่อทำฉบับร่างไว้ตรวจทาน)` : ''}`,
  },
  en: {
    description: "make the readiness self-assessment form (printable A4 HTML) from the unit's answers",
    badDate: (value) => `--date "${value}" is not a date: use year-month-day, e.g. 2023-02-01`,
    disqualified: (folder) =>
      `No form: the application "${folder}" is disqualified (a physical item answered ไม่มี), so it cannot be signed.\nFix: see gecc check "${folder}"; add --draft for a draft to review`,
    noAnswers: (folder) =>
      `No form: the answers file of "${folder}" cannot be read.\nFix: see gecc check "${folder}" and correct application.yaml`,
    notReady: (errors, folder) =>
      `Note: this application is not ready (${errors} errors): fix what gecc check "${folder}" reports before signing`,
    toSign:
      'Note: this form is the one to sign. Once signed, scan it to a PDF in the application folder, fill in readiness_form: (file, signer, signer_position), then run gecc check again',
    batchNeedsOutput: (count) =>
      `This folder holds ${count} applications: name a folder for the forms with --output, e.g. --output forms (one file per unit)`,
    outputNotFolder: (output) => `--output "${output}" is an existing file: for several applications' forms --output must be a folder`,
    skipped: (folder, why) => `Skipped "${folder}": ${why}`,
    why: {
      disqualified: 'disqualified (a physical item answered ไม่มี), so it cannot be signed',
      'no-answers': 'its answers file (application.yaml) cannot be read, so there is nothing to put on a form',
      notReady: (errors) => `not ready (${errors} errors), so it cannot be signed yet: fix what gecc check reports first`,
    },
    batchDone: (written, skipped, output) =>
      `${written} forms written to ${output}${skipped > 0 ? ` · ${skipped} applications skipped that cannot be signed yet (add --draft for drafts to review)` : ''}`,
  },
};

/** A calendar date, in the Buddhist era (2566-02-01) or the Common Era (2023-02-01); noon in Bangkok. */
export function parseFormDate(value: string): Date | undefined {
  return /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value) ? parseMoment(`${value.trim()}T12:00`) : undefined;
}

/** gecc form: one application's readiness self-assessment form, to print and sign. */
export function registerForm(program: Command, io: CliIo, state: CommandState): void {
  program
    .command('form')
    .description(`${TEXT.th.description}\n${TEXT.en.description}`)
    .argument('[folder]', 'the application folder, or a batch folder (with --output FOLDER: one form per unit)', '.')
    .option('-o, --output <file>', 'write the form to this file (default: standard output)')
    .option('--draft', 'make a draft, watermarked, even for an application that cannot be signed yet')
    .option('--thai-digits', 'set numbers in Thai digits (๐-๙)')
    .addOption(new Option('-l, --lang <lang>', 'language of the form').choices(['th', 'en']).default('th'))
    .option('-e, --edition <name>', `criteria edition (${shippedEditions().join(', ')})`)
    .option('--criteria <file>', 'a criteria catalogue file of your own (JSON)')
    .option('--date <date>', 'the date by the signature, e.g. 2566-02-01 (default: today)')
    .option('--config <file>', "a round's settings: its edition or criteria (default: gecc.config.yaml at the root of a batch folder)")
    .addHelpText('after', helpAfter('form'))
    .action(async (folder: string, flags: FormFlags) => {
      const { lang } = flags;
      state.setLang(lang);
      const text = TEXT[lang];
      const date = flags.date === undefined ? new Date() : parseFormDate(flags.date);
      if (!date) throw new UsageError(text.badDate(flags.date!));
      // the round's edition or criteria, unless the command line names one
      const { findRoundConfig } = await import('../config/round-config.js');
      const round = findRoundConfig(flags.config, [folder], lang);
      if (round && flags.edition === undefined && flags.criteria === undefined) {
        if (round.edition) flags.edition = round.edition;
        if (round.criteria) flags.criteria = round.criteria;
      }
      let catalogue: Catalogue | undefined;
      if (flags.criteria) catalogue = (await import('../../criteria/parse-catalogue.js')).loadCatalogueFile(flags.criteria);
      else if (flags.edition && !loadEdition(flags.edition))
        throw new UsageError(CLI_TEXT[lang].unknownEdition(flags.edition, shippedEditions().join(', ')));
      const targets = resolveTargets([folder]);
      if (targets.length > 1) {
        if (flags.output === undefined) throw new UsageError(text.batchNeedsOutput(targets.length));
        if (isFile(flags.output)) throw new UsageError(text.outputNotFolder(flags.output));
        refuseOutputInside(flags.output, targets, lang);
        const report = await checkResolved(targets, {
          ...(flags.edition ? { edition: flags.edition } : {}),
          ...(catalogue ? { catalogue } : {}),
        });
        state.setExitCode(await writeBatchForms(report.applications, flags.output, flags, date, io));
        return;
      }
      const target = targets[0]!;
      if (flags.output !== undefined) refuseOutputInside(flags.output, [target], lang);

      const app = await checkApplication(target.dir, {
        ...(flags.edition ? { edition: flags.edition } : {}),
        ...(catalogue ? { catalogue } : {}),
        displayPath: target.display,
      });
      const { formRefusal, formToSign, readinessFormHtml } = await import('../../form/readiness-form-html.js');
      const refusal = formRefusal(app);
      if (refusal === 'no-answers' || (refusal === 'disqualified' && !flags.draft)) {
        io.stderr(`gecc: ${refusal === 'no-answers' ? text.noAnswers(target.display) : text.disqualified(target.display)}\n`);
        state.setExitCode(EXIT.notReady);
        return;
      }
      const errors = app.findings.filter((f) => f.severity === 'error').length;
      // the signed form is the one thing a form to sign cannot have yet: said as what comes next, not as a fault
      if (!app.ready && !flags.draft) io.stderr(`${formToSign(app) ? text.toSign : text.notReady(errors, target.display)}\n`);
      const page = readinessFormHtml(app, {
        lang,
        date,
        thaiDigits: Boolean(flags.thaiDigits),
        draft: Boolean(flags.draft),
      });
      if (flags.output === undefined) io.stdout(page);
      else io.stderr(writeOutputFile(flags.output, page, lang));
      state.setExitCode(EXIT.ready);
    });
}

const isFile = (file: string) => {
  try {
    return !statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/**
 * One form per application of a batch, named from the unit, into one folder. An application
 * that cannot be signed yet is skipped with a note (with --draft, one that is only not ready or
 * disqualified gets a watermarked draft instead). Exit 1 when any was skipped.
 */
async function writeBatchForms(apps: ApplicationResult[], output: string, flags: FormFlags, date: Date, io: CliIo): Promise<number> {
  const { lang } = flags;
  const text = TEXT[lang];
  const { formRefusal, formToSign, readinessFormHtml } = await import('../../form/readiness-form-html.js');
  const { formFileNames } = await import('../../form/form-file-name.js');
  const names = formFileNames(apps.map((app) => ({ ...(app.unit.name ? { unitName: app.unit.name } : {}), folder: app.path })));
  let written = 0;
  let skipped = 0;
  const notes: string[] = [];
  apps.forEach((app, i) => {
    const refusal = formRefusal(app);
    const errors = app.findings.filter((f) => f.severity === 'error').length;
    const why =
      refusal === 'no-answers'
        ? text.why['no-answers']
        : flags.draft
          ? undefined
          : refusal === 'disqualified'
            ? text.why.disqualified
            : formToSign(app)
              ? undefined
              : text.why.notReady(errors);
    if (why) {
      skipped++;
      notes.push(`${text.skipped(app.path, why)}\n`);
      return;
    }
    const page = readinessFormHtml(app, { lang, date, thaiDigits: Boolean(flags.thaiDigits), draft: Boolean(flags.draft) });
    notes.push(writeOutputFile(path.join(output, names[i]!), page, lang));
    written++;
  });
  io.stderr(`${notes.join('')}${text.batchDone(written, skipped, output)}\n`);
  return skipped > 0 ? EXIT.notReady : EXIT.ready;
}
