import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FindingArgs } from '../findings/messages.js';

export type Resolved =
  | { ok: true; relative: string; absolute: string; bytes: number; info: Stats }
  | {
      ok: false;
      relative: string;
      problem:
        | {
            code: 'file.absolute-path' | 'file.outside-folder' | 'file.link-outside' | 'file.not-a-file';
            args: FindingArgs['file.absolute-path'];
          }
        | { code: 'file.not-found'; args: FindingArgs['file.not-found'] }
        | { code: 'file.not-regular'; args: FindingArgs['file.not-regular'] }
        | { code: 'file.unreadable'; args: FindingArgs['file.unreadable'] };
    };

/** A reference as written, with Windows separators made forward slashes. */
export function normaliseReference(reference: string): string {
  return reference.trim().replace(/\\/g, '/');
}

function isAbsoluteReference(reference: string): boolean {
  // a drive letter (C:) or a UNC path (//server) is absolute on Windows whatever machine checks it
  return reference.startsWith('/') || /^[A-Za-z]:/.test(reference);
}

/**
 * Finds the file an attachment reference names, without ever leaving the application folder:
 * absolute paths, ".." and links that lead outside are refused before anything is read.
 * `rootReal` is the real path of the application folder.
 */
export async function resolveReference(
  rootReal: string,
  reference: string,
  similarNames: (relative: string) => Promise<{ suggestion?: string; others?: string[] }>,
): Promise<Resolved> {
  const written = normaliseReference(reference);
  if (isAbsoluteReference(written)) return refuse(written, 'file.absolute-path');
  const relative = path.posix.normalize(written).replace(/^\.\//, '');
  if (relative === '..' || relative.startsWith('../')) return refuse(written, 'file.outside-folder');

  let absolute: string | undefined;
  let found: Stats | undefined;
  let isLink = false;
  // macOS writes names decomposed (NFD), Windows composed (NFC): accept either spelling. Thai has
  // no canonical decomposition, but SARA AM is typed either as one character (ำ) or as NIKHAHIT
  // + SARA AA (ํา), which look the same: accept both of those too
  const nfc = relative.normalize('NFC');
  const spellings = [relative, nfc, relative.normalize('NFD'), sameLookingName(relative), nfc.replace(/\u0E33/g, '\u0E4D\u0E32')];
  for (const candidate of new Set(spellings)) {
    const attempt = path.join(rootReal, ...candidate.split('/'));
    const entry = await entryAt(attempt);
    if (entry) {
      absolute = attempt;
      found = entry;
      isLink = entry.isSymbolicLink();
      break;
    }
  }
  if (!absolute) {
    return { ok: false, relative, problem: { code: 'file.not-found', args: { path: relative, ...(await similarNames(relative)) } } };
  }
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    // a plain file gone since it was found (moved or deleted while gecc ran): simply not there
    if (!isLink) return { ok: false, relative, problem: { code: 'file.not-found', args: { path: relative } } };
    // a link whose target is missing: treated like one that leads outside, it is never followed
    return refuse(relative, 'file.link-outside');
  }
  if (real !== rootReal && !real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep)) {
    return refuse(relative, 'file.link-outside');
  }
  try {
    // no link on the way (the real path is the one looked at): what lstat saw is the file itself
    const info = real === absolute && !isLink ? found! : await stat(real);
    if (info.isDirectory()) return refuse(relative, 'file.not-a-file');
    // a FIFO, socket or device would block or never end: refused before it is opened
    if (!info.isFile()) {
      const kind = info.isFIFO()
        ? 'fifo'
        : info.isSocket()
          ? 'socket'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'device'
            : 'other';
      return { ok: false, relative, problem: { code: 'file.not-regular', args: { path: relative, kind } } };
    }
    return { ok: true, relative, absolute: real, bytes: info.size, info };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, relative, problem: { code: 'file.not-found', args: { path: relative } } };
    return {
      ok: false,
      relative,
      problem: { code: 'file.unreadable', args: { path: relative, reason: (error as NodeJS.ErrnoException).code ?? String(error) } },
    };
  }
}

function refuse(relative: string, code: 'file.absolute-path' | 'file.outside-folder' | 'file.link-outside' | 'file.not-a-file'): Resolved {
  return { ok: false, relative, problem: { code, args: { path: relative } } };
}

async function entryAt(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch {
    return undefined;
  }
}

/**
 * One spelling of names that look the same: composed (NFC), with SARA AM as one character. Two
 * names with the same key are the same name to a person reading them.
 */
export function sameLookingName(name: string): string {
  return name.normalize('NFC').replace(/\u0E4D\u0E32/g, '\u0E33');
}
