import path from 'node:path';

/**
 * The application folder as the page and gecc's messages name it: as the user named it, unless
 * that name is no name of its own ("." when gecc edit is given no folder, "..", "files/.."),
 * then the last part of the folder's full path (a drive or root as it is).
 */
export function folderName(folder: string): string {
  if (!['', '.', '..'].includes(path.basename(folder))) return folder;
  const full = path.resolve(folder);
  return path.basename(full) || full;
}
