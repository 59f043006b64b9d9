import { Chalk } from 'chalk';
import type { Lang } from '../lang.js';
import { englishCount } from '../findings/english-count.js';
import { renderMessage } from '../findings/render-message.js';
import { showControls } from '../findings/show-controls.js';
import type { ChangedFinding, ReportChanges } from '../watch/report-changes.js';
import { targetTitle } from './human-report.js';
import { marksFor, toAscii } from './marks.js';

/** The fixed words of gecc check --watch, in each language. */
interface WatchText {
  changedFiles: (files: string) => string;
  since: string;
  fixed: (count: number) => string;
  added: (count: number) => string;
  notes: (count: number) => string;
  unchecked: (count: number) => string;
  nothingChanged: string;
  nowReady: (path: string) => string;
  noLongerReady: (path: string) => string;
  more: (count: number) => string;
  watching: string;
  stopped: string;
  firstRun: string;
  /** under the reason a check could not be made (the folder moved away, gecc's own failure) */
  notChecked: string;
}

export const WATCH_TEXT: Record<Lang, WatchText> = {
  th: {
    changedFiles: (files) => `ไฟล์ที่เปลี่ยน: ${files}`,
    since: 'เทียบกับการตรวจครั้งก่อน',
    fixed: (count) => `แก้แล้ว ${count} รายการ`,
    added: (count) => `พบใหม่ ${count} รายการ`,
    notes: (count) => `หมายเหตุใหม่ ${count} รายการ`,
    unchecked: (count) => `ตรวจซ้ำไม่ได้ ${count} รายการเดิม เพราะครั้งนี้อ่านไฟล์ไม่ได้ (ยังไม่ได้แก้ แก้ไฟล์ให้อ่านได้ก่อน)`,
    nothingChanged: 'ผลการตรวจเหมือนครั้งก่อน',
    nowReady: (path) => `${path} พร้อมส่งแล้ว`,
    noLongerReady: (path) => `${path} กลับมาไม่พร้อมส่ง`,
    more: (count) => `… และอีก ${count} รายการ`,
    watching: 'กำลังเฝ้าดูโฟลเดอร์: บันทึก application.yaml หรือไฟล์แนบแล้ว gecc จะตรวจใหม่เอง · กด Ctrl-C เพื่อออก',
    stopped: 'หยุดเฝ้าดูแล้ว',
    firstRun: 'ตรวจครั้งแรก',
    notChecked: 'ครั้งนี้ตรวจไม่ได้ (เหตุผลอยู่ด้านบน) — gecc ยังเฝ้าดูอยู่ และจะตรวจใหม่เองเมื่อแก้แล้ว',
  },
  en: {
    changedFiles: (files) => `Changed: ${files}`,
    since: 'Since the last check',
    fixed: (count) => `${count} fixed`,
    added: (count) => `${count} new`,
    notes: (count) => englishCount(count, 'new note'),
    unchecked: (count) =>
      `${englishCount(count, 'earlier problem')} could not be looked for: a file could not be read this time (not fixed: make it readable first)`,
    nothingChanged: 'Same result as the last check',
    nowReady: (path) => `${path} is now ready to send`,
    noLongerReady: (path) => `${path} is no longer ready`,
    more: (count) => `… and ${count} more`,
    watching: 'Watching: save application.yaml or an attachment and gecc checks again · Ctrl-C to stop',
    stopped: 'Stopped watching',
    firstRun: 'First check',
    notChecked: 'Not checked this time (the reason is above): gecc keeps watching and checks again once it is fixed',
  },
};

const SHOWN = 10;

/** The lines under a redrawn report: which files changed and which problems are fixed or new. */
export function watchChangesText(
  changes: ReportChanges | undefined,
  changedFiles: readonly string[],
  options: { lang: Lang; color: boolean; time: string; ascii?: boolean; notChecked?: boolean },
): string {
  const { lang } = options;
  const t = WATCH_TEXT[lang];
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const marks = marksFor(options.ascii === true);
  const out: string[] = [];
  // with several applications, say which one a problem belongs to
  const many =
    changes !== undefined &&
    new Set([...changes.fixed, ...changes.added, ...changes.notes, ...changes.unchecked].map((f) => f.path)).size > 1;
  const describe = (f: ChangedFinding) => `${many ? `[${showControls(f.path)}] ` : ''}${describeFinding(f, lang)}`;
  // a new problem with its own severity's mark: a warning is no error
  const severityMark = (f: ChangedFinding) =>
    f.finding.severity === 'error' ? c.red(marks.error) : f.finding.severity === 'warning' ? c.yellow(marks.warning) : c.blue(marks.info);
  const list = (mark: (f: ChangedFinding) => string, found: ChangedFinding[]) => {
    out.push(...found.slice(0, SHOWN).map((f) => `      ${mark(f)} ${describe(f)}`));
    if (found.length > SHOWN) out.push(`      ${t.more(found.length - SHOWN)}`);
  };
  out.push(c.dim(`— ${options.time} —`));
  if (options.notChecked) {
    out.push(t.notChecked);
    if (changedFiles.length > 0)
      out.push(
        t.changedFiles(
          listed(
            changedFiles.map((f) => showControls(f)),
            t,
          ),
        ),
      );
  } else if (!changes) {
    out.push(t.firstRun);
  } else {
    if (changedFiles.length > 0)
      out.push(
        t.changedFiles(
          listed(
            changedFiles.map((f) => showControls(f)),
            t,
          ),
        ),
      );
    out.push(c.bold(`${t.since}:`));
    for (const verdict of changes.verdicts)
      out.push(
        verdict.ready
          ? c.green.bold(`  ${marks.ok} ${t.nowReady(showControls(verdict.path))}`)
          : c.red.bold(`  ${marks.error} ${t.noLongerReady(showControls(verdict.path))}`),
      );
    if (changes.fixed.length === 0 && changes.added.length === 0 && changes.notes.length === 0 && changes.unchecked.length === 0)
      out.push(`  ${t.nothingChanged}`);
    // not listed one by one: they are the report of the last check that could read the file
    if (changes.unchecked.length > 0) out.push(c.yellow(`  ${marks.warning} ${t.unchecked(changes.unchecked.length)}`));
    if (changes.fixed.length > 0) {
      out.push(c.green(`  ${marks.ok} ${t.fixed(changes.fixed.length)}`));
      list(() => c.green(marks.ok), changes.fixed);
    }
    if (changes.added.length > 0) {
      const errors = changes.added.some((f) => f.finding.severity === 'error');
      out.push(
        errors
          ? c.red(`  ${marks.error} ${t.added(changes.added.length)}`)
          : c.yellow(`  ${marks.warning} ${t.added(changes.added.length)}`),
      );
      list(severityMark, changes.added);
    }
    if (changes.notes.length > 0) {
      out.push(c.blue(`  ${marks.info} ${t.notes(changes.notes.length)}`));
      list(severityMark, changes.notes);
    }
  }
  out.push('', c.cyan(t.watching));
  const text = `${out.join('\n')}\n`;
  return options.ascii ? toAscii(text) : text;
}

function listed(files: readonly string[], t: WatchText): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} ${t.more(files.length - 5)}` : shown;
}

/** "[app] B01 เกณฑ์พื้นฐาน ข้อ 1 · files/B01.pdf: the message" */
function describeFinding({ app, finding }: ChangedFinding, lang: Lang): string {
  const target = finding.item ? `${targetTitle(finding.item, app.catalogue, lang)}: ` : '';
  const file = finding.file ? `${showControls(finding.file)}: ` : '';
  return `${target}${file}${renderMessage(finding, lang, app.catalogue).text}`;
}
