import { mkdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ANSWERS_FILES } from '../check-application.js';

/** Why a starter could not be written: nothing was changed. */
export class InitError extends Error {
  constructor(
    readonly reason: 'answers-exist' | 'not-a-folder' | 'cannot-write',
    /** the file or folder concerned, as the user would name it */
    readonly target: string,
    readonly detail?: string,
  ) {
    super(`${reason}: ${target}${detail ? ` (${detail})` : ''}`);
  }
}

/**
 * Creates the folder (if needed), its files/ folder and application.yaml with `text`. Never
 * overwrites: an existing application.yaml or application.yml stops it before anything is
 * written, and the file is created exclusively so that a race cannot overwrite either.
 */
export function createApplication(dir: string, text: string): { answersFile: string; filesFolder: string } {
  const display = (name: string) => path.join(dir, name);
  const info = statOf(dir);
  if (info && !info.isDirectory()) throw new InitError('not-a-folder', dir);
  for (const name of ANSWERS_FILES) {
    if (statOf(path.join(dir, name))) throw new InitError('answers-exist', display(name));
  }
  const answersFile = display('application.yaml');
  const filesFolder = display('files');
  if (statOf(filesFolder)?.isDirectory() === false) throw new InitError('not-a-folder', filesFolder);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(answersFile, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InitError('answers-exist', answersFile);
    throw new InitError('cannot-write', dir, code ?? String(error));
  }
  try {
    mkdirSync(filesFolder, { recursive: true });
  } catch (error) {
    throw new InitError('cannot-write', filesFolder, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return { answersFile, filesFolder };
}

/** What is at a path, or undefined for nothing there or nothing reachable (mkdir then says why). */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
