import { statSync } from 'node:fs';
import path from 'node:path';
import { ANSWERS_FILES } from '../answers/answers-files.js';
import type { Lang } from '../lang.js';
import { showControls } from '../findings/show-controls.js';
import { UsageError } from './cli-io.js';
import { CLI_TEXT } from './cli-text.js';

const kindOf = (name: string): 'folder' | 'file' | undefined => {
  try {
    return statSync(name).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
};

const isAnswersFile = (name: string) =>
  kindOf(name) === 'file' && (ANSWERS_FILES as readonly string[]).includes(path.basename(name).toLowerCase());

/** A folder as the user would type it back in quotes: without a trailing \ (in cmd.exe, \" keeps the quote in the name). */
const forQuotes = (name: string) => name.replace(/(?<=[^\\/:])[\\/]+$/, '');

/**
 * The folders to check, as the user named them: an application's answers file stands for its
 * folder (`gecc check เขต/application.yaml` checks เขต). A name that does not exist because of how
 * the command line split or quoted it stops the run (exit 2) with what to type instead: a path
 * with a space left out of quotes (two names, which together are a folder), or a name ending in
 * `\` before the closing quote (Windows keeps the quote in the name). Any other missing name is
 * left for the check to report.
 */
export function namedFolders(names: readonly string[], lang: Lang): string[] {
  const text = CLI_TEXT[lang];
  names.forEach((name, i) => {
    if (kindOf(name) !== undefined) return;
    const quoted = name.includes('"') ? forQuotes(name.slice(0, name.indexOf('"'))) : '';
    if (quoted !== '' && kindOf(quoted) === 'folder') throw new UsageError(text.quoteInName(showControls(name), showControls(quoted)));
    for (let j = i + 1; j < names.length; j++) {
      const joined = names.slice(i, j + 1).join(' ');
      if (kindOf(joined) === 'folder' || isAnswersFile(joined))
        throw new UsageError(text.spaceNotQuoted(showControls(name), showControls(forQuotes(joined))));
    }
    const next = names[i + 1];
    if (next !== undefined && kindOf(next) === undefined)
      throw new UsageError(text.folderMissingMaybeSpaces(showControls(name), showControls(`${name} ${next}`)));
  });
  return names.map((name) => (isAnswersFile(name) ? path.dirname(name) : name));
}
