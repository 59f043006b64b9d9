import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../findings/message-spec.js';
import { UsageError } from './cli-io.js';

const TEXT: Record<Lang, { inside: (output: string, folder: string) => string; cannotWrite: (output: string, reason: string) => string; written: (output: string) => string }> = {
  th: {
    inside: (output, folder) => `จะไม่บันทึก "${output}" ไว้ในโฟลเดอร์ใบสมัคร "${folder}" — gecc ไม่เขียนสิ่งใดลงในโฟลเดอร์ที่ตรวจ ให้เลือกที่บันทึกนอกโฟลเดอร์นั้น`,
    cannotWrite: (output, reason) => `บันทึกไฟล์ "${output}" ไม่ได้ (${reason}) — ตรวจว่าโฟลเดอร์ปลายทางมีอยู่จริงและมีสิทธิ์เขียน`,
    written: (output) => `บันทึกไว้ที่ ${output}`,
  },
  en: {
    inside: (output, folder) => `Will not write "${output}" inside the application folder "${folder}": gecc never writes into a folder it checks. Choose a place outside it.`,
    cannotWrite: (output, reason) => `Cannot write "${output}" (${reason}): check that its folder exists and can be written to.`,
    written: (output) => `Written to ${output}`,
  },
};

/** The real path of a file that may not exist yet: its nearest existing folder, resolved, then the rest. */
function realTarget(file: string): string {
  let existing = path.resolve(file);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(file);
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

function isInside(folder: string, file: string): boolean {
  const fold = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p);
  const relative = path.relative(fold(realTarget(folder)), fold(realTarget(file)));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Refuses (exit 2) an output file inside any application folder: gecc never writes into what it checks. */
export function refuseOutputInside(output: string, folders: readonly string[], lang: Lang): void {
  const folder = folders.find((f) => isInside(f, output));
  if (folder !== undefined) throw new UsageError(TEXT[lang].inside(output, folder));
}

/** Writes a report or form; a failure is the user's to fix (exit 2), said plainly. */
export function writeOutputFile(output: string, text: string, lang: Lang): string {
  try {
    writeFileSync(output, text, 'utf8');
  } catch (error) {
    throw new UsageError(TEXT[lang].cannotWrite(output, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  return `${TEXT[lang].written(output)}\n`;
}
