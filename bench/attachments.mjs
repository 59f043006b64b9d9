// Whole-process cost of `gecc check` on a generated application of ~60 attachments / ~100 MB
// (multi-page PDFs and JPEGs), as a ratio to `sha256sum` over the same files, with peak memory
// (GNU time), and the cost of one compression-bomb PDF. Run after `npm run build`:
//   node bench/attachments.mjs
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { stringify } from 'yaml';
import { assemblePdf } from '../dist/attachments/pdf/assemble-pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gecc = path.join(root, 'bin', 'gecc.js');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RUNS = Number(process.env.RUNS ?? 5);

// ---- files: PDFs with text on every page and a large image-like stream; JPEG-like photos
const enc = (s) => Buffer.from(s, 'latin1');
function pdf(pages, size, seed) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let i = 0; i < pages; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 ${4 + 2 * pages} 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    const content = enc(
      `BT /F1 12 Tf 72 770 Td (Evidence ${seed} page ${i + 1}: service statistics and photographs) Tj ET q 400 0 0 300 72 300 cm /Im1 Do Q`,
    );
    objects.push(Buffer.concat([enc(`<< /Length ${content.length} >>\nstream\n`), content, enc('\nendstream')]));
  }
  // a scanned image: incompressible bytes, as DCT data is
  const image = randomBytes(Math.max(1000, size - 2000 - pages * 300));
  objects.push(
    Buffer.concat([
      enc(
        `<< /Type /XObject /Subtype /Image /Width 1000 /Height ${Math.ceil(image.length / 3000)} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.length} >>\nstream\n`,
      ),
      image,
      enc('\nendstream'),
    ]),
  );
  return assemblePdf(objects);
}
// a real 12 MP phone photo (4:2:0 baseline, ~1.4 MB), made once; each file gets its own data after
// the end marker (as phones append), so every file decodes as a photo does and hashes apart
const { default: sharp } = await import('sharp');
const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
  .blur(2)
  .jpeg({ quality: 85 })
  .toBuffer();
