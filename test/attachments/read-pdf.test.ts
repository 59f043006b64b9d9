import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/attachments/pdf/read-pdf.js';
import { makePdf } from '../helpers/pdf.js';

// taken before pdf.js is loaded (read-pdf loads it on the first PDF)
const enginePush = Array.prototype.push;

describe('readPdf', () => {
  it("leaves the engine's own Array.prototype.push in place after pdf.js has loaded", async () => {
    // pdf.js's legacy build swaps in a JavaScript push on Node 20 that made reading a PDF about 15 % slower
    expect(await readPdf(makePdf({ pages: 2 }))).toMatchObject({ kind: 'read', pages: 2 });
    expect(Array.prototype.push).toBe(enginePush);
  });
});
