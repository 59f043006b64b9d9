import { pictureNames } from '../../attachment-kinds.js';
import { message } from '../message-spec.js';

/** what makes a file's name risky to upload (attachments/file-name.ts finds them) */
export type NameProblem = 'too-long' | 'control-characters' | 'spaces' | 'characters';

const NAME_PROBLEM: Record<'th' | 'en', Record<NameProblem, (characters: string) => string>> = {
  th: {
    'too-long': () => 'ชื่อยาวเกิน 100 ตัวอักษร',
    'control-characters': () => 'มีอักขระที่มองไม่เห็น (อักขระควบคุม หรืออักขระที่กลับทิศทางของข้อความ)',
    spaces: () => 'มีเว้นวรรคนำหน้า ท้าย หรือซ้อนกัน',
    characters: (c) => `มีอักขระที่ระบบไม่รับ (${c})`,
  },
  en: {
    'too-long': () => 'longer than 100 characters',
    'control-characters': () => 'invisible characters (control characters, or characters that turn the text around)',
    spaces: () => 'leading, trailing or doubled spaces',
    characters: (c) => `characters forms reject (${c})`,
  },
};

const REPAIR_PDF_TH = 'เปิดไฟล์ต้นฉบับแล้วบันทึกเป็น PDF ใหม่ (File > Save As > PDF หรือสั่งพิมพ์เป็น Microsoft Print to PDF) หรือสแกนเอกสารใหม่';
const REPAIR_PDF_EN = 'Save the original again as PDF (File > Save As > PDF, or print to "Microsoft Print to PDF"), or scan it again.';

/** How to turn a picture of another kind into a JPEG, by what it really is. */
const CONVERT_IMAGE = {
  th: (kind: string) =>
    kind === 'HEIC' || kind === 'HEIF'
      ? 'รูปจาก iPhone: เปิดด้วยแอป Photos ของ Windows แล้วเลือก "บันทึกเป็น" (Save as) ชนิด .jpg หรือตั้งค่า iPhone ที่ การตั้งค่า > กล้อง > รูปแบบ > "เข้ากันได้มากที่สุด" แล้วถ่ายใหม่'
      : `เปิดรูปด้วยโปรแกรม Paint แล้วเลือก ไฟล์ > บันทึกเป็น > รูปภาพ JPEG (File > Save as > JPEG picture) — การเปลี่ยนนามสกุลเป็น .jpg เฉย ๆ ไม่ได้แปลงไฟล์`,
  en: (kind: string) =>
    kind === 'HEIC' || kind === 'HEIF'
      ? 'An iPhone photo: open it in the Windows Photos app and "Save as" .jpg, or set the iPhone to Settings > Camera > Formats > "Most Compatible" and take it again.'
      : 'Open it in Paint and choose File > Save as > JPEG picture. Renaming a file to .jpg does not convert it.',
};

