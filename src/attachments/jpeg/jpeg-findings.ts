import type { Finding } from '../../findings/finding.js';
import { decodeCutShort, decodeJpeg, type JpegDecode } from './decode-jpeg.js';
import { type JpegFrame, type JpegPicture, walkJpeg } from './walk-jpeg.js';
import { finding } from '../../findings/make-finding.js';
import type { UnshowableCoding } from '../../findings/messages/jpeg.js';
import { isUsable } from '../../findings/verdict.js';

/**
 * Pictures above this are refused from their declared size, before any decoding: no camera or
 * scanner makes them within 5 MB, and a progressive one would need ~4 bytes a pixel to show
 * (measured: 382 MB and 2.7 s for 100 MP), in a reviewer's browser as here.
 */
const MAX_MEGAPIXELS = 100;
/** libjpeg's own limit on a side */
const MAX_SIDE = 65_500;
/**
 * Every scan of a progressive picture is a pass over all of it; real files have at most ~20.
 * A few KB of empty scans would otherwise cost minutes.
 */
export const MAX_SCANS = 500;

export interface JpegReport {
  usable: boolean;
  findings: Finding[];
}

/** Judges a JPEG as a reviewer's browser would: its structure, what it declares, then its picture data. */
export async function inspectJpeg(bytes: Uint8Array, path: string): Promise<JpegReport> {
  const walk = walkJpeg(bytes);
  // cut short before its picture data began (or damaged): nothing of it shows
  const picture = walk.ok ? walk : walk.picture;
  if (!picture) {
    const code = !walk.ok && walk.problem === 'truncated' ? 'jpeg.truncated' : 'jpeg.damaged';
    return refused(finding(code, { path, offset: walk.ok ? 0 : walk.offset }));
  }
  const { frame } = picture;
  const coding = unshowableCoding(frame);
  if (coding) return refused(finding('jpeg.unsupported-coding', { path, coding }));
  const megapixels = (frame.width * frame.height) / 1_000_000;
  if (megapixels > MAX_MEGAPIXELS || frame.width > MAX_SIDE || frame.height > MAX_SIDE) {
    return refused(
      finding('jpeg.too-large', {
        path,
        width: frame.width,
        height: frame.height,
        megapixels: Math.round(megapixels),
        limit: MAX_MEGAPIXELS,
      }),
    );
  }
  if (picture.scans > MAX_SCANS) return refused(finding('jpeg.too-many-scans', { path, scans: picture.scans, limit: MAX_SCANS }));
  if (picture.missingTables) return refused(finding('jpeg.missing-tables', { path }));
  const findings = walk.ok
    ? decodeFindings(await decodeJpeg(bytes, MAX_PIXELS), path, new Set(walk.junk.map((j) => `${j.bytes} ${j.before}`)))
    : await cutShortFindings(bytes, path, walk.offset, picture);
  return { usable: isUsable(findings), findings };
}

const MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000;

/**
 * The share of rows a picture cut short in its sequential (baseline) data must still show to be a
 * warning rather than an error: the grey below is then at most the bottom margin of a scanned A4
 * page (~15 mm of 297 mm), where a document's text, date and signature do not stand.
 */
export const SHOWN_ENOUGH = 0.95;

/**
 * A picture cut short shows what its data holds, the rest grey (djpeg: "Premature end of JPEG
 * file", and it writes every row). A reviewer still sees it when the grey is only at the very
 * bottom (SHOWN_ENOUGH of the rows show), or, for a progressive picture, when every row shows
 * (its first scans are whole: the picture is only less sharp): a warning. Otherwise an error that
 * says how much shows.
 */
async function cutShortFindings(bytes: Uint8Array, path: string, offset: number, picture: JpegPicture): Promise<Finding[]> {
  const { frame } = picture;
  const decoded = await decodeCutShort(bytes, MAX_PIXELS, { width: frame.width, height: frame.height, headerEnd: picture.dataAt });
  // not measured (no decoder on this machine, or libjpeg gave up): cut short is all that is known
  if (decoded.kind === 'timeout') return [finding('jpeg.timeout', { path, seconds: decoded.seconds })];
  if (decoded.kind !== 'shown') return [finding('jpeg.truncated', { path, offset })];
  const share = decoded.rows / decoded.height;
  // rounded down: a share just under the limit is never shown as the limit itself
  const shown = Math.floor(share * 1000) / 10;
  const progressive = frame.marker === 0xc2;
  if (progressive ? decoded.rows === decoded.height : share >= SHOWN_ENOUGH)
    return [finding('jpeg.truncated-still-shows', { path, offset, shown, progressive })];
  return [finding('jpeg.truncated', { path, offset, shown })];
}

function refused(finding: Finding): JpegReport {
  return { usable: isUsable([finding]), findings: [finding] };
}

function unshowableCoding(frame: JpegFrame): UnshowableCoding | undefined {
  const m = frame.marker;
  if (m === 0xf7) return 'jpeg-ls';
  if (m === 0xc3) return 'lossless';
  if (m >= 0xc9) return 'arithmetic';
  if (m >= 0xc5) return 'hierarchical';
  if (frame.precision === 12) return '12-bit';
  if (frame.precision !== 8) return '16-bit';
  return undefined;
}

const EXTRANEOUS = /^Corrupt JPEG data: (\d+) extraneous bytes before marker 0x([0-9a-f]{2})$/i;

/**
 * libjpeg skips bytes it does not expect and says so. Between header segments (which the walk
 * saw: `headerJunk`, as "count marker") that costs the picture nothing; inside the compressed data it means the
 * data and the picture's layout disagree. Any other warning means part of the picture is
 * garbled or grey.
 */
function decodeFindings(decoded: JpegDecode, path: string, headerJunk: Set<string>): Finding[] {
  switch (decoded.kind) {
    case 'no-decoder':
      return [finding('jpeg.not-decoded', { path, reason: decoded.reason })];
    case 'timeout':
      return [finding('jpeg.timeout', { path, seconds: decoded.seconds })];
    case 'failed':
      return [finding('jpeg.undecodable', { path, detail: decoded.reason })];
    case 'decoded': {
      const meaningful = decoded.warnings.filter((w) => {
        const extraneous = EXTRANEOUS.exec(w);
        return !(extraneous && headerJunk.has(`${extraneous[1]} ${Number.parseInt(extraneous[2]!, 16)}`));
      });
      if (meaningful.length === 0) return [];
      const garbled = meaningful.find((w) => !EXTRANEOUS.test(w));
      if (garbled) return [finding('jpeg.corrupt-data', { path, detail: garbled })];
      return [finding('jpeg.stray-bytes', { path, detail: meaningful[0]! })];
    }
  }
}
