import type { Lang } from './lang.js';

interface AttachmentKind {
  /** the content type file-type reports for it (and a browser's file chooser offers) */
  mime: string;
  /** the endings its name may have, the usual one first (uploads go by the name's ending) */
  extensions: readonly string[];
  /** its name in every language, as users know it */
  name: string;
  /** a picture: other pictures are told how to become one of these */
  picture: boolean;
  /** what it is for, as it is called in a list of kinds, how a user makes one */
  th: { what: string; named: string; making: string };
  en: { named: string; making: string };
}

/**
 * The kinds of file an attachment may be: the one list that the type, the catalogue's choices,
 * the names in reports and messages, the upload field and the pictures refused by name follow.
 * A new kind is an entry here, its judge in attachments/inspect-content.ts (the compiler asks for
 * it), the texts of its own findings, and the editions that accept it in criteria/.
 */
export const ATTACHMENT_KINDS = {
  pdf: {
    mime: 'application/pdf',
    extensions: ['.pdf'],
    name: 'PDF',
    picture: false,
    th: { what: 'เอกสาร', named: 'เอกสาร PDF', making: 'สั่งพิมพ์เป็น PDF (Microsoft Print to PDF)' },
    en: { named: 'PDF', making: 'print documents to PDF' },
  },
  jpeg: {
    mime: 'image/jpeg',
    extensions: ['.jpg', '.jpeg'],
    name: 'JPEG',
    picture: true,
    th: { what: 'รูปภาพ', named: 'รูป JPEG', making: 'บันทึกรูปเป็น .jpg' },
    en: { named: 'JPEG', making: 'save pictures as JPEG' },
  },
} as const satisfies Record<string, AttachmentKind>;

export type AttachmentType = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_TYPES = Object.keys(ATTACHMENT_KINDS) as [AttachmentType, ...AttachmentType[]];
const KINDS: readonly AttachmentKind[] = Object.values(ATTACHMENT_KINDS);

/** "PDF หรือ JPEG", "เอกสาร PDF หรือรูป JPEG", "A, B or C": one of several, as each language writes it. */
export function eitherOf(words: readonly string[], lang: Lang): string {
  // Thai leaves no space between หรือ and a Thai word after it, as between any two Thai words
  if (lang === 'th') return words.reduce((text, word) => `${text} หรือ${/^[\u0E00-\u0E7F]/.test(word) ? '' : ' '}${word}`);
  return words.length < 3 ? words.join(' or ') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** "PDF หรือ JPEG": the kinds an attachment may be, by name. */
export function kindNames(lang: Lang): string {
  return eitherOf(
    KINDS.map((k) => k.name),
    lang,
  );
}

/** "JPEG": the kinds of picture an attachment may be. */
export function pictureNames(lang: Lang): string {
  return eitherOf(
    KINDS.filter((k) => k.picture).map((k) => k.name),
    lang,
  );
}

/** "เอกสาร PDF หรือรูป JPEG": the kinds, each called what it is for where the language says so. */
export function kindsNamed(lang: Lang): string {
  return eitherOf(
    KINDS.map((k) => k[lang].named),
    lang,
  );
}

/** "แปลงเป็น PDF (เอกสาร) หรือ JPEG (รูปภาพ) เช่น เปิดแล้ว…": how to make a file of an accepted kind. */
export function howToConvert(lang: Lang): string {
  if (lang === 'en') return `Convert it: ${KINDS.map((k) => k.en.making).join(', ')}.`;
  const kinds = eitherOf(
    KINDS.map((k) => `${k.name} (${k.th.what})`),
    'th',
  );
  const making = eitherOf(
    KINDS.map((k) => k.th.making),
    'th',
  );
  return `แปลงเป็น ${kinds} เช่น เปิดแล้ว${making}`;
}

/** What a browser's file chooser offers: every kind's endings, then their content types. */
export const UPLOAD_ACCEPT = [...KINDS.flatMap((k) => k.extensions), ...KINDS.map((k) => k.mime)].join(',');

/** "PDF": a kind's name; a type of no kind (a placeholder) as it is. */
export function kindName(type: string): string {
  return (ATTACHMENT_KINDS as Record<string, AttachmentKind>)[type]?.name ?? type;
}

/** The kind file-type's content type names, if it is one. */
export function kindOfMime(mime: string | undefined): AttachmentType | undefined {
  return ATTACHMENT_TYPES.find((type) => ATTACHMENT_KINDS[type].mime === mime);
}

/** pictures as file-type names them, whatever gecc accepts: those that are no kind are refused with a how-to-convert */
const PICTURE_FORMATS = ['PNG', 'WEBP', 'HEIC', 'HEIF', 'GIF', 'BMP', 'TIF', 'AVIF', 'JXL', 'JP2', 'ICO', 'PSD'];
const REFUSED_PICTURES = new Set(PICTURE_FORMATS.filter((format) => !KINDS.some((k) => k.extensions.includes(`.${format.toLowerCase()}`))));

/** A picture of a kind that is not accepted (a PNG, an iPhone's HEIC), by file-type's name for it. */
export function refusedPicture(detected: string): boolean {
  return REFUSED_PICTURES.has(detected);
}
