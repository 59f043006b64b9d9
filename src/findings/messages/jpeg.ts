import { message } from '../message-spec.js';

/** Codings a browser cannot show, even where libjpeg can read them (lossless, arithmetic). */
export type UnshowableCoding = 'lossless' | 'hierarchical' | 'arithmetic' | 'jpeg-ls' | '12-bit' | '16-bit';

const RESAVE_TH = 'เปิดรูปต้นฉบับด้วยโปรแกรม Paint แล้วบันทึกเป็น JPEG ใหม่ (ไฟล์ > บันทึกเป็น > รูปภาพ JPEG) หรือถ่ายหรือสแกนใหม่ แล้วเปิดดูให้เห็นภาพครบก่อนส่ง';
const RESAVE_EN =
  'Open the original in Paint and save it as JPEG again (File > Save as > JPEG picture), or take or scan it again; check that it shows whole.';

const CODING: Record<'th' | 'en', Record<UnshowableCoding, string>> = {
  th: {
    lossless: 'แบบไม่สูญเสียข้อมูล (lossless JPEG)',
    hierarchical: 'แบบลำดับชั้น (hierarchical JPEG)',
    arithmetic: 'แบบ arithmetic coding',
    'jpeg-ls': 'JPEG-LS',
    '12-bit': 'แบบ 12 บิตต่อสี (ใช้ในงานการแพทย์)',
    '16-bit': 'ที่มีความละเอียดสีไม่ใช่ 8 บิต',
  },
  en: {
    lossless: 'lossless JPEG',
    hierarchical: 'hierarchical JPEG',
    arithmetic: 'arithmetic coding',
    'jpeg-ls': 'JPEG-LS',
    '12-bit': '12 bits a sample (a medical imaging format)',
    '16-bit': 'a sample precision other than 8 bits',
  },
};

