/** Files that systems and editors leave in folders: nobody forgot to attach them. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);

export function isIgnoredFile(relative: string): boolean {
  const parts = relative.split('/');
  const name = parts[parts.length - 1]!;
  // hidden files and folders (".git/…", "._name" from macOS), Office lock files ("~$name.docx")
  return parts.some((part) => part.startsWith('.')) || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}
