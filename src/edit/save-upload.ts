import { rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Finding } from '../findings/finding.js';
import { checkUploadName, fileReference, filesFolder, freeName, targetIn } from './upload-name.js';
import { placeNewFile, receiveBeside, removeQuietly, TooLong, writeFailure } from './write-atomically.js';

type SavedUpload = { ok: true; name: string; reference: string } | { ok: false; finding: Finding };

/**
 * An upload received whole into a hidden temporary file in files/ (which gecc check does not
 * read), to be judged there: then put in place under its name, or thrown away. Either way the
 * temporary file does not stay.
 */
interface ReceivedUpload {
  /** the temporary file, for the check's rules to judge */
  file: string;
  bytes: number;
  /** links the file to its name in files/ (or "ชื่อ (2).pdf" when that is taken), never over a file already there */
  place(): Promise<SavedUpload>;
  /** removes the temporary file (and files/, where the upload made it and it stayed empty) */
  discard(): Promise<void>;
}

export type Receiving =
  | { ok: true; upload: ReceivedUpload }
  | { ok: false; tooLong: true }
  | { ok: false; tooLong?: undefined; finding: Finding };

/** A page could not make more attempts than this in a race for one name; the loop only bounds it. */
const MAX_ATTEMPTS = 100;

/**
 * Receives an uploaded file's bytes, at most `limit`, straight into a temporary file in the
 * application's files/ folder: no copy of them is held in memory. The name must be a name only
 * (see checkUploadName); files/ must be a real folder inside the application folder (see
 * filesFolder). A body over the limit, or broken off, leaves nothing behind.
 */
export async function receiveUpload(applicationDir: string, givenName: string, body: Readable, limit: number): Promise<Receiving> {
  const refused = (outcome: { ok: false; finding: Finding }): Receiving => {
    body.resume();
    return outcome;
  };
  const checked = checkUploadName(givenName);
  if (!checked.ok) return refused(checked);
  let folder: Awaited<ReturnType<typeof filesFolder>>;
  try {
    folder = await filesFolder(applicationDir);
  } catch (error) {
    return refused(writeFailure('files', error, 'create'));
  }
  if (!folder.ok) return refused(folder);
  const files = folder.folder;
  const made = folder.made;
  const leaveNothing = async () => {
    // only an empty one: a file another program put there meanwhile keeps it
    if (made) await rmdir(files).catch(() => {});
  };
  const received = await receiveBeside(path.join(files, checked.name), body, limit);
  if (!received.ok) {
    await leaveNothing();
    if (received.error instanceof TooLong) return { ok: false, tooLong: true };
    return { ok: false, finding: writeFailure(checked.name, received.error, 'create').finding };
  }
  let placed = false;
  return {
    ok: true,
    upload: {
      file: received.temporary,
      bytes: received.bytes,
      place: async () => {
        const saved = await placeIn(files, checked.name, received.temporary);
        placed = saved.ok;
        return saved;
      },
      discard: async () => {
        await removeQuietly(received.temporary);
        if (!placed) await leaveNothing();
      },
    },
  };
}

/** Links `temporary` into `folder` under `name`, or a free name like it; never over a file. */
async function placeIn(folder: string, name: string, temporary: string): Promise<SavedUpload> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let free: string;
    try {
      free = await freeName(folder, name);
    } catch (error) {
      return writeFailure('files', error, 'create');
    }
    const target = await targetIn(folder, free);
    // a link that appeared under a free name since the listing: try the next name
    if (!target) continue;
    const written = await placeNewFile(temporary, target);
    if (written.ok) return { ok: true, name: free, reference: fileReference(free) };
    if (written.problem !== 'exists') return written;
  }
  return writeFailure(name, Object.assign(new Error('taken'), { code: 'EEXIST' }), 'create');
}