function jpeg(size) {
  const trailer = randomBytes(Math.max(1000, size - photo.length));
  return Buffer.concat([photo, trailer]);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-bench-'));
const app = path.join(work, 'app');
fs.mkdirSync(path.join(app, 'files'), { recursive: true });
const files = [];
const put = (name, bytes) => {
  fs.writeFileSync(path.join(app, name), bytes);
  files.push(name);
  return name;
};
const id = (p, n) => Array.from({ length: n }, (_, i) => `${p}${String(i + 1).padStart(2, '0')}`);
const spec = {
  edition: '2566',
  unit: {
    name: 'สำนักงานเขตทดสอบ',
    kind: 'district-office',
    parent: 'สำนักงานปลัดกรุงเทพมหานคร',
    applicant: 'new',
    contact: { name: 'นางสาวทดสอบ', phone: '02 123 4567', email: 'gecc@example.go.th' },
  },
  readiness_form: {
    file: put('files/readiness-form.pdf', pdf(4, 1_500_000, 0)),
    signer: 'นายทดสอบ',
    signer_position: 'รองปลัดกรุงเทพมหานคร',
  },
  physical: Object.fromEntries(id('P', 14).map((k) => [k, 'มี'])),
  basic: {},
  advanced: {},
  outcome: {},
};
let n = 0;
const aPdf = (name) => put(name, pdf(4 + (n % 17), 1_600_000 + ((n * 104_729) % 300_000), n));
const aJpeg = (name) => put(name, jpeg(1_500_000 + ((n * 7919) % 200_000)));
/** 40 PDFs of 1.6–1.9 MB with 4–20 pages and 20 JPEG photos of ~1.6 MB: 60 files, ~100 MB */
const evidence = (k) => {
  n++;
  const first = n % 3 === 0 ? aJpeg(`files/${k}-photo.jpg`) : aPdf(`files/${k}.pdf`);
  // the first 17 items carry a second file
  if (n > 17) return [first];
  return [first, n % 3 === 1 ? aJpeg(`files/${k}-2.jpg`) : aPdf(`files/${k}-2.pdf`)];
};
for (const k of id('B', 16)) spec.basic[k] = { text: `หลักฐาน ${k}`, files: evidence(k) };
for (const k of id('A', 23)) spec.advanced[k] = { text: `หลักฐาน ${k}`, files: evidence(k), score: k === 'A01' || k === 'A02' ? 6 : 2 };
for (const [i, k] of id('R', 3).entries()) spec.outcome[k] = { text: `ผลลัพธ์ ${k}`, files: evidence(k), score: [7, 6, 5][i] };
fs.writeFileSync(path.join(app, 'application.yaml'), stringify(spec, { lineWidth: 0 }));
const totalBytes = files.reduce((sum, f) => sum + fs.statSync(path.join(app, f)).size, 0);

/** wall time, CPU time (user + system, all threads) and peak RSS of a whole process */
function timed(cmd, args, cwd = app) {
  const started = process.hrtime.bigint();
  const run = TIME
    ? spawnSync(TIME, ['-f', '%U %S %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [user, system, rssKb] = TIME ? run.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, status: run.status, stdout: run.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// warm the page cache and the build once
timed('sha256sum', files);
const first = timed(process.execPath, [gecc, 'check', '--format', 'json', '--now', '2023-01-15T10:00:00+07:00', '.']);
const codes = JSON.parse(first.stdout).applications[0].findings.map((f) => f.code);

const sha = [];
const check = [];
for (let i = 0; i < RUNS; i++) {
  sha.push(timed('sha256sum', files));
  check.push(timed(process.execPath, [gecc, 'check', '--format', 'json', '--now', '2023-01-15T10:00:00+07:00', '.']));
}
const node = timed(process.execPath, ['-e', '0']);

// ---- one compression bomb: 1 GiB of spaces in ~1 MB, in an application of its own
const bombApp = path.join(work, 'bomb');
fs.mkdirSync(path.join(bombApp, 'files'), { recursive: true });
const deflater = [];
{
  const chunk = Buffer.alloc(1 << 24, 0x20);
  const z = (await import('node:zlib')).createDeflate({ level: 9 });
  const done = new Promise((resolve) => z.on('end', resolve));
  z.on('data', (c) => deflater.push(c));
  for (let i = 0; i < 64; i++) z.write(chunk);
  z.end();
  await done;
}
const bombBody = Buffer.concat(deflater);
const bombObjects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
];
{
  const parts = [enc('%PDF-1.7\n')];
  let offset = parts[0].length;
  const offsets = [];
  [
    ...bombObjects.map(enc),
    Buffer.concat([enc(`<< /Filter /FlateDecode /Length ${bombBody.length} >>\nstream\n`), bombBody, enc('\nendstream')]),
  ].forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([enc(`${i + 1} 0 obj\n`), body, enc('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  let xref = `xref\n0 6\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
  parts.push(enc(`${xref}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  fs.writeFileSync(path.join(bombApp, 'files/bomb.pdf'), Buffer.concat(parts));
}
const bombSpec = structuredClone(spec);
bombSpec.readiness_form.file = 'files/bomb.pdf';
bombSpec.basic = {};
bombSpec.advanced = {};
bombSpec.outcome = {};
fs.writeFileSync(path.join(bombApp, 'application.yaml'), stringify(bombSpec, { lineWidth: 0 }));
const bombRun = timed(process.execPath, [gecc, 'check', '--format', 'json', '.'], bombApp);
const bombMs = bombRun.ms;
const bombRss = bombRun.rssMb;
const bombCodes = JSON.parse(bombRun.stdout)
  .applications[0].findings.filter((f) => f.file === 'files/bomb.pdf')
  .map((f) => f.code);
const bombSize = fs.statSync(path.join(bombApp, 'files/bomb.pdf')).size;

const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model;
const shaMs = median(sha.map((r) => r.ms));
const checkMs = median(check.map((r) => r.ms));
console.log(`machine: ${os.availableParallelism()} cores (${cpu}), Node ${process.version}, ${os.platform()}`);
console.log(
  `application: ${files.length} attachments, ${(totalBytes / 1_048_576).toFixed(1)} MB; findings on the files: ${codes.filter((c) => c.startsWith('file.') || c.startsWith('pdf.') || c.startsWith('jpeg.')).join(', ') || 'none'}`,
);
const least = (runs) => Math.min(...runs.map((r) => r.ms));
console.log(`sha256sum:   median ${shaMs.toFixed(0)} ms, best ${least(sha).toFixed(0)} ms over ${RUNS} runs`);
console.log(
  `gecc check:  median ${checkMs.toFixed(0)} ms, best ${least(check).toFixed(0)} ms over ${RUNS} runs (node -e 0 alone: ${node.ms.toFixed(0)} ms)`,
);
// the best of several runs is the least disturbed by other work on the machine
console.log(
  `ratio:       ${(checkMs / shaMs).toFixed(2)} × sha256sum (medians), ${(least(check) / least(sha)).toFixed(2)} × (best runs); CPU time ${median(check.map((r) => r.cpuMs)).toFixed(0)} ms vs ${median(sha.map((r) => r.cpuMs)).toFixed(0)} ms = ${(median(check.map((r) => r.cpuMs)) / median(sha.map((r) => r.cpuMs))).toFixed(2)} ×`,
);
console.log(
  `load:        ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (1/5/15 min) at the end of the runs`,
);
console.log(
  `peak RSS:    ${TIME ? `${Math.max(...check.map((r) => r.rssMb)).toFixed(0)} MB (GNU time, whole process)` : 'n/a (/usr/bin/time missing)'}`,
);
console.log(
  `bomb:        ${(bombSize / 1024).toFixed(0)} KB inflating to 1 GiB → ${bombCodes.join(', ')} after ${bombMs.toFixed(0)} ms, peak RSS ${bombRss.toFixed(0)} MB (time limit 4 s; Node start and reader start included)`,
);
if (!process.env.KEEP) fs.rmSync(work, { recursive: true, force: true });
else console.log(work);
