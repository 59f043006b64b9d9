import { type AttachmentType, howToConvert, kindName, kindNames, kindsNamed } from '../../attachment-kinds.js';
import { formatMegabytes, message } from '../message-spec.js';

const DETECTED = {
  th: (detected: string) => (detected === 'text' ? 'ไฟล์ข้อความธรรมดา' : detected === 'unknown' ? 'ไฟล์ที่ไม่ทราบชนิด' : `ไฟล์ชนิด ${detected}`),
  en: (detected: string) => (detected === 'text' ? 'plain text' : detected === 'unknown' ? 'of an unknown type' : `a ${detected} file`),
};

const OFFICE = new Set(['DOCX', 'DOC', 'XLSX', 'XLS', 'PPTX', 'PPT', 'ODT', 'ODS', 'ODP', 'RTF', 'CFB']);
const ARCHIVES = new Set(['ZIP', 'RAR', '7Z', 'GZ', 'TAR', 'BZ2', 'XZ']);
const PROGRAMS = new Set(['EXE', 'ELF', 'DLL', 'MACHO', 'MSI', 'CLASS', 'WASM', 'APK']);
/** How to turn what the file really is into a PDF, by its kind. */
const CONVERT = {
  th: (detected: string) =>
    OFFICE.has(detected)
      ? 'เปิดไฟล์ด้วย Word / Excel / PowerPoint แล้วเลือก ไฟล์ > บันทึกเป็น > PDF (File > Save As > PDF) แล้วแนบไฟล์ .pdf ที่ได้'
      : ARCHIVES.has(detected)
        ? `นี่คือไฟล์บีบอัด: แตกไฟล์ออก (Extract All) แล้วแนบ${kindsNamed('th')} ที่อยู่ข้างใน`
        : PROGRAMS.has(detected)
          ? `นี่คือไฟล์โปรแกรม ไม่ใช่เอกสาร: ตรวจว่าแนบไฟล์ถูกตัว แล้วแนบ${kindsNamed('th')} แทน`
          : howToConvert('th'),
  en: (detected: string) =>
    OFFICE.has(detected)
      ? 'Open it in Word / Excel / PowerPoint, choose File > Save As > PDF, and attach the .pdf.'
      : ARCHIVES.has(detected)
        ? `It is an archive: extract it and attach the ${kindsNamed('en')} inside.`
        : PROGRAMS.has(detected)
          ? `It is a program, not a document: check you attached the right file, and attach a ${kindsNamed('en')} instead.`
          : howToConvert('en'),
};

