import { INVISIBLE } from '../invisible-characters.js';

/**
 * A file name for a unit's form that every system accepts, Windows above all: no character
 * Windows refuses (< > : " / \ | ? *) nor any invisible one, no trailing dot or space, no
 * device name (CON, NUL, COM1…), and not so long that a path in a synced folder runs past
 * Windows' 260 characters. Thai stays as it is (NFC, so the same name is the same file).
 */
const REFUSED = /[<>:"/\\|?*]+/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_NAME = 80;

export function safeFileStem(name: string): string {
  let stem = name.normalize('NFC').replace(INVISIBLE, ' ').replace(REFUSED, ' ').replace(/\s+/g, ' ').trim();
  stem = [...stem].slice(0, MAX_NAME).join('');
  stem = stem.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (DEVICE.test(stem)) stem = `_${stem}`;
  return stem;
}

/**
 * One file name per application, in order: from the unit's name, or the folder's where there
 * is none; a name already taken (two units of the same name) gets the folder's name, then a number.
 */
export function formFileNames(apps: readonly { unitName?: string; folder: string }[], extension = '.html'): string[] {
  const taken = new Set<string>();
  const key = (name: string) => name.toLowerCase();
  return apps.map(({ unitName, folder }) => {
    const folderStem = safeFileStem(folder.split(/[\\/]/).filter(Boolean).at(-1) ?? '') || 'application';
    const base = (unitName ? safeFileStem(unitName) : '') || folderStem;
    let name = base;
    if (taken.has(key(name))) name = `${base} (${folderStem})`;
    for (let n = 2; taken.has(key(name)); n++) name = `${base} (${folderStem}) ${n}`;
    taken.add(key(name));
    return `${name}${extension}`;
  });
}
