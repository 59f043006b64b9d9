import type { Lang } from '../lang.js';
import type { ItemState } from '../result.js';
import { englishCount } from '../findings/english-count.js';

/** The fixed words of the HTML report (beyond those it shares with the text report). */
export interface HtmlText {
  documentTitle: string;
  generated: (when: string, version: string) => string;
  summary: (applications: number, ready: number, notReady: number) => string;
  parent: string;
  kind: string;
  applicant: string;
  contact: string;
  answersFile: string;
  readinessForm: string;
  signer: string;
  group: string;
  score: string;
  threshold: string;
  result: string;
  pass: string;
  fail: string;
  /** beside ไม่ผ่าน, when the group's points reach its threshold: why it still does not pass */
  failsFor: { errors: (items: string) => string; distribution: string };
  item: string;
  state: string;
  answer: string;
  points: string;
  claimed: (claimed: number) => string;
  evidence: string;
  states: Record<ItemState, string>;
  severities: Record<'error' | 'warning' | 'info', string>;
  where: string;
  noProblems: string;
  attachments: string;
  file: string;
  type: string;
  size: string;
  pages: string;
  fingerprint: string;
  usable: string;
  notUsable: string;
  noAttachments: string;
  bytes: (bytes: number) => string;
  overview: string;
  overviewUnit: string;
  backToOverview: string;
  notRead: string;
  copy: string;
  copied: string;
  pressCtrlC: string;
  entered: string;
  enteredCount: (total: number) => string;
  attach: string;
  selfScore: (score: number) => string;
  worksheet: string;
  noText: string;
}