/** Findings about one attached file: where it is, what it is, how big it is. */
export const attachmentMessages = {
  'file.absolute-path': message<{ path: string }>({
    severity: 'error',
    th: {
      text: (a) => `อ้างไฟล์ด้วยตำแหน่งเต็มของเครื่อง (${a.path}) ซึ่งใช้ไม่ได้`,
      fix: () => 'คัดลอกไฟล์มาไว้ในโฟลเดอร์ใบสมัคร (เช่น โฟลเดอร์ files) แล้วอ้างแบบ files/ชื่อไฟล์.pdf',
    },
    en: {
      text: (a) => `The file is referenced by an absolute path (${a.path})`,
      fix: () => 'Copy it into the application folder (e.g. files/) and reference it as files/name.pdf.',
    },
  }),
  'file.outside-folder': message<{ path: string }>({
    severity: 'error',
    th: { text: (a) => `ไฟล์ ${a.path} อยู่นอกโฟลเดอร์ใบสมัคร จึงไม่ถูกอ่าน`, fix: () => 'คัดลอกไฟล์มาไว้ในโฟลเดอร์ใบสมัคร แล้วอ้างโดยไม่ใช้ ..' },
    en: {
      text: (a) => `${a.path} lies outside the application folder and is not read`,
      fix: () => 'Copy it into the application folder and reference it without "..".',
    },
  }),
  'file.link-outside': message<{ path: string }>({
    severity: 'error',
    th: {
      text: (a) => `${a.path} เป็นทางลัด (symbolic link) ที่ชี้ออกไปนอกโฟลเดอร์ใบสมัคร จึงไม่ถูกอ่าน`,
      fix: () => 'คัดลอกไฟล์จริงมาไว้ในโฟลเดอร์ใบสมัครแทนทางลัด',
    },
    en: {
      text: (a) => `${a.path} is a symbolic link that leads outside the application folder; it is not read`,
      fix: () => 'Copy the real file into the folder instead of the link.',
    },
  }),
  'file.not-found': message<{ path: string; suggestion?: string; others?: string[] }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไม่พบไฟล์ ${a.path}${a.suggestion ? ` แต่ในโฟลเดอร์มีไฟล์ชื่อคล้ายกันที่ยังไม่มีข้อใดอ้างถึง: ${[a.suggestion, ...(a.others ?? [])].join(', ')}` : ''}`,
      fix: (a) =>
        !a.suggestion
          ? 'ตรวจชื่อไฟล์และโฟลเดอร์ให้ตรงกันทุกตัวอักษร หรือคัดลอกไฟล์มาไว้ในโฟลเดอร์ใบสมัคร'
          : a.others?.length
            ? `ถ้าไฟล์ที่ต้องการเป็นไฟล์หนึ่งในนี้ ให้แก้ชื่อไฟล์ใน application.yaml เป็นชื่อไฟล์นั้น หรือเปลี่ยนชื่อไฟล์นั้นเป็น ${a.path}`
            : `ถ้าเป็นไฟล์เดียวกัน ให้แก้ชื่อไฟล์ใน application.yaml เป็น ${a.suggestion} หรือเปลี่ยนชื่อไฟล์ ${a.suggestion} เป็น ${a.path}`,
    },
    en: {
      text: (a) =>
        `File not found: ${a.path}${
          !a.suggestion
            ? ''
            : a.others?.length
              ? `, but files of similar names that no item references are in the folder: ${[a.suggestion, ...a.others].join(', ')}`
              : `, but a file of a similar name that no item references is in the folder: ${a.suggestion}`
        }`,
      fix: (a) =>
        !a.suggestion
          ? 'Check the name letter by letter, or copy the file into the application folder.'
          : a.others?.length
            ? `If the file meant is one of these, change the name in application.yaml to its name, or rename it to ${a.path}.`
            : `If it is the same file, change the name in application.yaml to ${a.suggestion}, or rename ${a.suggestion} to ${a.path}.`,
    },
  }),
  'file.not-a-file': message<{ path: string }>({
    severity: 'error',
    th: { text: (a) => `${a.path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, fix: () => 'อ้างถึงไฟล์ในโฟลเดอร์นั้นแทน เช่น files/ชื่อไฟล์.pdf' },
    en: { text: (a) => `${a.path} is a folder, not a file`, fix: () => 'Reference a file inside it instead.' },
  }),
  'file.unreadable': message<{ path: string; reason: string }>({
    severity: 'error',
    th: { text: (a) => `เปิดอ่านไฟล์ ${a.path} ไม่ได้ (${a.reason})`, fix: () => 'ตรวจว่าไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่นและมีสิทธิ์อ่าน' },
    en: {
      text: (a) => `${a.path} cannot be read (${a.reason})`,
      fix: () => 'Check that no other program holds it and that you may read it.',
    },
  }),
  'file.empty': message<{ path: string }>({
    severity: 'error',
    th: { text: (a) => `ไฟล์ ${a.path} ว่างเปล่า (0 ไบต์)`, fix: () => 'บันทึกหรือสแกนเอกสารใหม่ แล้วคัดลอกไฟล์มาแทน' },
    en: { text: (a) => `${a.path} is empty (0 bytes)`, fix: () => 'Save or scan the document again and replace the file.' },
  }),
  'file.too-large': message<{ path: string; bytes: number; maxBytes: number }>({
    severity: 'error',
    th: {
      text: (a) => `ไฟล์ ${a.path} มีขนาด ${formatMegabytes(a.bytes)} MB เกินกำหนด ${formatMegabytes(a.maxBytes)} MB ระบบจะไม่รับไฟล์นี้`,
      fix: () => 'ลดขนาดไฟล์ เช่น สแกนใหม่ที่ความละเอียด 150–200 dpi แบบขาวดำ หรือแยกเป็นหลายไฟล์',
    },
    en: {
      text: (a) => `${a.path} is ${formatMegabytes(a.bytes)} MB, above the ${formatMegabytes(a.maxBytes)} MB limit: it will be refused`,
      fix: () => 'Make it smaller: scan again at 150–200 dpi in black and white, or split it.',
    },
  }),
  'file.near-limit': message<{ path: string; bytes: number; warnBytes: number; maxBytes: number }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ไฟล์ ${a.path} มีขนาด ${a.bytes.toLocaleString('en-US')} ไบต์ เกือบถึง ${formatMegabytes(a.maxBytes)} MB ระบบบางแห่งนับขนาดนี้เป็น ${a.warnBytes.toLocaleString('en-US')} ไบต์และอาจไม่รับ`,
      fix: (a) => `ลดขนาดไฟล์ให้ต่ำกว่า ${a.warnBytes.toLocaleString('en-US')} ไบต์เพื่อความปลอดภัย`,
    },
    en: {
      text: (a) =>
        `${a.path} is ${a.bytes.toLocaleString('en-US')} bytes, close to the ${formatMegabytes(a.maxBytes)} MB limit: systems that count it as ${a.warnBytes.toLocaleString('en-US')} bytes may refuse it`,
      fix: (a) => `Bring it under ${a.warnBytes.toLocaleString('en-US')} bytes to be safe.`,
    },
  }),
  'file.wrong-type': message<{ path: string; detected: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไฟล์ ${a.path} เป็น${DETECTED.th(a.detected)} ไม่ใช่ ${kindNames('th')} (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ)`,
      fix: (a) => CONVERT.th(a.detected),
    },
    en: {
      text: (a) => `${a.path} is ${DETECTED.en(a.detected)}, not a ${kindNames('en')} (judged by its content, not its name)`,
      fix: (a) => CONVERT.en(a.detected),
    },
  }),
  'file.extension-mismatch': message<{ path: string; actual: AttachmentType; expected: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไฟล์ ${a.path} เป็น ${kindName(a.actual)} แต่นามสกุลของชื่อไฟล์ไม่ตรง ระบบรับไฟล์ตามนามสกุล`,
      fix: (a) => `เปลี่ยนชื่อไฟล์ให้ลงท้ายด้วย ${a.expected} และแก้ชื่อในคำตอบด้วย`,
    },
    en: {
      text: (a) => `${a.path} is a ${kindName(a.actual)} but its name's extension says otherwise; uploads go by the extension`,
      fix: (a) => `Rename it to end in ${a.expected}, and update the answers file.`,
    },
  }),
  'file.type-not-accepted': message<{ path: string; actual: AttachmentType }>({
    severity: 'error',
    th: {
      text: (a) => `เกณฑ์ปีนี้ไม่รับไฟล์ ${kindName(a.actual)} (${a.path})`,
      fix: () => 'แปลงเป็นชนิดไฟล์ที่เกณฑ์ปีนี้รับ (ดูได้ด้วยคำสั่ง gecc criteria) แล้วแก้ชื่อไฟล์ในไฟล์คำตอบให้ตรงกัน',
    },
    en: {
      text: (a) => `This edition does not accept ${kindName(a.actual)} files (${a.path})`,
      fix: () => 'Convert it to an accepted type.',
    },
  }),
};
