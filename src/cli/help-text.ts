import type { Command } from 'commander';
import type { Lang } from '../lang.js';

/**
 * The worked examples that `--help` prints after commander's list of options, one entry per
 * command (and `gecc` for the program itself). Adding a command's examples = adding an entry
 * here and one `.addHelpText('after', helpAfter('<name>'))` where the command is registered.
 *
 * Each example says what it does in Thai and in English, on lines of their own below the
 * command: Thai vowels and tone marks take no width on screen, so columns side by side would
 * not line up.
 */
interface HelpExample {
  command: string;
  th: string;
  en: string;
}

export interface CommandHelp {
  examples: HelpExample[];
  /** short paragraphs after the examples (what the results mean, where to look next) */
  notes?: Record<Lang, string>[];
}

export const HELP = {
  gecc: {
    examples: [
      {
        command: 'gecc edit',
        th: 'กรอกใบสมัครของโฟลเดอร์ที่เปิดอยู่ในหน้าเว็บบนเครื่องนี้ (ไม่ต้องแก้ไฟล์ application.yaml เอง)',
        en: 'Fill in the application of the current folder in a page on this computer (no need to edit application.yaml yourself).',
      },
      {
        command: 'gecc check',
        th: 'ตรวจใบสมัครในโฟลเดอร์ที่เปิดอยู่ (โฟลเดอร์ที่มีไฟล์ application.yaml)',
        en: 'Check the application in the current folder (the one holding application.yaml).',
      },
      {
        command: 'gecc check "D:\\GECC\\สำนักงานเขตพระนคร"',
        th: 'ตรวจโฟลเดอร์ใบสมัครที่ระบุ (ชื่อที่มีช่องว่างให้ใส่ในเครื่องหมายคำพูด)',
        en: 'Check the application in the folder named (quote a name that has spaces).',
      },
      {
        command: 'gecc check --help',
        th: 'ดูตัวเลือกและตัวอย่างทั้งหมดของคำสั่ง check',
        en: 'Every option and example of the check command.',
      },
    ],
    notes: [
      {
        th: 'ทุกคำสั่งแสดงข้อความภาษาไทย ใส่ --lang en เพื่อดูเป็นภาษาอังกฤษ',
        en: 'Messages are in Thai by default; add --lang en for English.',
      },
    ],
  },
  check: {
    examples: [
      {
        command: 'gecc check',
        th: 'ตรวจใบสมัครในโฟลเดอร์ที่เปิดอยู่',
        en: 'Check the application in the current folder.',
      },
      {
        command: 'gecc check "D:\\GECC\\สำนักงานเขตพระนคร"',
        th: 'ตรวจโฟลเดอร์ใบสมัครที่ระบุ (ระบุไฟล์ application.yaml ของใบสมัครก็ได้ ชื่อที่มีช่องว่างให้ใส่ในเครื่องหมายคำพูด)',
        en: 'Check the application in the folder named (or the one an application.yaml named belongs to; quote a name that has spaces).',
      },
      {
        command: 'gecc check ใบสมัครทุกเขต',
        th: 'ตรวจทุกหน่วยงานในโฟลเดอร์รวม (ทุกโฟลเดอร์ย่อยที่มี application.yaml) แล้วสรุปเป็นตาราง',
        en: 'Check every unit in a batch folder (each sub-folder holding an application.yaml), then a summary table.',
      },
      {
        command: 'gecc check ใบสมัครทุกเขต --summary-only',
        th: 'แสดงเฉพาะตารางสรุปของทุกหน่วยงาน',
        en: 'Only the summary table of every unit.',
      },
      {
        command: 'gecc check ใบสมัครทุกเขต --summary-only --wide',
        th: 'ตารางสรุปแบบเต็ม (หัวตารางและคำเต็ม ชื่อหน่วยงานบรรทัดเดียว) — ค่าเริ่มต้นกว้างไม่เกิน 100 ตัวอักษร',
        en: 'The full summary table (long headings, names on one line); by default it fits 100 columns.',
      },
      {
        command: 'gecc check ใบสมัครทุกเขต --report csv=สรุป.csv --report junit=junit.xml',
        th: 'บันทึกสรุปเป็นไฟล์ CSV สำหรับ Excel และ JUnit XML สำหรับระบบ CI ในการตรวจครั้งเดียว',
        en: 'Also save a CSV summary for Excel and JUnit XML for CI, in the same run.',
      },
      {
        command: 'gecc check ใบสมัครทุกเขต --concurrency 1',
        th: 'ตรวจทีละหน่วยงาน ทีละไฟล์ (ค่าเริ่มต้นตรวจพร้อมกันเท่าจำนวนแกนของเครื่อง) สำหรับเครื่องที่ช้าหรือหน่วยความจำน้อย',
        en: 'One unit, one file at a time (by default as many as the machine has cores), for a slow machine or one short of memory.',
      },
      {
        command: 'gecc check --lang en',
        th: 'แสดงผลการตรวจเป็นภาษาอังกฤษ',
        en: 'The report in English.',
      },
      {
        command: 'gecc check --format json --output report.json ใบสมัครทุกเขต',
        th: 'บันทึกผลการตรวจเป็น JSON สำหรับโปรแกรมอื่นหรือระบบ CI',
        en: 'Save the report as JSON, for scripts and CI.',
      },
      {
        command: 'gecc check --format html --output ../ผลการตรวจ.html',
        th: 'บันทึกผลการตรวจเป็นหน้าเว็บไว้ในโฟลเดอร์ที่อยู่เหนือโฟลเดอร์ใบสมัคร (gecc ไม่เขียนไฟล์ลงในโฟลเดอร์ที่ตรวจ) เปิดด้วยเบราว์เซอร์แล้วสั่งพิมพ์เก็บเป็นหลักฐานได้',
        en: 'Save the report as a web page one folder up (gecc never writes into the folder it checks), to open in a browser and print as evidence.',
      },
      {
        command: 'gecc check --strict',
        th: 'ถือว่าคำเตือนเป็นข้อผิดพลาดด้วย (ผ่านเมื่อไม่มีทั้งข้อผิดพลาดและคำเตือน)',
        en: 'Count warnings as errors.',
      },
      {
        command: 'gecc check --edition 2568',
        th: 'ตรวจตามเกณฑ์ปี 2568 แทนปีที่เขียนไว้ใน application.yaml',
        en: 'Check against the 2568 criteria, whatever application.yaml says.',
      },
      {
        command: 'gecc check --now 2023-02-01T09:00:00+07:00',
        th: 'ตรวจช่วงเวลารับสมัครเทียบกับวันเวลาที่ระบุ แทนเวลาปัจจุบัน',
        en: 'Judge the application window at that moment instead of now.',
      },
      {
        command: 'gecc check --watch',
        th: 'ตรวจซ้ำทุกครั้งที่บันทึก application.yaml หรือไฟล์แนบ และบอกว่าแก้อะไรไปแล้ว อะไรเพิ่มมาใหม่ (กด Ctrl-C เพื่อหยุด)',
        en: 'Check again on every save of application.yaml or an attachment, showing what was fixed and what is new (Ctrl-C stops).',
      },
      {
        command: 'gecc check --no-cache',
        th: 'อ่านไฟล์แนบทุกไฟล์ใหม่ทั้งหมด ไม่ใช้ผลที่ gecc จำไว้จากการตรวจครั้งก่อน',
        en: 'Read every attachment again instead of reusing what earlier checks found in the same bytes.',
      },
      {
        command: 'gecc check --ascii',
        th: 'ใช้เครื่องหมาย [OK] [X] [!] แทน ✔ ✖ ⚠ เมื่อหน้าจอแสดงเป็นกล่องสี่เหลี่ยม',
        en: 'Plain ASCII marks, for a console that shows ✔ ✖ ⚠ as boxes.',
      },
    ],
    notes: [
      {
        th: 'gecc จำผลการตรวจไฟล์แนบไว้ในโฟลเดอร์แคชของผู้ใช้ (ไม่ใช่ในโฟลเดอร์ใบสมัคร) ไฟล์ที่เนื้อไฟล์ไม่เปลี่ยนจึงตรวจซ้ำได้เร็ว ไฟล์ที่เปลี่ยนแม้ไบต์เดียวถูกอ่านใหม่เสมอ; --no-cache อ่านทุกไฟล์ใหม่ทั้งหมด (GECC_CACHE_DIR กำหนดที่เก็บแคชเอง)',
        en: "gecc keeps what it found in attachments in the user's cache folder (never in an application folder): files whose bytes did not change are re-checked quickly, a file changed by a single byte is always read again; --no-cache reads every file again (GECC_CACHE_DIR sets where the cache lives).",
      },
      {
        th: 'ไฟล์ตั้งค่าของรอบการสมัคร: gecc.config.yaml ในโฟลเดอร์รวม (หรือ --config ไฟล์) กำหนดเกณฑ์ปี ช่วงเวลารับสมัคร --strict และรายงานที่จะบันทึกได้ — ดู docs/batch.md',
        en: "A round's settings: gecc.config.yaml in the batch folder (or --config FILE) sets the edition, the application window, --strict and the reports to write; see docs/batch.md.",
      },
      {
        th: 'ผลลัพธ์ (exit code): 0 = พร้อมส่งทุกใบสมัคร, 1 = มีใบสมัครที่ยังไม่พร้อมส่ง, 2 = ตรวจไม่ได้ (ตัวเลือกผิด หรือไม่พบโฟลเดอร์)',
        en: 'Exit code: 0 = every application is ready, 1 = at least one is not ready, 2 = the check could not run (a bad option, no such folder).',
      },
    ],
  },
  form: {
    examples: [
      {
        command: 'gecc form "D:\\GECC\\สำนักงานเขตพระนคร" --output แบบประเมินความพร้อม.html',
        th: 'ทำแบบประเมินความพร้อมจากไฟล์คำตอบ เปิดไฟล์ด้วยเบราว์เซอร์แล้วสั่งพิมพ์ขนาด A4 เพื่อเสนอลงนาม',
        en: 'Make the readiness form from the answers; open it in a browser and print it on A4 for signing.',
      },
      {
        command: 'gecc form --thai-digits --date 2566-02-01 --output ../แบบประเมินความพร้อม.html',
        th: 'ในโฟลเดอร์ใบสมัคร: ใช้เลขไทยและกำหนดวันที่ลงนาม (ปี พ.ศ. หรือ ค.ศ. ก็ได้) บันทึกไว้ในโฟลเดอร์ที่อยู่เหนือขึ้นไป',
        en: 'In the application folder: Thai digits and the date by the signature (Buddhist or Common Era year), saved one folder up.',
      },
      {
        command: 'gecc form --draft --output ../ร่างแบบประเมิน.html',
        th: 'ทำฉบับร่าง (มีลายน้ำ "ร่าง") แม้ใบสมัครยังไม่พร้อม เพื่อใช้ตรวจทาน',
        en: 'A watermarked draft, even for an application that is not ready yet, to review.',
      },
      {
        command: 'gecc form ใบสมัครทุกเขต --output แบบประเมิน',
        th: 'ทำแบบประเมินของทุกหน่วยงานในโฟลเดอร์รวม หนึ่งไฟล์ต่อหน่วยงาน (ข้ามใบสมัครที่ยังลงนามไม่ได้ พร้อมบอกเหตุผล)',
        en: "Every unit's form of a batch folder, one file each (those that cannot be signed yet are skipped, with the reason).",
      },
    ],
  },
  edit: {
    examples: [
      {
        command: 'gecc edit',
        th: 'เปิดหน้ากรอกใบสมัครของโฟลเดอร์ที่เปิดอยู่ในเบราว์เซอร์ ทุกช่องบันทึกลง application.yaml ให้เอง และตรวจทุกข้อขณะกรอก',
        en: 'Open the page to fill in the application of the current folder: every field is saved to application.yaml and checked as you type.',
      },
      {
        command: 'gecc edit "D:\\GECC\\สำนักงานเขตพระนคร"',
        th: 'กรอกใบสมัครของโฟลเดอร์ที่ระบุ (โฟลเดอร์ว่างก็ได้: หน้าเว็บจะถามประเภทหน่วยงานแล้วสร้าง application.yaml ให้)',
        en: 'The application of the folder named (an empty folder too: the page asks the kind of unit and writes application.yaml).',
      },
      {
        command: 'gecc edit --no-open --port 0',
        th: 'พิมพ์ที่อยู่ของหน้าเท่านั้น ไม่เปิดเบราว์เซอร์ และใช้พอร์ตใดก็ได้ที่ว่าง',
        en: 'Print the address only, open no browser, and use any free port.',
      },
    ],
    notes: [
      {
        th: 'หน้านี้เปิดได้เฉพาะบนเครื่องนี้ (127.0.0.1) ด้วยที่อยู่ที่พิมพ์ไว้ gecc edit เขียนลงในโฟลเดอร์ใบสมัครเพียง application.yaml และไฟล์ในโฟลเดอร์ files/ และไม่ลบไฟล์ใด ๆ กด Ctrl-C หรือปุ่ม "ปิดโปรแกรม" ในหน้าเพื่อปิด',
        en: 'The page opens on this computer only (127.0.0.1), at the address printed. gecc edit writes nothing in the application folder but application.yaml and files under files/, and deletes no file. Ctrl-C or the page\'s "Close gecc" button stops it.',
      },
    ],
  },
  init: {
    examples: [
      {
        command: 'gecc init ใบสมัคร-เขตพระนคร --kind district-office',
        th: 'สร้างโฟลเดอร์ใบสมัครใหม่ พร้อม application.yaml ที่มีทุกข้อของเกณฑ์ให้กรอก และโฟลเดอร์ files สำหรับไฟล์แนบ',
        en: 'Start a new application folder: application.yaml with every item to fill in, and files/ for the attachments.',
      },
      {
        command: 'gecc init ใบสมัคร-2568 --kind department-unit --applicant returning --edition 2568',
        th: 'หน่วยงานสังกัดสำนักที่เคยได้รับการรับรองแล้ว ตามเกณฑ์ปี 2568 (เกณฑ์พื้นฐานตอบเพียง มี/ไม่มี)',
        en: 'A department unit certified before, edition 2568 (its basic items need only an answer, no files).',
      },
    ],
    notes: [
      {
        th: 'gecc init ไม่เขียนทับไฟล์เดิม: ถ้ามี application.yaml อยู่แล้วจะหยุดและแจ้งเตือน',
        en: 'gecc init never overwrites: it stops if application.yaml exists already.',
      },
    ],
  },
  criteria: {
    examples: [
      {
        command: 'gecc criteria',
        th: 'ดูเกณฑ์ทุกกลุ่ม ทุกข้อ พร้อมคะแนนและเกณฑ์ขั้นต่ำ',
        en: 'Every group and item of the criteria, with points and thresholds.',
      },
      {
        command: 'gecc criteria B01',
        th: 'ดูรายละเอียดข้อเดียว: ชื่อข้อ หลักฐานที่ต้องใช้ และที่มาของข้อมูล',
        en: 'One item: its title, the evidence it asks for, and where that comes from.',
      },
      {
        command: 'gecc criteria --edition 2568 --format json',
        th: 'เกณฑ์ปี 2568 ในรูปแบบ JSON',
        en: 'The 2568 criteria as JSON.',
      },
    ],
  },
  schema: {
    examples: [
      {
        command: 'gecc schema --edition 2566',
        th: 'พิมพ์ JSON Schema ของ application.yaml สำหรับโปรแกรมแก้ไขข้อความที่ช่วยเติมคำตอบ (เช่น VS Code)',
        en: 'Print the JSON Schema of application.yaml, for editors that complete answers (e.g. VS Code).',
      },
    ],
  },
} satisfies Record<string, CommandHelp>;

