import type { Lang } from '../lang.js';

/** The fixed words of the readiness self-assessment form, in each language. */
export interface FormText {
  title: string;
  subtitle: (catalogueTitle: string) => string;
  draftBanner: string;
  watermark: string;
  unitSection: string;
  unitName: string;
  parent: string;
  kind: string;
  applicant: string;
  contact: string;
  phone: string;
  email: string;
  summarySection: string;
  group: string;
  selfAssessed: string;
  full: string;
  itemMax: (max: number) => string;
  threshold: string;
  result: string;
  pass: string;
  fail: string;
  physicalResult: (met: number, total: number) => string;
  physicalRule: string;
  atLeast: (n: number) => string;
  noThreshold: string;
  total: string;
  passTotal: (n: number) => string;
  itemsSection: string;
  item: string;
  criterion: string;
  has: string;
  hasNot: string;
  notAnswered: string;
  incomplete: string;
  claimed: (n: number) => string;
  groupTotal: string;
  certify: string;
  sign: string;
  position: string;
  date: string;
  /** the criteria's title of the signer, and the one who fits this unit where known (ผู้อำนวยการสำนักอนามัย) */
  requiredSigner: (title: string, own: string | undefined) => string;
  footer: (version: string) => string;
}

export const FORM_TEXT: Record<Lang, FormText> = {
  th: {
    title: 'แบบประเมินความพร้อมในการสมัครขอรับการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก',
    subtitle: (catalogueTitle) => `ตาม${catalogueTitle}`,
    draftBanner: 'ร่าง — ใบสมัครนี้ยังไม่เป็นไปตามเกณฑ์ ใช้เพื่อตรวจทานเท่านั้น ห้ามลงนามหรือนำส่ง',
    watermark: 'ร่าง',
    unitSection: 'ส่วนที่ 1 ข้อมูลหน่วยงาน',
    unitName: 'ชื่อหน่วยงาน',
    parent: 'สังกัด',
    kind: 'ประเภทหน่วยงาน',
    applicant: 'ประเภทผู้สมัคร',
    contact: 'ผู้ประสานงาน',
    phone: 'โทร.',
    email: 'อีเมล',
    summarySection: 'ส่วนที่ 2 สรุปผลการประเมินตนเอง',
    group: 'เกณฑ์',
    selfAssessed: 'ผลการประเมินตนเอง',
    full: 'คะแนนเต็ม',
    itemMax: (max) => `(ข้อละไม่เกิน ${max} คะแนน)`,
    threshold: 'เกณฑ์ที่กำหนด',
    result: 'ผล',
    pass: 'ผ่าน',
    fail: 'ไม่ผ่าน',
    physicalResult: (met, total) => `มี ${met} จาก ${total} ข้อ`,
    physicalRule: 'มีครบทุกข้อ',
    atLeast: (n) => `ไม่น้อยกว่า ${n} คะแนน`,
    noThreshold: '—',
    total: 'รวม',
    passTotal: (n) => `ไม่น้อยกว่า ${n} คะแนน`,
    itemsSection: 'ส่วนที่ 3 ผลการประเมินตนเองรายข้อ',
    item: 'ข้อ',
    criterion: 'รายการ',
    has: 'มี',
    hasNot: 'ไม่มี',
    notAnswered: 'ยังไม่ได้ตอบ',
    incomplete: 'ยังไม่ครบ',
    claimed: (n) => `ประเมินไว้ ${n}`,
    groupTotal: 'รวม',
    certify: 'ขอรับรองว่าผลการประเมินตนเองข้างต้นถูกต้องตามความเป็นจริง',
    sign: 'ลงชื่อ',
    position: 'ตำแหน่ง',
    date: 'วันที่',
    requiredSigner: (title, own) => `ผู้ลงนามตามเกณฑ์: ${own ?? title}`,
    footer: (version) => `จัดทำจากไฟล์คำตอบของหน่วยงานด้วย gecc ${version}`,
  },
  en: {
    title: 'Readiness self-assessment for GECC (ศูนย์ราชการสะดวก) certification',
    subtitle: (catalogueTitle) => `Under the ${catalogueTitle}`,
    draftBanner: 'DRAFT — this application does not meet the criteria; for review only, not to be signed or sent',
    watermark: 'DRAFT',
    unitSection: 'Part 1 The unit',
    unitName: 'Unit',
    parent: 'Affiliation',
    kind: 'Kind of unit',
    applicant: 'Applicant',
    contact: 'Contact',
    phone: 'phone',
    email: 'email',
    summarySection: 'Part 2 Self-assessment summary',
    group: 'Criteria',
    selfAssessed: 'Self-assessed',
    full: 'Maximum',
    itemMax: (max) => `(at most ${max} an item)`,
    threshold: 'Required',
    result: 'Result',
    pass: 'pass',
    fail: 'fail',
    physicalResult: (met, total) => `${met} of ${total} in place`,
    physicalRule: 'all in place',
    atLeast: (n) => `at least ${n}`,
    noThreshold: '—',
    total: 'Total',
    passTotal: (n) => `at least ${n}`,
    itemsSection: 'Part 3 Self-assessment by item',
    item: 'Item',
    criterion: 'Criterion',
    has: 'in place (มี)',
    hasNot: 'not in place (ไม่มี)',
    notAnswered: 'not answered',
    incomplete: 'incomplete',
    claimed: (n) => `self-assessed ${n}`,
    groupTotal: 'Total',
    certify: 'I certify that the self-assessment above is true.',
    sign: 'Signed',
    position: 'Position',
    date: 'Date',
    requiredSigner: (title, own) => `Signer required by the criteria: ${title}${own ? ` (${own})` : ''}`,
    footer: (version) => `Made from the unit's answers file by gecc ${version}`,
  },
};
