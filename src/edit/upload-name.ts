import { lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import type { UploadNameProblem } from '../findings/messages/editing.js';
import { hasInvisible } from '../invisible-characters.js';

/**
 * The name an uploaded file is saved under in files/: a name only, never a path, and one that
 * every system the folder may travel to (Windows above all) can hold as it is.
 */
export type UploadName = { ok: true; name: string } | { ok: false; problem: UploadNameProblem; finding: Finding };

/**
 * The most a name may take: 255 bytes of UTF-8, the limit of Linux and macOS file systems. It
 * is also within Windows' 255 UTF-16 units (a character never takes more units of UTF-16 than
 * bytes of UTF-8); a Thai letter takes 3 bytes, so a Thai name holds 85 letters.
 */
export const MAX_NAME_BYTES = 255;

const WINDOWS_FORBIDDEN = /[<>"|?*]/;
/** Windows gives these names to devices, with any extension and in any case: "nul.pdf" is the null device. */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The name as it will be saved (NFC, as Windows and Linux keep names), or why it cannot be. */
export function checkUploadName(given: string): UploadName {
  const name = given.normalize('NFC');
  const problem = nameProblem(name);
  return problem ? { ok: false, problem, finding: finding('edit.upload-name', { name: given, problem }) } : { ok: true, name };
}

function nameProblem(name: string): UploadNameProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (name.includes('/') || name.includes('\\')) return 'separator';
  if (/^\.+$/.test(name)) return 'dot-dot';
  if (/^[a-z]:/i.test(name)) return 'drive';
  if (name.includes(':')) return 'colon';
  if (hasInvisible(name)) return 'control';
  if (WINDOWS_FORBIDDEN.test(name)) return 'windows-character';
  if (/[. ]$/.test(name)) return 'trailing-dot-or-space';
  // Windows ignores spaces and dots before the extension too: "CON .txt" is CON
  if (RESERVED.test(name.split('.')[0]!.trimEnd())) return 'reserved';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return 'too-long';
  return undefined;
}

/** How the answers file refers to a file saved in files/. */
export const fileReference = (name: string): string => `files/${name}`;

/** `made`: files/ did not exist and was made now */
export type FilesFolder = { ok: true; folder: string; made: boolean } | { ok: false; finding: Finding };

/**
 * The application's files/ folder, by its real path, made if it is missing. Refused when it is a
 * link (or a Windows junction), no folder, or not inside the application folder: a file saved
 * through it could land anywhere.
 */
export async function filesFolder(applicationDir: string): Promise<FilesFolder> {
  const app = await realpath(applicationDir);
  const folder = path.join(app, 'files');
  const refuse = (problem: 'link' | 'not-a-folder' | 'outside'): FilesFolder => ({
    ok: false,
    finding: finding('edit.files-folder-unsafe', { folder: 'files', problem }),
  });
  let info = await lstatOf(folder);
  let made = false;
  if (!info) {
    try {
      await mkdir(folder);
      made = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    info = await lstatOf(folder);
  }
  if (!info) return refuse('not-a-folder');
  if (info.isSymbolicLink()) return refuse('link');
  if (!info.isDirectory()) return refuse('not-a-folder');
  // by its real path: its own spelling of the name may differ in case (Files) where names do not
  const real = await realpath(folder);
  if (path.dirname(real) !== app) return refuse('outside');
  return { ok: true, folder: real, made };
}

/**
 * Where a checked name would be saved in `folder`: the path, refused when it would not lie
 * directly inside the folder or is a link (which writing could follow out of it).
 */
export async function targetIn(folder: string, name: string): Promise<string | undefined> {
  const target = path.resolve(folder, name);
  if (path.dirname(target) !== folder || path.basename(target) !== name) return undefined;
  return (await lstatOf(target))?.isSymbolicLink() ? undefined : target;
}

/**
 * A name not yet taken in `folder`: `name` itself, else "ชื่อ (2).pdf", "ชื่อ (3).pdf" … Taken
 * means the same name in any case and composed either way (é or e + ◌́), as Windows and macOS
 * compare names. A name that grows past the limit is shortened before its number.
 */
export async function freeName(folder: string, name: string): Promise<string> {
  const taken = new Set((await readdir(folder)).map(comparable));
  if (!taken.has(comparable(name))) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = numbered(stem, ` (${n})${extension}`);
    if (!taken.has(comparable(candidate))) return candidate;
  }
}

const comparable = (name: string): string => name.normalize('NFC').toLowerCase();

/** `stem` + `tail`, the stem cut by whole letters (a Thai letter keeps its vowels and tone marks) to fit the limit. */
function numbered(stem: string, tail: string): string {
  let letters = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(stem)].map((s) => s.segment);
  while (letters.length > 1 && Buffer.byteLength(letters.join('') + tail, 'utf8') > MAX_NAME_BYTES) letters = letters.slice(0, -1);
  return letters.join('').trimEnd() + tail;
}

async function lstatOf(file: string) {
  try {
    return await lstat(file);
  } catch {
    return undefined;
  }
}
