import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Sarabun, the Thai government's standard typeface, from its npm font package: Thai and Latin
 * subsets in regular and bold only (about 40 KB), so the page opens offline and stays small.
 * The unicode ranges are the package's own, so other characters fall back to the system's fonts.
 */
const FACES = [
  { subset: 'thai', range: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC' },
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
const WEIGHTS = [400, 700] as const;

let css: string | undefined;

/** The @font-face rules with the fonts embedded as base64 data URLs; read once per process. */
export function sarabunFontFaces(): string {
  css ??= FACES.flatMap(({ subset, range }) =>
    WEIGHTS.map((weight) => {
      const file = require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      return `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`;
    }),
  ).join('\n');
  return css;
}