const number = (n: number) => n.toLocaleString('en-US');
const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(2)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes}`;

export const HTML_TEXT: Record<Lang, HtmlText> = {
  th: {
    documentTitle: 'รายงานผลการตรวจใบสมัครศูนย์ราชการสะดวก (GECC)',
    generated: (when, version) => `จัดทำเมื่อ ${when} ด้วย gecc ${version}`,
    summary: (applications, ready, notReady) => `ตรวจ ${applications} ใบสมัคร: พร้อมส่ง ${ready} · ยังไม่พร้อม ${notReady}`,
    parent: 'สังกัด',
    kind: 'ประเภทหน่วยงาน',
    applicant: 'ผู้สมัคร',
    contact: 'ผู้ประสานงาน',
    answersFile: 'ไฟล์คำตอบ',
    readinessForm: 'แบบประเมินความพร้อม',
    signer: 'ผู้ลงนาม',
    group: 'เกณฑ์',
    score: 'คะแนน',
    threshold: 'เกณฑ์ขั้นต่ำ',
    result: 'ผล',
    pass: 'ผ่าน',
    fail: 'ไม่ผ่าน',
    failsFor: {
      errors: (items) => `คะแนนถึงเกณฑ์ แต่ข้อ ${items} ยังมีข้อผิดพลาด`,
      distribution: 'คะแนนถึงเกณฑ์ แต่คะแนนที่ประเมินตนเองเกินการกระจายคะแนนของเกณฑ์',
    },
    item: 'ข้อ',
    state: 'สถานะ',
    answer: 'คำตอบ',
    points: 'คะแนนที่นับ',
    claimed: (claimed) => `ประเมินตนเอง ${claimed}`,
    evidence: 'คำอธิบายและไฟล์แนบ',
    states: { complete: 'ครบ', incomplete: 'ไม่ครบ', 'answered-no': 'ตอบ "ไม่มี"', 'not-answered': 'ไม่ได้ตอบ' },
    severities: { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'หมายเหตุ' },
    where: 'ตำแหน่ง',
    noProblems: 'ไม่พบรายการที่ต้องแก้',
    attachments: 'ไฟล์แนบทั้งหมด',
    file: 'ไฟล์',
    type: 'ชนิด',
    size: 'ขนาด',
    pages: 'หน้า',
    fingerprint: 'ลายนิ้วมือไฟล์ (SHA-256)',
    usable: 'ใช้ได้',
    notUsable: 'ใช้ไม่ได้',
    noAttachments: 'ไม่มีไฟล์แนบ',
    bytes: (bytes) => (bytes < 1024 ? `${bytes} ไบต์` : `${size(bytes)} (${number(bytes)} ไบต์)`),
    overview: 'ตารางสรุปทุกหน่วยงาน',
    overviewUnit: 'หน่วยงาน',
    backToOverview: '↑ กลับไปตารางสรุป',
    notRead: 'อ่านไฟล์คำตอบไม่ได้',
    copy: 'คัดลอกข้อความ',
    copied: 'คัดลอกแล้ว ✓',
    pressCtrlC: 'เลือกข้อความไว้แล้ว กด Ctrl+C',
    entered: 'กรอกแล้ว',
    enteredCount: (total) => `/${total} ข้อ`,
    attach: 'แนบไฟล์',
    selfScore: (score) => `คะแนนประเมินตนเอง: ${score}`,
    worksheet:
      'ใช้หน้านี้ขณะกรอก GECC Online: ข้อเรียงตามลำดับในระบบ กด "คัดลอกข้อความ" แล้ววางในช่องของข้อนั้น แนบไฟล์ตามที่ระบุ แล้วติ๊ก "กรอกแล้ว" (ติ๊กไว้จะคงอยู่จนกว่าจะปิดแท็บนี้)',
    noText: 'ไม่มีข้อความ',
  },
  en: {
    documentTitle: 'GECC application check report',
    generated: (when, version) => `Made ${when} by gecc ${version}`,
    summary: (applications, ready, notReady) =>
      `${englishCount(applications, 'application')} checked: ${ready} ready · ${notReady} not ready`,
    parent: 'Affiliation',
    kind: 'Kind of unit',
    applicant: 'Applicant',
    contact: 'Contact',
    answersFile: 'Answers file',
    readinessForm: 'Readiness form',
    signer: 'Signed by',
    group: 'Criteria',
    score: 'Score',
    threshold: 'Threshold',
    result: 'Result',
    pass: 'pass',
    fail: 'fail',
    failsFor: {
      errors: (items) => `enough points, but items ${items} still have errors`,
      distribution: 'enough points, but the self-assessed scores do not fit the distribution of points',
    },
    item: 'Item',
    state: 'State',
    answer: 'Answer',
    points: 'Points counted',
    claimed: (claimed) => `self-assessed ${claimed}`,
    evidence: 'Description and attachments',
    states: { complete: 'complete', incomplete: 'incomplete', 'answered-no': 'answered "no" (ไม่มี)', 'not-answered': 'not answered' },
    severities: { error: 'error', warning: 'warning', info: 'note' },
    where: 'Where',
    noProblems: 'Nothing to fix',
    attachments: 'All attachments',
    file: 'File',
    type: 'Type',
    size: 'Size',
    pages: 'Pages',
    fingerprint: 'Fingerprint (SHA-256)',
    usable: 'usable',
    notUsable: 'not usable',
    noAttachments: 'No attachments',
    bytes: (bytes) => (bytes < 1024 ? `${bytes} bytes` : `${size(bytes)} (${number(bytes)} bytes)`),
    overview: 'All units at a glance',
    overviewUnit: 'Unit',
    backToOverview: '↑ back to the table',
    notRead: 'answers file unreadable',
    copy: 'Copy text',
    copied: 'Copied ✓',
    pressCtrlC: 'Text selected: press Ctrl+C',
    entered: 'entered',
    enteredCount: (total) => `/${total} items`,
    attach: 'Attach',
    selfScore: (score) => `Self-assessed score: ${score}`,
    worksheet:
      'Use this page while filling in GECC Online: items are in the order of the system. Press "Copy text", paste it into the item, attach the files listed, then tick "entered" (ticks stay until this tab is closed).',
    noText: 'no text',
  },
};
