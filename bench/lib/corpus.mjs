/**
 * A realistic batch corpus: application folders of new units, each with ~43 attachments —
 * multi-page text PDFs (some with a photo inside), image-only "scanned" PDFs, and phone-photo
 * JPEGs of several megabytes — written with the same answers shape as the examples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { stringify } from 'yaml';
import { assemblePdf } from '../../dist/attachments/pdf/assemble-pdf.js';

const enc = (s) => Buffer.from(s, 'latin1');

/** Deterministic pixels: a gradient with seeded noise (noise keeps JPEGs photo-sized). */
function pixels(width, height, seed, noise) {
  const data = Buffer.alloc(width * height * 4);
  let s = seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const i = (y * width + x) * 4;
      const n = (s >>> 24) % noise;
      data[i] = ((x * 255) / width + n) & 0xff;
      data[i + 1] = ((y * 255) / height + n) & 0xff;
      data[i + 2] = ((x + y + seed * 37) / 3 + n) & 0xff;
      data[i + 3] = 0xff;
    }
  }
  return data;
}

function makeJpeg(width, height, seed, noise, quality) {
  return Buffer.from(jpeg.encode({ data: pixels(width, height, seed, noise), width, height }, quality).data);
}

/** A phone photo: a large JPEG, with the extra data phones write after the end-of-image marker. */
function phonePhoto(jpegBytes, seed) {
  const trailer = Buffer.alloc(8_000 + (seed % 5) * 4_000, seed & 0xff);
  return Buffer.concat([jpegBytes, trailer]);
}

const serialise = (objects) => assemblePdf(objects);

const stream = (dict, body) => Buffer.concat([enc(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, enc('\nendstream')]);

/**
 * A PDF whose pages are given as { lines?: string[], image?: {bytes, width, height} }: text in
 * Helvetica (content streams Flate-compressed, as office software writes them) and/or one
 * JPEG drawn over the page (a scan is image only).
 */
function makePdf(pages) {
  const objects = [null, null, enc('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')];
  const kids = [];
  const images = new Map();
  for (const page of pages) {
    let xobject = '';
    let draw = '';
    if (page.image) {
      let ref = images.get(page.image);
      if (!ref) {
        objects.push(
          stream(
            `/Type /XObject /Subtype /Image /Width ${page.image.width} /Height ${page.image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`,
            page.image.bytes,
          ),
        );
        ref = objects.length;
        images.set(page.image, ref);
      }
      xobject = ` /XObject << /Im1 ${ref} 0 R >>`;
      draw = page.lines ? 'q 451 0 0 300 72 60 cm /Im1 Do Q\n' : 'q 595 0 0 842 0 0 cm /Im1 Do Q\n';
    }
    const text = page.lines
      ? `BT /F1 11 Tf 14 TL 72 780 Td\n${page.lines.map((l) => `(${l.replace(/[()\\]/g, '')}) '`).join('\n')}\nET\n`
      : '';
    objects.push(stream('/Filter /FlateDecode', deflateSync(enc(text + draw))));
    const content = objects.length;
    objects.push(
      enc(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>${xobject} >> /Contents ${content} 0 R >>`,
      ),
    );
    kids.push(objects.length);
  }
  objects[0] = enc('<< /Type /Catalog /Pages 2 0 R >>');
  objects[1] = enc(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  return serialise(objects);
}

const WORDS =
  'service counter citizens queue satisfaction survey staff training manual complaint handling response time digital channel evidence improvement plan meeting minutes budget report district office quality standard'.split(
    ' ',
  );

function textLines(seed, count) {
  const lines = [];
  let s = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    const words = [];
    for (let w = 0; w < 11; w++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      words.push(WORDS[s % WORDS.length]);
    }
    lines.push(`${i + 1}. ${words.join(' ')}`);
  }
  return lines;
}

/** The shared pictures (made once: JPEG encoding is slow), then every application's files. */
export function makeMedia() {
  const started = performance.now();
  const photos = [1, 2, 3, 4].map((seed, i) => makeJpeg(2000 + i * 80, 1500, seed, 40 + i * 16, 85));
  const scans = [11, 12, 13].map((seed, i) => ({ bytes: makeJpeg(1240, 1754, seed, 10 + i * 6, 60), width: 1240, height: 1754 }));
  const figure = { bytes: makeJpeg(800, 530, 21, 32, 80), width: 800, height: 530 };
  return { photos, scans, figure, ms: performance.now() - started };
}

const ids = (prefix, n) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/**
 * Writes one application folder. Of its 43 attachments: 10 phone photos, 8 scans (1–4 pages),
 * 25 text PDFs (2–30 pages, every fourth with a photo inside). Returns the files written.
 */
export function writeApplication(dir, index, media) {
  const files = [];
  const write = (rel, bytes) => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, bytes);
    files.push(full);
    return rel;
  };
  const kinds = [...Array(10).fill('photo'), ...Array(8).fill('scan'), ...Array(25).fill('text')];
  // a fixed shuffle per application, so that every group gets each kind
  let s = index * 7919 + 1;
  for (let i = kinds.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  let n = 0;
  const attachment = (name) => {
    const kind = kinds[n++ % kinds.length];
    const seed = index * 100 + n;
    if (kind === 'photo') return write(`files/${name}.jpg`, phonePhoto(media.photos[seed % media.photos.length], seed));
    if (kind === 'scan')
      return write(
        `files/${name}.pdf`,
        makePdf(Array.from({ length: 1 + (seed % 4) }, (_, p) => ({ image: media.scans[(seed + p) % media.scans.length] }))),
      );
    const pages = 2 + ((seed * 13) % 29);
    return write(
      `files/${name}.pdf`,
      makePdf(
        Array.from({ length: pages }, (_, p) => ({ lines: textLines(seed * 31 + p, 48), ...(p % 4 === 1 ? { image: media.figure } : {}) })),
      ),
    );
  };

  const spec = {
    edition: '2566',
    unit: {
      name: `สำนักงานเขตทดสอบที่ ${index + 1}`,
      kind: 'district-office',
      parent: 'สำนักงานปลัดกรุงเทพมหานคร',
      applicant: 'new',
      contact: { name: 'นางสาวตัวอย่าง ใจดี', phone: '02 123 4567', email: `gecc${index + 1}@example.go.th` },
    },
    readiness_form: { file: attachment('readiness-form'), signer: 'นายตัวอย่าง ผู้ลงนาม', signer_position: 'รองปลัดกรุงเทพมหานคร' },
    physical: Object.fromEntries(ids('P', 14).map((id) => [id, 'มี'])),
    basic: Object.fromEntries(ids('B', 16).map((id) => [id, { text: `ดำเนินการตามเกณฑ์พื้นฐาน ${id} ครบถ้วน`, files: [attachment(id)] }])),
    advanced: Object.fromEntries(
      ids('A', 23).map((id) => [
        id,
        { text: `ดำเนินการตามเกณฑ์ชั้นสูง ${id} แล้ว`, files: [attachment(id)], score: id === 'A01' || id === 'A02' ? 6 : 2 },
      ]),
    ),
    outcome: Object.fromEntries(ids('R', 3).map((id, i) => [id, { text: `ผลลัพธ์ ${id}`, files: [attachment(id)], score: [7, 6, 5][i] }])),
  };
  write('application.yaml', stringify(spec, { lineWidth: 0 }));
  return files;
}