/** Findings from looking inside an attachment (a PDF that opens, a JPEG that is whole) and across them. */
export const contentMessages = {
  'file.same-content': message<{ items: string[]; files: string[] }>({
    severity: 'warning',
    th: {
      text: (a) => `ไฟล์เนื้อหาเดียวกัน (${a.files.join(', ')}) แนบไว้ในหลายข้อ: ${a.items.join(', ')} กรรมการอาจไม่นับเป็นหลักฐานของทุกข้อ`,
      fix: () => 'แนบหลักฐานที่ตรงกับแต่ละข้อ หรือถ้าเอกสารเดียวใช้ได้จริงหลายข้อ ให้ระบุในข้อความว่าหน้าใดเป็นหลักฐานของข้อใด',
    },
    en: {
      text: (a) =>
        `The same content (${a.files.join(', ')}) is attached under several items: ${a.items.join(', ')}; reviewers may not count it for all of them`,
      fix: () => 'Attach evidence specific to each item, or say in the text which pages prove which item.',
    },
  }),
  'file.unreferenced': message<{ path: string }>({
    severity: 'info',
    th: {
      text: (a) => `ไฟล์ ${a.path} อยู่ในโฟลเดอร์ แต่ไม่มีข้อใดอ้างถึง (ลืมแนบหรือพิมพ์ชื่อผิด?)`,
      fix: () => 'เพิ่มชื่อไฟล์ต่อจาก files: ของข้อที่เกี่ยวข้อง หรือย้ายไฟล์ออกจากโฟลเดอร์ใบสมัครถ้าไม่ใช้',
    },
    en: {
      text: (a) => `${a.path} is in the folder but no item references it (forgotten, or a typo in a reference?)`,
      fix: () => 'Reference it from its item, or remove it if unused.',
    },
  }),
  'file.unreferenced-more': message<{ count: number }>({
    severity: 'info',
    th: { text: (a) => `และยังมีอีก ${a.count} ไฟล์ที่ไม่มีข้อใดอ้างถึง` },
    en: { text: (a) => `…and ${a.count} more files no item references` },
  }),
  'file.risky-name': message<{ path: string; problems: NameProblem[]; characters: string; suggestion: string }>({
    severity: 'warning',
    th: {
      text: (a) => `ชื่อไฟล์ "${a.path}" ระบบอัปโหลดมักไม่รับ: ${a.problems.map((p) => NAME_PROBLEM.th[p](a.characters)).join(', ')}`,
      fix: (a) => `เปลี่ยนชื่อไฟล์เป็น ${a.suggestion} แล้วแก้ชื่อในไฟล์คำตอบให้ตรงกัน`,
    },
    en: {
      text: (a) =>
        `The name "${a.path}" is often refused by upload forms: ${a.problems.map((p) => NAME_PROBLEM.en[p](a.characters)).join(', ')}`,
      fix: (a) => `Rename it to ${a.suggestion} and update the answers file.`,
    },
  }),
  'file.image-not-jpeg': message<{ path: string; detected: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์ ${a.path} เป็นรูปภาพชนิด ${a.detected} ไม่ใช่ ${pictureNames('th')} (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ) ระบบรับรูปภาพเฉพาะ ${pictureNames('th')}`,
      fix: (a) => CONVERT_IMAGE.th(a.detected),
    },
    en: {
      text: (a) =>
        `${a.path} is a ${a.detected} picture, not a ${pictureNames('en')} (judged by its content, not its name); only ${pictureNames('en')} pictures are accepted`,
      fix: (a) => CONVERT_IMAGE.en(a.detected),
    },
  }),
  'pdf.unreadable': message<{ path: string; detail: string }>({
    severity: 'error',
    th: { text: (a) => `เปิดไฟล์ PDF ${a.path} ไม่ได้: ไฟล์ไม่สมบูรณ์หรือไม่ใช่ PDF ที่ถูกต้อง`, fix: () => REPAIR_PDF_TH },
    en: { text: (a) => `${a.path} does not open as a PDF: it is incomplete or not a valid PDF (${a.detail})`, fix: () => REPAIR_PDF_EN },
  }),
  'pdf.damaged': message<{ path: string; detail: string }>({
    severity: 'error',
    th: { text: (a) => `ไฟล์ PDF ${a.path} เปิดได้แต่หน้าเอกสารเสียหาย อ่านเนื้อหาไม่ได้`, fix: () => REPAIR_PDF_TH },
    en: { text: (a) => `${a.path} opens but its pages are damaged and cannot be read (${a.detail})`, fix: () => REPAIR_PDF_EN },
  }),
  'pdf.password': message<{ path: string }>({
    severity: 'error',
    th: {
      text: (a) => `ไฟล์ PDF ${a.path} ตั้งรหัสผ่านไว้ กรรมการจะเปิดอ่านไม่ได้`,
      fix: () => 'เปิดไฟล์ด้วยรหัสผ่าน แล้วบันทึกสำเนาใหม่โดยไม่ตั้งรหัสผ่าน (หรือสั่งพิมพ์เป็น PDF)',
    },
    en: {
      text: (a) => `${a.path} needs a password to open: reviewers cannot read it`,
      fix: () => 'Open it with the password and save a copy without one (or print it to PDF).',
    },
  }),
  'pdf.restricted': message<{ path: string; print: boolean; copy: boolean }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} ถูกจำกัดสิทธิ์ด้วยรหัสผ่านเจ้าของไฟล์: กรรมการจะ${[a.print ? 'สั่งพิมพ์' : '', a.copy ? 'คัดลอกข้อความ' : ''].filter(Boolean).join('และ')}ไม่ได้`,
      fix: () => 'บันทึกสำเนาใหม่โดยไม่จำกัดสิทธิ์ เช่น สั่งพิมพ์เป็น PDF (Microsoft Print to PDF)',
    },
    en: {
      text: (a) =>
        `${a.path} is restricted by an owner password: reviewers cannot ${[a.print ? 'print it' : '', a.copy ? 'copy its text' : ''].filter(Boolean).join(' or ')}`,
      fix: () => 'Save an unrestricted copy, e.g. print it to PDF.',
    },
  }),
  'pdf.no-pages': message<{ path: string; claimed: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} ไม่มีหน้าเอกสารที่เปิดดูได้เลย${a.claimed > 0 ? ` (ไฟล์ระบุว่ามี ${a.claimed} หน้า แต่รายการหน้าเสียหาย)` : ''} กรรมการเปิดแล้วจะไม่เห็นอะไร`,
      fix: () => `${REPAIR_PDF_TH} แล้วเปิดดูว่าเห็นทุกหน้าก่อนแนบ`,
    },
    en: {
      text: (a) =>
        `${a.path} has no page that can be shown${a.claimed > 0 ? ` (it claims ${a.claimed}, but its list of pages is broken)` : ''}: reviewers opening it see nothing`,
      fix: () => `${REPAIR_PDF_EN} Check that every page shows before attaching it.`,
    },
  }),
  'pdf.page-broken': message<{ path: string; page: number; detail: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        `หน้า ${a.page} ของไฟล์ PDF ${a.path} แสดงไม่ได้: เนื้อหาหรือรูปภาพในหน้านั้นเสียหายหรือบีบอัดด้วยวิธีที่โปรแกรมอ่าน PDF ไม่รู้จัก กรรมการจะเห็นหน้าว่างหรือภาพขาดหาย`,
      fix: () => `${REPAIR_PDF_TH} แล้วเปิดดูว่าเห็นเนื้อหาครบก่อนแนบ`,
    },
    en: {
      text: (a) =>
        `Page ${a.page} of ${a.path} cannot be shown: its content or a picture on it is damaged or compressed in a way PDF readers do not know (${a.detail}); reviewers see a blank page or a missing picture`,
      fix: () => `${REPAIR_PDF_EN} Check that the content shows before attaching it.`,
    },
  }),
  'pdf.xfa-only': message<{ path: string }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} เป็นแบบฟอร์ม XFA ที่แสดงเนื้อหาได้เฉพาะใน Adobe Reader โปรแกรมอื่น (เบราว์เซอร์ ระบบรับไฟล์) จะไม่แสดงเนื้อหา แต่แสดงหน้าข้อความ "Please wait..." หรือหน้าว่างแทน`,
      fix: () =>
        'เปิดไฟล์ด้วยโปรแกรม Adobe Acrobat Reader แล้วกด พิมพ์ (Print) เลือกเครื่องพิมพ์ "Microsoft Print to PDF" แล้วบันทึกเป็นไฟล์ PDF ใหม่ จากนั้นแนบไฟล์ใหม่นั้นแทน',
    },
    en: {
      text: (a) =>
        `${a.path} is an XFA form whose content only Adobe Reader shows: other viewers (browsers, upload systems) show a "Please wait..." page or a blank page instead`,
      fix: () =>
        'Open it in Adobe Acrobat Reader, choose Print, pick the "Microsoft Print to PDF" printer, save the new PDF and attach that one instead.',
    },
  }),
  'pdf.blank-pages': message<{ path: string; blank: number; pages: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        a.blank >= a.pages
          ? `ไฟล์ PDF ${a.path} ไม่มีเนื้อหาให้เห็นเลย ${a.pages === 1 ? 'หน้าเดียวของไฟล์' : `ทุกหน้า (${a.pages} หน้า)`}เป็นหน้าว่าง กรรมการเปิดแล้วจะเห็นแต่หน้าขาว`
          : `ไฟล์ PDF ${a.path} ไม่มีเนื้อหาให้เห็นใน ${a.blank} หน้าแรก (จากทั้งหมด ${a.pages} หน้า) ทุกหน้าที่ตรวจเป็นหน้าว่าง กรรมการเปิดแล้วจะเห็นแต่หน้าขาว`,
      fix: () => `${REPAIR_PDF_TH} แล้วเปิดดูว่าเห็นเนื้อหาก่อนแนบ`,
    },
    en: {
      text: (a) =>
        a.blank >= a.pages
          ? `${a.path} shows nothing: ${a.pages === 1 ? 'its one page is' : `all its ${a.pages} pages are`} blank, so reviewers opening it see only white`
          : `${a.path} shows nothing on its first ${a.blank} pages (of ${a.pages}): every page checked is blank, so reviewers opening it see only white`,
      fix: () => `${REPAIR_PDF_EN} Check that its content shows before attaching it.`,
    },
  }),
  'pdf.blank-first-pages': message<{ path: string; blank: number }>({
    severity: 'info',
    th: {
      text: (a) => `หน้า ${a.blank === 1 ? '1' : `1–${a.blank}`} ของไฟล์ PDF ${a.path} เป็นหน้าว่าง กรรมการเปิดไฟล์แล้วจะเห็นหน้าว่างก่อนถึงเนื้อหา`,
      fix: () => 'ถ้าไม่ได้ตั้งใจใส่หน้าว่างไว้ ให้ลบหน้าว่างออกแล้วบันทึกเป็น PDF ใหม่',
    },
    en: {
      text: (a) =>
        `${a.blank === 1 ? 'Page 1' : `Pages 1–${a.blank}`} of ${a.path} ${a.blank === 1 ? 'is' : 'are'} blank: reviewers see a blank page before its content`,
      fix: () => 'If the blank pages are not meant to be there, remove them and save the PDF again.',
    },
  }),
  'pdf.no-text': message<{ path: string; pages: number; scan: boolean }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} ไม่มีข้อความที่ค้นหาได้ใน ${a.pages} หน้าแรก (${a.scan ? 'น่าจะเป็นภาพสแกน' : 'มีแต่รูปทรงหรือเส้น ตัวอักษรอาจถูกแปลงเป็นภาพวาด'}) กรรมการค้นหาหรือคัดลอกข้อความไม่ได้`,
      fix: (a) =>
        a.scan
          ? 'ถ้ามีไฟล์ต้นฉบับ (Word) ให้บันทึกเป็น PDF จากต้นฉบับแทนการสแกน หรือสแกนด้วยการตั้งค่า OCR (ค้นหาข้อความได้)'
          : 'ถ้ามีไฟล์ต้นฉบับ (Word) ให้บันทึกเป็น PDF จากต้นฉบับโดยตรง (ไฟล์ > บันทึกเป็น > PDF)',
    },
    en: {
      text: (a) =>
        `${a.path} has no searchable text on its first ${a.pages} page(s) (${a.scan ? 'probably a scan' : 'only shapes or lines: its letters may have been turned into drawings'}): reviewers cannot search or copy it`,
      fix: (a) =>
        a.scan
          ? 'Save the original document as PDF instead of scanning it, or scan with OCR (searchable PDF).'
          : 'Save the original document as PDF directly (File > Save As > PDF).',
    },
  }),
  'pdf.portfolio': message<{ path: string }>({
    severity: 'warning',
    th: {
      text: (a) => `ไฟล์ ${a.path} เป็น PDF Portfolio (แฟ้มรวมไฟล์) เนื้อหาอยู่ในไฟล์ที่ฝังไว้ กรรมการหลายคนจะเห็นเพียงหน้าปก`,
      fix: () => 'แยกไฟล์ที่ฝังไว้ออกมา แล้วรวมเป็น PDF ธรรมดาไฟล์เดียว (Combine Files) หรือแนบแยกแต่ละไฟล์',
    },
    en: {
      text: (a) => `${a.path} is a PDF portfolio: its content sits in embedded files most viewers do not show`,
      fix: () => 'Combine the embedded files into one ordinary PDF, or attach them one by one.',
    },
  }),
  'pdf.embedded-files': message<{ path: string; count: number }>({
    severity: 'warning',
    th: {
      text: (a) => `ไฟล์ PDF ${a.path} มีไฟล์อื่นฝังอยู่ข้างใน ${a.count} ไฟล์ ซึ่งกรรมการอาจไม่เห็นหรือเปิดไม่ได้`,
      fix: () => 'นำเนื้อหาของไฟล์ที่ฝังไว้มาเป็นหน้าใน PDF หรือแนบเป็นไฟล์แยก',
    },
    en: {
      text: (a) => `${a.path} carries ${a.count} embedded file(s) that reviewers may not see or open`,
      fix: () => 'Put their content on pages of the PDF, or attach them separately.',
    },
  }),
  'pdf.form-fields': message<{ path: string; count: number }>({
    severity: 'warning',
    th: {
      text: (a) => `ไฟล์ PDF ${a.path} ยังเป็นแบบฟอร์มที่กรอกได้ (${a.count} ช่อง) ข้อความที่กรอกอาจไม่แสดงในบางโปรแกรม`,
      fix: () => 'สั่งพิมพ์เป็น PDF (Microsoft Print to PDF) เพื่อให้ข้อความที่กรอกกลายเป็นส่วนหนึ่งของหน้า',
    },
    en: {
      text: (a) => `${a.path} is still a fillable form (${a.count} field(s)): what was typed may not show in every viewer`,
      fix: () => 'Print it to PDF so that the filled-in values become part of the page (flatten it).',
    },
  }),
  'pdf.timeout': message<{ path: string; seconds: number }>({
    transient: true,
    severity: 'error',
    th: {
      text: (a) => `อ่านไฟล์ PDF ${a.path} ไม่เสร็จภายใน ${a.seconds} วินาที ไฟล์อาจเสียหายหรือถูกบีบอัดผิดปกติ เครื่องของกรรมการก็จะเปิดไม่ได้เช่นกัน`,
      fix: () => REPAIR_PDF_TH,
    },
    en: {
      text: (a) =>
        `${a.path} could not be read within ${a.seconds} s: it is damaged or abnormally compressed (a compression bomb); reviewers' computers will choke on it too`,
      fix: () => REPAIR_PDF_EN,
    },
  }),
  'pdf.too-slow': message<{ path: string; seconds: number }>({
    transient: true,
    severity: 'error',
    th: {
      text: (a) =>
        `อ่านไฟล์ PDF ${a.path} ไม่ทันเวลา: ผ่านไป ${a.seconds} วินาทีแล้วเครื่องนี้ยังอ่านไม่เสร็จเพราะทำงานหนักอยู่ จึงยังไม่รู้ว่าไฟล์นี้ใช้ได้หรือไม่ (ไม่ได้แปลว่าไฟล์เสีย)`,
      fix: () => 'ปิดโปรแกรมอื่นที่ไม่ได้ใช้ แล้วตรวจอีกครั้ง (ถ้าตรวจหลายหน่วยงานพร้อมกัน ใส่ -j 1 ด้วย)',
    },
    en: {
      text: (a) =>
        `${a.path} was not read in time: after ${a.seconds} s this computer, busy with other work, had not finished reading it, so whether it is usable is not known yet (it does not mean the file is damaged)`,
      fix: () => 'Close programs you are not using and check again (with -j 1 when checking many units at once).',
    },
  }),
  'pdf.too-much-memory': message<{ path: string; megabytes: number }>({
    transient: true,
    severity: 'error',
    th: {
      text: (a) => `ไฟล์ PDF ${a.path} ต้องใช้หน่วยความจำเกิน ${a.megabytes} MB ในการเปิด ไฟล์อาจเสียหายหรือถูกบีบอัดผิดปกติ`,
      fix: () => REPAIR_PDF_TH,
    },
    en: {
      text: (a) =>
        `${a.path} needs more than ${a.megabytes} MB of memory to open: it is damaged or abnormally compressed (a compression bomb)`,
      fix: () => REPAIR_PDF_EN,
    },
  }),
  'pdf.image-too-large': message<{ path: string; width: number; height: number; megabytes: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} มีภาพขนาด ${a.width.toLocaleString('en-US')} × ${a.height.toLocaleString('en-US')} พิกเซล ต้องใช้หน่วยความจำราว ${a.megabytes.toLocaleString('en-US')} MB จึงจะแสดงได้ โปรแกรมเปิด PDF ของกรรมการจะค้างหรือแสดงหน้านั้นไม่ได้`,
      fix: () => 'สแกนใหม่ที่ความละเอียด 200–300 dpi หรือเปิดไฟล์แล้วบันทึกเป็น PDF ใหม่แบบลดขนาดภาพ (เช่น Reduce File Size / Optimize) แล้วตรวจอีกครั้ง',
    },
    en: {
      text: (a) =>
        `${a.path} holds an image of ${a.width.toLocaleString('en-US')} × ${a.height.toLocaleString('en-US')} pixels: about ${a.megabytes.toLocaleString('en-US')} MB of memory to show, so reviewers' PDF viewers will hang or fail to show that page`,
      fix: () =>
        'Scan it again at 200–300 dpi, or save it again as PDF with reduced image size (Reduce File Size / Optimize), then check again.',
    },
  }),
  'pdf.leading-bytes': message<{ path: string; bytes: number }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `ไฟล์ PDF ${a.path} มีข้อมูลอื่น ${a.bytes.toLocaleString('en-US')} ไบต์อยู่หน้าส่วนเริ่มต้นของ PDF (เช่น หัวอีเมลที่ติดมาตอนบันทึกไฟล์แนบ) โปรแกรมเปิด PDF ส่วนใหญ่ยังเปิดได้ แต่ระบบอัปโหลดที่ตรวจชนิดไฟล์จากไบต์แรกอาจไม่รับว่าเป็น PDF`,
      fix: () => 'เปิดไฟล์แล้วบันทึกเป็น PDF ใหม่ (File > Save As > PDF หรือสั่งพิมพ์เป็น Microsoft Print to PDF)',
    },
    en: {
      text: (a) =>
        `${a.path} has ${a.bytes.toLocaleString('en-US')} other bytes before the PDF starts (a mail header saved with the attachment, say): PDF viewers open it, but an upload system that checks a file's first bytes may not take it for a PDF`,
      fix: () => 'Open it and save it again as PDF (File > Save As > PDF, or print to "Microsoft Print to PDF").',
    },
  }),
  'pdf.not-checked': message<{ path: string; detail: string }>({
    transient: true,
    severity: 'error',
    th: { text: (a) => `ตรวจเนื้อหาในไฟล์ PDF ${a.path} ไม่สำเร็จ (${a.detail})`, fix: () => `${REPAIR_PDF_TH} ถ้ายังเป็นอยู่ แจ้งผู้ดูแล gecc` },
    en: {
      text: (a) => `The inside of ${a.path} could not be checked (${a.detail})`,
      fix: () => `${REPAIR_PDF_EN} If it persists, report it to the gecc maintainers.`,
    },
  }),
  'jpeg.truncated': message<{ path: string; offset: number; shown?: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `รูป JPEG ${a.path} ไม่ครบ ไฟล์ขาดหายหลังไบต์ที่ ${a.offset.toLocaleString('en-US')} (คัดลอกหรือดาวน์โหลดไม่จบ) ${
          a.shown === undefined
            ? 'ภาพจะแสดงไม่ครบหรือเปิดไม่ได้'
            : a.shown === 0
              ? 'ไม่เห็นภาพเลย ทั้งภาพเป็นสีเทา'
              : `เห็นภาพได้เพียง ${a.shown}% จากด้านบน ส่วนที่เหลือเป็นสีเทา`
        }`,
      fix: () => 'ส่งไฟล์ต้นฉบับอีกครั้ง: คัดลอกรูปจากต้นฉบับ (กล้อง มือถือ หรืออีเมล) มาใหม่ แล้วเปิดดูให้เห็นภาพครบก่อนส่ง',
    },
    en: {
      text: (a) =>
        `The JPEG ${a.path} is cut short after byte ${a.offset.toLocaleString('en-US')} (an unfinished copy or download): ${
          a.shown === undefined
            ? 'it shows partly or not at all'
            : a.shown === 0
              ? 'nothing of it shows, it is all grey'
              : `only ${a.shown}% of it shows, from the top; the rest is grey`
        }`,
      fix: () => 'Copy the picture again from its source and check that it opens whole.',
    },
  }),
  'jpeg.damaged': message<{ path: string; offset: number }>({
    severity: 'error',
    th: {
      text: (a) => `รูป JPEG ${a.path} เสียหาย โครงสร้างไฟล์ผิดที่ไบต์ ${a.offset.toLocaleString('en-US')}`,
      fix: () => 'เปิดรูปต้นฉบับด้วยโปรแกรม Paint แล้วบันทึกเป็น JPEG ใหม่ หรือถ่ายหรือสแกนใหม่',
    },
    en: {
      text: (a) => `The JPEG ${a.path} is damaged: its structure breaks at byte ${a.offset.toLocaleString('en-US')}`,
      fix: () => 'Open the original in Paint and save it as JPEG again, or take or scan it again.',
    },
  }),
};
