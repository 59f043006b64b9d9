// The cost of the printable pages, against the text report of the same check (the baseline),
// measured in the same run. Run after `npm run build`:  node bench/html-pages.mjs [rounds]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTargets } from '../dist/check-targets.js';
import { humanReport } from '../dist/report/human-report.js';
import { htmlReport } from '../dist/report/html-report.js';
import { readinessFormHtml } from '../dist/form/readiness-form-html.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 200);
const now = new Date('2023-02-01T09:00:00+07:00');
const report = await checkTargets(
  ['ready-new-unit', 'ready-returning-unit', 'not-ready-unit'].map((n) => path.join(root, 'examples', n)),
  { now },
);

function time(label, render) {
  let size = 0;
  for (let i = 0; i < 20; i++) render(); // warm up (and read the fonts once)
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) size = Buffer.byteLength(render());
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  return { label, ms, size };
}

const results = [
  time('text report, 3 applications (baseline)', () => humanReport(report, { lang: 'th', color: false })),
  time('HTML report, 3 applications', () => htmlReport(report, { lang: 'th', generatedAt: now })),
  time('readiness form, 1 application', () => readinessFormHtml(report.applications[0], { lang: 'th', date: now, thaiDigits: true })),
];
const base = results[0].ms;
for (const r of results)
  console.log(`${r.label.padEnd(42)} ${r.ms.toFixed(3)} ms  ×${(r.ms / base).toFixed(1)}  ${(r.size / 1024).toFixed(0)} KiB`);
console.log(`heap used after ${rounds} rounds each: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB`);