/** Findings from decoding a JPEG's picture data, and from what its frame declares. */
export const jpegMessages = {
  'jpeg.truncated-still-shows': message<{ path: string; offset: number; shown: number; progressive: boolean }>({
    severity: 'warning',
    th: {
      text: (a) =>
        `รูป JPEG ${a.path} ไม่ครบ ไฟล์ขาดหายหลังไบต์ที่ ${a.offset.toLocaleString('en-US')} แต่ยังเห็นภาพ${
          a.progressive ? 'ได้ทั้งภาพ เพียงแต่ไม่คมชัดเท่าต้นฉบับ' : a.shown >= 100 ? 'ได้ครบหรือเกือบครบ' : `ได้ ${a.shown}% จากด้านบน ส่วนล่างสุดเป็นสีเทา`
        } กรรมการยังดูได้ แต่ไม่ใช่ภาพเต็มของต้นฉบับ`,
      fix: () => 'ส่งไฟล์ต้นฉบับอีกครั้ง: คัดลอกรูปจากกล้อง มือถือ หรืออีเมลมาใหม่ แล้วเปิดดูให้เห็นภาพครบและคมชัดก่อนส่ง',
    },
    en: {
      text: (a) =>
        `The JPEG ${a.path} is cut short after byte ${a.offset.toLocaleString('en-US')}, but ${
          a.progressive
            ? 'the whole picture still shows, only less sharp than the original'
            : a.shown >= 100
              ? 'the picture still shows whole or almost whole'
              : `${a.shown}% of it still shows, from the top; the bottom rows are grey`
        }: reviewers can see it, though not the full original`,
      fix: () => 'Copy the original picture again from the camera, phone or e-mail and check that it shows whole and sharp.',
    },
  }),
  'jpeg.unsupported-coding': message<{ path: string; coding: UnshowableCoding }>({
    severity: 'error',
    th: {
      text: (a) =>
        `รูป ${a.path} เป็น JPEG ชนิด${CODING.th[a.coding] ?? a.coding} ซึ่งเว็บเบราว์เซอร์และโปรแกรมดูรูปทั่วไปเปิดแสดงไม่ได้ กรรมการจะไม่เห็นภาพ`,
      fix: () => 'เปิดรูปด้วยโปรแกรมที่สร้างไฟล์นี้ แล้วบันทึกเป็น JPEG ธรรมดา (baseline) หรือถ่ายหรือสแกนใหม่',
    },
    en: {
      text: (a) =>
        `${a.path} is a JPEG in ${CODING.en[a.coding] ?? a.coding}, which browsers and ordinary viewers cannot show: reviewers will see nothing`,
      fix: () => 'Open it in the program that made it and save it as an ordinary (baseline) JPEG, or take or scan it again.',
    },
  }),
  'jpeg.too-large': message<{ path: string; width: number; height: number; megapixels: number; limit: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `รูป ${a.path} ระบุขนาดไว้ ${a.width.toLocaleString('en-US')} × ${a.height.toLocaleString('en-US')} จุด (${a.megapixels.toLocaleString('en-US')} ล้านพิกเซล) เกิน ${a.limit} ล้านพิกเซล เครื่องของกรรมการจะเปิดช้ามากหรือเปิดไม่ได้ (ไฟล์อาจเสียหาย)`,
      fix: () => 'ย่อรูปให้เล็กลง เช่น เปิดด้วย Paint แล้วเลือก ปรับขนาด (Resize) เหลือด้านยาวไม่เกิน 4,000 จุด แล้วบันทึกเป็น JPEG',
    },
    en: {
      text: (a) =>
        `${a.path} declares ${a.width.toLocaleString('en-US')} × ${a.height.toLocaleString('en-US')} pixels (${a.megapixels.toLocaleString('en-US')} MP), above ${a.limit} MP: reviewers' computers will show it very slowly or not at all (the file may be damaged)`,
      fix: () => 'Make it smaller: in Paint, Resize it to at most 4,000 pixels on the long side and save it as JPEG.',
    },
  }),
  'jpeg.too-many-scans': message<{ path: string; scans: number; limit: number }>({
    severity: 'error',
    th: {
      text: (a) =>
        `รูป ${a.path} แบ่งข้อมูลภาพเป็น ${a.scans.toLocaleString('en-US')} รอบ (scan) เกิน ${a.limit} รอบ ซึ่งรูปปกติไม่มี เครื่องที่เปิดรูปนี้จะค้าง`,
      fix: () => RESAVE_TH,
    },
    en: {
      text: (a) =>
        `${a.path} splits its picture into ${a.scans.toLocaleString('en-US')} scans, above ${a.limit}, which no ordinary picture has: a viewer would hang on it`,
      fix: () => RESAVE_EN,
    },
  }),
  'jpeg.missing-tables': message<{ path: string }>({
    severity: 'error',
    th: {
      text: (a) => `รูป JPEG ${a.path} ไม่ครบ ขาดตาราง Huffman ที่ใช้ถอดรหัสภาพ (มักเป็นภาพที่ตัดจากวิดีโอ) โปรแกรมดูรูปหลายโปรแกรมเปิดไม่ได้หรือแสดงภาพเพี้ยน`,
      fix: () => RESAVE_TH,
    },
    en: {
      text: (a) =>
        `The JPEG ${a.path} lacks the Huffman tables its picture data needs (typical of a frame cut from a video): many viewers refuse it or show it garbled`,
      fix: () => RESAVE_EN,
    },
  }),
  'jpeg.undecodable': message<{ path: string; detail: string }>({
    severity: 'error',
    th: {
      text: (a) => `รูป JPEG ${a.path} เสียหาย ถอดรหัสภาพไม่ได้ กรรมการจะเปิดดูไม่ได้ (${a.detail})`,
      fix: () => RESAVE_TH,
    },
    en: {
      text: (a) => `The JPEG ${a.path} is damaged: its picture cannot be decoded, so reviewers cannot see it (${a.detail})`,
      fix: () => RESAVE_EN,
    },
  }),
  'jpeg.timeout': message<{ path: string; seconds: number }>({
    transient: true,
    severity: 'error',
    th: {
      text: (a) => `ถอดรหัสรูป ${a.path} ไม่เสร็จภายใน ${a.seconds} วินาที เครื่องของกรรมการก็อาจค้างเมื่อเปิดรูปนี้`,
      fix: () => RESAVE_TH,
    },
    en: {
      text: (a) => `Decoding ${a.path} did not finish within ${a.seconds} s: a reviewer's viewer may hang on it too`,
      fix: () => RESAVE_EN,
    },
  }),
  'jpeg.corrupt-data': message<{ path: string; detail: string }>({
    severity: 'error',
    th: {
      text: (a) => `ข้อมูลภาพในรูป JPEG ${a.path} เสียหาย บางส่วนของภาพจะเพี้ยนหรือเป็นสีเทา (${a.detail})`,
      fix: () => RESAVE_TH,
    },
    en: {
      text: (a) => `The picture data of the JPEG ${a.path} is corrupt: part of the picture shows garbled or grey (${a.detail})`,
      fix: () => RESAVE_EN,
    },
  }),
  'jpeg.stray-bytes': message<{ path: string; detail: string }>({
    severity: 'warning',
    th: {
      text: (a) => `ข้อมูลภาพในรูป JPEG ${a.path} มีไบต์แปลกปลอม ภาพเปิดได้ แต่บางส่วนอาจเพี้ยน (${a.detail})`,
      fix: () => 'เปิดรูปดูให้ทั่วว่าภาพครบและไม่เพี้ยน ถ้าเพี้ยนให้บันทึกใหม่จากต้นฉบับ',
    },
    en: {
      text: (a) => `The picture data of the JPEG ${a.path} holds stray bytes: it shows, but part of it may be off (${a.detail})`,
      fix: () => 'Look over the whole picture; if anything is off, save it again from the original.',
    },
  }),
  'jpeg.not-decoded': message<{ path: string; reason: string }>({
    transient: true,
    severity: 'warning',
    th: {
      text: (a) => `ตรวจได้เพียงโครงสร้างของรูป ${a.path} เพราะเครื่องนี้โหลดตัวถอดรหัสรูปของ gecc (sharp) ไม่ได้ (${a.reason})`,
      fix: () => 'เปิดรูปดูเองว่าแสดงครบ และติดตั้ง gecc ใหม่ (npm install) เพื่อให้ตรวจรูปได้ครบ',
    },
    en: {
      text: (a) =>
        `Only the structure of ${a.path} was checked: gecc's image decoder (sharp) cannot be loaded on this computer (${a.reason})`,
      fix: () => 'Open the picture to check that it shows whole, and reinstall gecc (npm install) so that pictures are checked in full.',
    },
  }),
};
