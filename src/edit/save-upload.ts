import type { Finding } from '../findings/finding.js';
import { checkUploadName, fileReference, filesFolder, freeName, targetIn } from './upload-name.js';
import { writeFailure, writeNewFile } from './write-atomically.js';

export type SavedUpload = { ok: true; name: string; reference: string } | { ok: false; finding: Finding };

/** A page could not make more attempts than this in a race for one name; the loop only bounds it. */
const MAX_ATTEMPTS = 100;

/**
 * Copies an uploaded file's bytes into the application's files/ folder under its own name (or
 * "ชื่อ (2).pdf" when that is taken), never over a file already there, and says how the answers
 * file refers to it (`files/ชื่อ.pdf`). The name must be a name only (see checkUploadName);
 * files/ must be a real folder inside the application folder (see filesFolder).
 */
export async function saveUpload(applicationDir: string, givenName: string, bytes: Uint8Array): Promise<SavedUpload> {
  const checked = checkUploadName(givenName);
  if (!checked.ok) return checked;
  let folder: Awaited<ReturnType<typeof filesFolder>>;
  try {
    folder = await filesFolder(applicationDir);
  } catch (error) {
    return writeFailure('files', error, 'create');
  }
  if (!folder.ok) return folder;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let name: string;
    try {
      name = await freeName(folder.folder, checked.name);
    } catch (error) {
      return writeFailure('files', error, 'create');
    }
    const target = await targetIn(folder.folder, name);
    // a link that appeared under a free name since the listing: try the next name
    if (!target) continue;
    const written = await writeNewFile(target, bytes);
    if (written.ok) return { ok: true, name, reference: fileReference(name) };
    if (written.problem !== 'exists') return written;
  }
  return writeFailure(checked.name, Object.assign(new Error('taken'), { code: 'EEXIST' }), 'create');
}
