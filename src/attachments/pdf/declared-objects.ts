/**
 * What a PDF declares about itself, read from its bytes before pdf.js sees them: how many
 * objects it holds and how large its images say they are. A text extractor never decodes
 * images, so an image declaring 40,000 × 30,000 pixels passes it; a reviewer's viewer, which
 * draws it, hangs. Every image is a stream object, and a stream's dictionary is never
 * compressed (not even inside an object stream, which cannot hold streams) nor encrypted
 * (only strings and stream data are): its /Width and /Height are plain text in the file.
 * One pass with Buffer.indexOf, no parsing of content: ~1 ms per MB.
 */
export interface DeclaredObjects {
  /** object headers ("12 0 obj") plus the objects that object streams say they hold */
  objects: number;
  /** the image that would cost the most memory to show, if any */
  largestImage?: DeclaredImage;
}

interface DeclaredImage {
  width: number;
  height: number;
  /** bytes a viewer holds to show it: its pixels as RGBA, or its decoded data when that is larger */
  bytesToShow: number;
}

const OBJ = Buffer.from('obj');
const IMAGE = Buffer.from('/Image');
const OBJSTM = Buffer.from('/ObjStm');
/** how much of a dictionary is looked at: image dictionaries are a few hundred bytes */
const DICT_WINDOW = 2048;
/**
 * At most this many image and object-stream dictionaries are read (a 500-page scan has 500–1000
 * images): a file made of millions of tiny "images" costs no more than ~20 ms.
 */
const MAX_DICTIONARIES = 20_000;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
/** a name ends at white space or a delimiter: "/Image" but not "/ImageB" or "/ImageMask" */
const endsName = (b: number | undefined) => b === undefined || isSpace(b) || '/<>[]()%{}'.includes(String.fromCharCode(b));

/** Where the "N G obj" header that ends at `at` (the index of "obj") starts, or -1. */
function headerStart(bytes: Uint8Array, at: number): number {
  let i = at - 1;
  const run = (test: (b: number | undefined) => boolean) => {
    const from = i;
    while (i >= 0 && test(bytes[i])) i--;
    return from - i;
  };
  if (!run(isSpace) || !run(isDigit) || !run(isSpace) || !run(isDigit)) return -1;
  return i + 1;
}

export function declaredObjects(bytes: Uint8Array): DeclaredObjects {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** where each object's header ends (after "obj"), and where it starts */
  const headers: number[] = [];
  const starts: number[] = [];
  for (let at = buffer.indexOf(OBJ); at !== -1; at = buffer.indexOf(OBJ, at + 3)) {
    const start = endsName(buffer[at + 3]) ? headerStart(buffer, at) : -1;
    if (start === -1) continue;
    headers.push(at + 3);
    starts.push(start);
  }
  let objects = headers.length;
  let budget = MAX_DICTIONARIES;
  /** the dictionary text of the object whose header precedes `at`, once per object; undefined when seen or over budget */
  const seen = new Set<number>();
  const dictionaryAround = (at: number): string | undefined => {
    const start = lastBefore(headers, at);
    if (seen.has(start) || budget <= 0) return undefined;
    seen.add(start);
    budget--;
    const from = start === -1 ? Math.max(0, at - DICT_WINDOW) : Math.max(start, at - DICT_WINDOW);
    const text = buffer.toString('latin1', from, Math.min(buffer.length, at + DICT_WINDOW));
    const end = text.search(/stream|endobj/);
    return end === -1 ? text : text.slice(0, end);
  };
  for (let at = buffer.indexOf(OBJSTM); at !== -1 && budget > 0; at = buffer.indexOf(OBJSTM, at + OBJSTM.length)) {
    const count = /\/N\s+(\d{1,9})\b/.exec(dictionaryAround(at) ?? '');
    if (count) objects += Number(count[1]);
  }
  seen.clear();
  // "num gen" → where that object's body starts; the last wins, as with an incremental update
  let bodies: Map<string, number> | undefined;
  const resolve = (ref: string): number | undefined => {
    if (!bodies) {
      bodies = new Map();
      for (let i = 0; i < headers.length; i++)
        bodies.set(
          buffer
            .toString('latin1', starts[i], headers[i]! - 3)
            .trim()
            .split(/\s+/)
            .join(' '),
          headers[i]!,
        );
    }
    const body = bodies.get(ref);
    if (body === undefined) return undefined;
    const value = /^\s*(\d{1,12})\s+endobj/.exec(buffer.toString('latin1', body, body + 40));
    return value ? Number(value[1]) : undefined;
  };
  let largestImage: DeclaredImage | undefined;
  for (let at = buffer.indexOf(IMAGE); at !== -1 && budget > 0; at = buffer.indexOf(IMAGE, at + IMAGE.length)) {
    if (!endsName(buffer[at + IMAGE.length])) continue;
    const dict = dictionaryAround(at);
    if (dict === undefined) continue;
    if (!/\/Subtype\s*\/Image(?![^\s/<>[\]()%{}])/.test(dict)) continue;
    const image = imageOf(dict, resolve);
    if (image && (!largestImage || image.bytesToShow > largestImage.bytesToShow)) largestImage = image;
  }
  return largestImage ? { objects, largestImage } : { objects };
}

/** The last value in the sorted list that is below `at`, or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) {
      found = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const COMPONENTS: Record<string, number> = {
  DeviceGray: 1,
  CalGray: 1,
  G: 1,
  DeviceRGB: 3,
  CalRGB: 3,
  RGB: 3,
  Lab: 3,
  DeviceCMYK: 4,
  CMYK: 4,
};

type Resolve = (ref: string) => number | undefined;

function imageOf(dict: string, resolve: Resolve): DeclaredImage | undefined {
  const width = integerEntry(dict, 'Width', resolve);
  const height = integerEntry(dict, 'Height', resolve);
  if (width === undefined || height === undefined || width <= 0 || height <= 0) return undefined;
  const mask = /\/ImageMask\s*true/.test(dict);
  const bits = mask ? 1 : (integerEntry(dict, 'BitsPerComponent', resolve) ?? 8);
  const space = /\/ColorSpace\s*\/(\w+)/.exec(dict)?.[1];
  // an ICC profile or an indexed palette names its components elsewhere: count the most common, RGB
  const components = mask ? 1 : (COMPONENTS[space ?? ''] ?? 3);
  const pixels = width * height;
  return { width, height, bytesToShow: Math.max(pixels * 4, (pixels * components * Math.min(bits, 16)) / 8) };
}

/** A whole-number entry of a dictionary, written directly or as a reference to an object holding it. */
function integerEntry(dict: string, key: string, resolve: Resolve): number | undefined {
  const entry = new RegExp(`/${key}\\s+(\\d{1,12})(?:\\s+(\\d{1,5})\\s+R)?(?![\\d.])`).exec(dict);
  if (!entry) return undefined;
  return entry[2] === undefined ? Number(entry[1]) : resolve(`${Number(entry[1])} ${Number(entry[2])}`);
}
