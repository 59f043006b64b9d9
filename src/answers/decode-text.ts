export type Decoded = { ok: true; text: string } | { ok: false; problem: 'utf16' | 'binary' | 'invalid-utf8'; line?: number };

/**
 * Turns the bytes of application.yaml into text. The YAML parser takes any string, so a file
 * saved as UTF-16 or in a legacy Thai code page (TIS-620) would parse into garbage: refuse it.
 */
export function decodeAnswersBytes(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'utf16' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a byte-order mark: every other byte of ASCII text is zero
    const looksUtf16 = bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && (bytes[3] === 0 || bytes[2] === 0);
    return looksUtf16 ? { ok: false, problem: 'utf16' } : { ok: false, problem: 'binary', line: lineOf(bytes, nul) };
  }
  try {
    // fatal: refuse invalid bytes; the decoder also drops a leading BOM, so columns stay right
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'invalid-utf8', line: lineOf(bytes, firstInvalidUtf8(bytes)) };
  }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // the longest valid prefix, by bisection; a cut inside a valid character also fails, hence the +4 slack
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      let ok = false;
      for (let k = 1; k <= 3 && mid + k <= bytes.length; k++) {
        try {
          decoder.decode(bytes.subarray(0, mid + k));
          ok = true;
          break;
        } catch {
          /* keep looking */
        }
      }
      if (ok) low = mid;
      else high = mid - 1;
    }
  }
  return low;
}

/**
 * Characters that show nothing: spaces of every kind, zero-width space, joiners (ZWNJ, ZWJ, word
 * joiner), soft hyphen, byte-order mark, direction marks, Hangul fillers, the braille blank,
 * variation selectors. Text made only of them looks empty on every screen, and is.
 */
const INVISIBLE_CHARACTERS =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u2800\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';

/** At least one character a person can see (used also as the editor schema's pattern). */
export const VISIBLE_TEXT = new RegExp(`[^${INVISIBLE_CHARACTERS}]`);

export function hasVisibleText(text: string): boolean {
  return VISIBLE_TEXT.test(text);
}