export type HelpTopic = keyof typeof HELP;

const HEADINGS: Record<Lang, string> = { th: 'ตัวอย่าง', en: 'Examples' };

/** The text commander prints after a command's options: examples, then notes, in Thai and English. */
export function helpAfter(topic: HelpTopic): string {
  const help: CommandHelp = HELP[topic];
  const lines = ['', `${HEADINGS.th} (${HEADINGS.en}):`];
  for (const example of help.examples) lines.push(`  ${example.command}`, `      ${example.th}`, `      ${example.en}`);
  for (const note of help.notes ?? []) lines.push('', note.th, note.en);
  return lines.join('\n'); // commander adds the final newline
}

/**
 * Thai beside commander's English description of every option and argument, by long option name
 * (or argument name); a command's own entry goes before the entry for all commands.
 */
const OPTIONS_TH: Record<string, Record<string, string>> = {
  '*': {
    '--format': 'รูปแบบของผลการตรวจ',
    '--output': 'บันทึกผลลงไฟล์นี้แทนการแสดงบนหน้าจอ (ไฟล์ต้องอยู่นอกโฟลเดอร์ใบสมัคร)',
    '--report': 'บันทึกรายงานอีกรูปแบบลงไฟล์ด้วย เช่น csv=สรุป.csv (ใส่ได้หลายครั้ง)',
    '--summary-only': 'แสดงเฉพาะตารางสรุปของทุกหน่วยงาน',
    '--concurrency': 'จำนวนที่ตรวจพร้อมกัน (ไม่ระบุ = เท่าจำนวนแกนของเครื่อง, 1 = ทีละไฟล์)',
    '--strict': 'ถือว่าคำเตือนเป็นข้อผิดพลาดด้วย',
    '--edition': 'เกณฑ์ปีที่ใช้ตรวจ',
    '--lang': 'ภาษาของข้อความ: th = ไทย, en = อังกฤษ',
    '--now': 'วันเวลาที่ใช้ตัดสินช่วงรับสมัคร แทนเวลาปัจจุบัน (เช่น 2023-02-01T09:00:00+07:00)',
    '--criteria': 'ไฟล์เกณฑ์ของหน่วยงานเอง (JSON)',
    '--no-color': 'ไม่ใช้สี',
    '--no-cache': 'อ่านไฟล์แนบทุกไฟล์ใหม่ ไม่ใช้ผลที่จำไว้จากการตรวจครั้งก่อน',
    '--ascii': 'ใช้เครื่องหมาย [OK] [X] [!] แทน ✔ ✖ ⚠',
    '--watch': 'ตรวจซ้ำทุกครั้งที่บันทึกไฟล์คำตอบหรือไฟล์แนบ (กด Ctrl-C เพื่อหยุด)',
    '--wide': 'แสดงตารางสรุปเต็มทุกคอลัมน์ แม้จะกว้างเกินหน้าจอ (ปกติกว้างไม่เกิน 100 ตัวอักษร)',
    '--config': 'ไฟล์ตั้งค่าของรอบการสมัคร (ปกติคือ gecc.config.yaml ในโฟลเดอร์รวม): เกณฑ์ปี ช่วงรับสมัคร --strict และรายงานที่จะบันทึก',
    '--draft': 'ทำฉบับร่าง (มีลายน้ำ) แม้ใบสมัครยังไม่พร้อม',
    '--thai-digits': 'ใช้เลขไทย (๐-๙)',
    '--date': 'วันที่ลงนาม เช่น 2566-02-01 (ไม่ระบุ = วันนี้)',
    '--kind': 'ประเภทหน่วยงาน: district-office = สำนักงานเขต, department-unit = หน่วยงานสังกัดสำนัก, other = อื่น ๆ',
    '--applicant': 'ประเภทผู้สมัคร: new = หน่วยงานใหม่, returning = เคยได้รับการรับรองแล้ว',
    '--help': 'แสดงวิธีใช้',
    '--version': 'แสดงรุ่นของ gecc และปีของเกณฑ์',
    folders: 'โฟลเดอร์ใบสมัคร หรือโฟลเดอร์รวมที่มีใบสมัครหลายหน่วยงาน (ไม่ระบุ = โฟลเดอร์ที่เปิดอยู่)',
    folder: 'โฟลเดอร์ใบสมัคร',
    item: 'รหัสข้อ เช่น B01',
  },
  form: {
    '--output': 'บันทึกแบบประเมินลงไฟล์นี้ (ไม่ระบุ = แสดงบนหน้าจอ; ไฟล์ต้องอยู่นอกโฟลเดอร์ใบสมัคร)',
    '--lang': 'ภาษาของแบบประเมิน: th = ไทย, en = อังกฤษ',
  },
  edit: {
    folder: 'โฟลเดอร์ใบสมัคร (ไม่ระบุ = โฟลเดอร์ที่เปิดอยู่)',
    '--no-open': 'พิมพ์ที่อยู่ของหน้าเท่านั้น ไม่เปิดเบราว์เซอร์',
    '--port': 'พอร์ตของหน้า (0 = พอร์ตใดก็ได้ที่ว่าง)',
    '--lang': 'ภาษาของหน้าและข้อความ: th = ไทย, en = อังกฤษ',
  },
  init: {
    folder: 'โฟลเดอร์ใบสมัครที่จะสร้าง (มีอยู่แล้วได้ ถ้ายังไม่มี application.yaml)',
    '--lang': 'ภาษาของคำอธิบายในไฟล์และข้อความ: th = ไทย, en = อังกฤษ',
  },
  criteria: { '--format': 'รูปแบบการแสดงผล' },
};

/** The Thai description of an option or argument of a command, if there is one. */
function optionThai(command: string, name: string): string | undefined {
  return OPTIONS_TH[command]?.[name] ?? OPTIONS_TH['*']![name];
}

/**
 * Puts the Thai description before commander's English one, for every option and argument of the
 * program and its commands (help and version included), once all commands are registered.
 */
export function addThaiDescriptions(program: Command): void {
  program.helpCommand('help [command]', 'แสดงวิธีใช้ของคำสั่ง\ndisplay help for a command');
  for (const command of [program, ...program.commands]) {
    command.helpOption('-h, --help', `${optionThai(command.name(), '--help')}\ndisplay help`);
    for (const option of command.options) {
      const th = option.long && optionThai(command.name(), option.long);
      if (th && !option.description.startsWith(th)) option.description = `${th}\n${option.description}`;
    }
    for (const argument of command.registeredArguments) {
      const th = optionThai(command.name(), argument.name());
      if (th && !argument.description.startsWith(th)) argument.description = `${th}\n${argument.description}`;
    }
  }
}
