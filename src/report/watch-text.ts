import { Chalk } from 'chalk';
import type { Lang } from '../findings/message-spec.js';
import { renderMessage } from '../findings/render-message.js';
import type { ChangedFinding, ReportChanges } from '../watch/report-changes.js';
import { targetTitle } from './human-report.js';

/** The fixed words of gecc check --watch, in each language. */
interface WatchText {
  changedFiles: (files: string) => string;
  since: string;
  fixed: (count: number) => string;
  added: (count: number) => string;
  nothingChanged: string;
  nowReady: (path: string) => string;
  noLongerReady: (path: string) => string;
  more: (count: number) => string;
  watching: string;
  stopped: string;
  firstRun: string;
}

export const WATCH_TEXT: Record<Lang, WatchText> = {
  th: {
    changedFiles: (files) => `ไฟล์ที่เปลี่ยน: ${files}`,
    since: 'เทียบกับการตรวจครั้งก่อน',
    fixed: (count) => `แก้แล้ว ${count} รายการ`,
    added: (count) => `พบใหม่ ${count} รายการ`,
    nothingChanged: 'ผลการตรวจเหมือนครั้งก่อน',
    nowReady: (path) => `${path} พร้อมส่งแล้ว`,
    noLongerReady: (path) => `${path} กลับมาไม่พร้อมส่ง`,
    more: (count) => `… และอีก ${count} รายการ`,
    watching: 'กำลังเฝ้าดูโฟลเดอร์: บันทึก application.yaml หรือไฟล์แนบแล้ว gecc จะตรวจใหม่เอง · กด Ctrl-C เพื่อออก',
    stopped: 'หยุดเฝ้าดูแล้ว',
    firstRun: 'ตรวจครั้งแรก',
  },
  en: {
    changedFiles: (files) => `Changed: ${files}`,
    since: 'Since the last check',
    fixed: (count) => `${count} fixed`,
    added: (count) => `${count} new`,
    nothingChanged: 'Same result as the last check',
    nowReady: (path) => `${path} is now ready to send`,
    noLongerReady: (path) => `${path} is no longer ready`,
    more: (count) => `… and ${count} more`,
    watching: 'Watching: save application.yaml or an attachment and gecc checks again · Ctrl-C to stop',
    stopped: 'Stopped watching',
    firstRun: 'First check',
  },
};

const SHOWN = 10;

/** The lines under a redrawn report: which files changed and which problems are fixed or new. */
export function watchChangesText(
  changes: ReportChanges | undefined,
  changedFiles: readonly string[],
  options: { lang: Lang; color: boolean; time: string },
): string {
  const { lang } = options;
  const t = WATCH_TEXT[lang];
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  // with several applications, say which one a problem belongs to
  const many = changes !== undefined && new Set([...changes.fixed, ...changes.added].map((f) => f.path)).size > 1;
  const describe = (f: ChangedFinding) => `${many ? `[${f.path}] ` : ''}${describeFinding(f, lang)}`;
  out.push(c.dim(`— ${options.time} —`));
  if (!changes) {
    out.push(t.firstRun);
  } else {
    if (changedFiles.length > 0) out.push(t.changedFiles(listed(changedFiles, t)));
    out.push(c.bold(`${t.since}:`));
    for (const verdict of changes.verdicts)
      out.push(verdict.ready ? c.green.bold(`  ✔ ${t.nowReady(verdict.path)}`) : c.red.bold(`  ✖ ${t.noLongerReady(verdict.path)}`));
    if (changes.fixed.length === 0 && changes.added.length === 0) out.push(`  ${t.nothingChanged}`);
    if (changes.fixed.length > 0) {
      out.push(c.green(`  ✔ ${t.fixed(changes.fixed.length)}`));
      out.push(...changes.fixed.slice(0, SHOWN).map((f) => `      ${c.green('✔')} ${describe(f)}`));
      if (changes.fixed.length > SHOWN) out.push(`      ${t.more(changes.fixed.length - SHOWN)}`);
    }
    if (changes.added.length > 0) {
      out.push(c.red(`  ✖ ${t.added(changes.added.length)}`));
      out.push(...changes.added.slice(0, SHOWN).map((f) => `      ${c.red('✖')} ${describe(f)}`));
      if (changes.added.length > SHOWN) out.push(`      ${t.more(changes.added.length - SHOWN)}`);
    }
  }
  out.push('', c.cyan(t.watching));
  return `${out.join('\n')}\n`;
}

function listed(files: readonly string[], t: WatchText): string {
  const shown = files.slice(0, 5).join(', ');
  return files.length > 5 ? `${shown} ${t.more(files.length - 5)}` : shown;
}

/** "[app] B01 เกณฑ์พื้นฐาน ข้อ 1 · files/B01.pdf: the message" */
function describeFinding({ app, finding }: ChangedFinding, lang: Lang): string {
  const target = finding.item ? `${targetTitle(finding.item, app.catalogue, lang)}: ` : '';
  const file = finding.file ? `${finding.file}: ` : '';
  return `${target}${file}${renderMessage(finding, lang, app.catalogue).text}`;
}
