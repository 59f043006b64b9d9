#!/usr/bin/env node
/**
 * The speed targets of gecc, each as a ratio to a baseline measured in the same run, on the same
 * warm files (medians, interleaved runs so that a noisy moment hurts every contender alike):
 *   - first check of one application (empty verdict cache) ÷ a shell loop of poppler's pdfinfo +
 *     pdftotext -l 1 per PDF and libjpeg's djpeg per JPEG over the same files;
 *   - re-check of the unchanged application (warm cache) ÷ `openssl dgst -sha256` over the files;
 *   - `gecc --version` ÷ `node -e 0`;
 *   - --watch: from saving one changed attachment to the redrawn report, less that file's own
 *     reading time (one PDF read in a warm reading thread);
 *   - peak RSS of one application and of a batch;
 *   - a batch (default 20 applications) ÷ `sha256sum`: cold, warm, and warm after two units each
 *     saved one PDF again changed (the division's re-run); and cold on two cores ÷ pinned to one
 *     (taskset -c 0).
 * Run after `npm run build`:  node bench/speed.mjs [--apps 20] [--runs 5]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeMedia, writeApplication } from './lib/corpus.mjs';
import { NOW, option } from './lib/options.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO, 'bin', 'gecc.js');
const APPS = option('--apps', 20);
const RUNS = option('--runs', 5);

if (!fs.existsSync(path.join(REPO, 'dist', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
for (const tool of ['pdfinfo', 'pdftotext', 'djpeg', 'openssl', 'sha256sum']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`${tool} is missing (Debian: poppler-utils, libjpeg-turbo-progs, openssl, coreutils)`);
    process.exit(2);
  }
}

// --- the corpus: one application, then a batch of APPS (the first of which is that one)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-speed-'));
const batch = path.join(work, 'batch');
const media = makeMedia();
const folders = [];
const batchFiles = [];
for (let i = 0; i < APPS; i++) {
  const dir = path.join(batch, `unit-${String(i + 1).padStart(2, '0')}`);
  folders.push(dir);
  batchFiles.push(...writeApplication(dir, i, media));
}
const app = folders[0];
const appFiles = batchFiles.filter((f) => f.startsWith(app + path.sep));
const pdfs = appFiles.filter((f) => f.endsWith('.pdf'));
const jpegs = appFiles.filter((f) => f.endsWith('.jpg'));
const size = (list) => list.reduce((sum, f) => sum + fs.statSync(f).size, 0);
for (const f of batchFiles) fs.readFileSync(f);

// --- timing whole processes
const devNull = fs.openSync(os.devNull, 'w');
const baseEnv = { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', TERM: 'dumb' };
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function timed(command, argv, env = baseEnv) {
  const started = process.hrtime.bigint();
  const full = gnuTime ? [gnuTime, ['-f', '%M', command, ...argv]] : [command, argv];
  const result = spawnSync(full[0], full[1], { stdio: ['ignore', devNull, 'pipe'], env, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const rssMb = gnuTime ? Number(result.stderr.toString().trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { ms, rssMb, status: result.status, stderr: result.stderr.toString() };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const freshCache = () => fs.mkdtempSync(path.join(work, 'cache-'));
const gecc = (targets, cacheDir, extra = [], pinned = false) => {
  const argv = [BIN, 'check', ...targets, ...NOW, ...extra];
  const env = { ...baseEnv, GECC_CACHE_DIR: cacheDir };
  const r = pinned ? timed('taskset', ['-c', '0', process.execPath, ...argv], env) : timed(process.execPath, argv, env);
  if (r.status !== 0 && r.status !== 1) throw new Error(`gecc exited ${r.status}: ${r.stderr}`);
  return r;
};
const quote = (f) => `'${f.replace(/'/g, `'\\''`)}'`;
const popplerLoop = [
  ...pdfs.map((f) => `pdfinfo ${quote(f)} >/dev/null; pdftotext -l 1 ${quote(f)} - >/dev/null`),
  ...jpegs.map((f) => `djpeg ${quote(f)} >/dev/null`),
].join('\n');

const warmCache = freshCache();
gecc([app], warmCache);
const batchWarmCache = freshCache();
gecc([batch], batchWarmCache);

const m = {
  openssl: [],
  poppler: [],
  first: [],
  again: [],
  node: [],
  version: [],
  sha: [],
  batchCold: [],
  batchWarm: [],
  batchFixed: [],
  pinned: [],
};
// the division's re-run after units fixed things: one PDF of each of two units saved again, changed
const fixedPdfs = [1, 2].map((u) => batchFiles.find((f) => f.startsWith(folders[u % APPS] + path.sep) && f.endsWith('.pdf')));
const fixedOriginals = fixedPdfs.map((f) => fs.readFileSync(f));
const rss = { first: [], batch: [] };
for (let r = 0; r < RUNS; r++) {
  m.openssl.push(timed('openssl', ['dgst', '-sha256', ...appFiles]).ms);
  m.poppler.push(timed('sh', ['-c', popplerLoop]).ms);
  const first = gecc([app], freshCache());
  m.first.push(first.ms);
  rss.first.push(first.rssMb);
  m.again.push(gecc([app], warmCache).ms);
  m.node.push(timed(process.execPath, ['-e', '0']).ms);
  m.version.push(timed(process.execPath, [BIN, '--version']).ms);
  m.sha.push(timed('sha256sum', batchFiles).ms);
  const cold = gecc([batch], freshCache());
  m.batchCold.push(cold.ms);
  rss.batch.push(cold.rssMb);
  m.batchWarm.push(gecc([batch], batchWarmCache).ms);
  fixedPdfs.forEach((f, i) => fs.writeFileSync(f, Buffer.concat([fixedOriginals[i], Buffer.from(`\n% fixed ${r}\n`)])));
  m.batchFixed.push(gecc([batch], batchWarmCache).ms);
  m.pinned.push(gecc([batch], freshCache(), ['--concurrency', String(os.availableParallelism())], true).ms);
}

// --- watch: save a changed PDF, time until the report is drawn again
async function watchLatency() {
  const target = pdfs[0];
  const original = fs.readFileSync(target);
  const child = spawn(process.execPath, [BIN, 'check', '--watch', app, ...NOW, '--lang', 'en'], {
    env: { ...baseEnv, GECC_CACHE_DIR: warmCache },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  let waiting;
  child.stdout.on('data', (chunk) => {
    output += chunk;
    waiting?.();
  });
  const nextReport = (from) =>
    new Promise((resolve) => {
      waiting = () => {
        if (output.length > from && /Watching|Changed|Same result/.test(output.slice(from))) resolve();
      };
      waiting();
    });
  await nextReport(0);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const from = output.length;
    const started = performance.now();
    // a different file: a comment added at its end changes its bytes, not what it shows
    fs.writeFileSync(target, Buffer.concat([original, Buffer.from(`\n% saved ${r}\n`)]));
    await nextReport(from);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGINT');
  fs.writeFileSync(target, original);
  return { times, file: target };
}
const watch = await watchLatency();
const { openPdfPool } = await import('../dist/attachments/pdf/pdf-pool.js');
const pool = openPdfPool({ concurrency: 1 });
const readOnce = [];
for (let r = 0; r < RUNS + 1; r++) {
  const started = performance.now();
  await pool.read(new Uint8Array(fs.readFileSync(watch.file)));
  readOnce.push(performance.now() - started);
}
await pool.close();
const fileReadMs = median(readOnce.slice(1));

// --- report
const cpu = os.cpus();
const f2 = (x) => x.toFixed(2);
const ms = (x) => `${Math.round(x)} ms`;
const md = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, median(v)]));
const watchMs = median(watch.times);
const row = (what, value, ratio, target, ok) => `| ${what} | ${value} | ${ratio} | ${target} | ${ok ? 'met' : 'NOT met'} |`;
console.log(`## Speed (${new Date().toISOString().slice(0, 10)})

Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}
One application: ${appFiles.length} attachments (${pdfs.length} PDF, ${jpegs.length} JPEG), ${(size(appFiles) / 2 ** 20).toFixed(1)} MiB.
Batch: ${APPS} applications, ${batchFiles.length} attachments, ${(size(batchFiles) / 2 ** 20).toFixed(1)} MiB. Warm page cache; medians of ${RUNS} interleaved runs.

| measure | gecc | ratio to baseline | target | |
|---|---|---|---|---|
${[
  row(
    'first check (empty cache) ÷ pdfinfo + pdftotext -l 1 / djpeg loop',
    ms(md.first),
    `${f2(md.first / md.poppler)} × (${ms(md.poppler)})`,
    '≤ 0.6 ×',
    md.first / md.poppler <= 0.6,
  ),
  row(
    're-check, nothing changed ÷ openssl dgst -sha256',
    ms(md.again),
    `${f2(md.again / md.openssl)} × (${ms(md.openssl)})`,
    '≤ 4 ×',
    md.again / md.openssl <= 4,
  ),
  row('gecc --version ÷ node -e 0', ms(md.version), `${f2(md.version / md.node)} × (${ms(md.node)})`, '≤ 2 ×', md.version / md.node <= 2),
  row(
    '--watch: saved PDF to redrawn report, less its own reading',
    ms(watchMs),
    `${ms(watchMs - fileReadMs)} (reading ${ms(fileReadMs)})`,
    '≤ 150 ms',
    watchMs - fileReadMs <= 150,
  ),
  row('peak RSS, one application', `${median(rss.first).toFixed(0)} MiB`, '', '< 200 MB', median(rss.first) < 200),
  row(`peak RSS, batch of ${APPS}`, `${median(rss.batch).toFixed(0)} MiB`, '', '< 400 MB', median(rss.batch) < 400),
  row(
    `batch of ${APPS}, empty cache ÷ sha256sum`,
    ms(md.batchCold),
    `${f2(md.batchCold / md.sha)} × (${ms(md.sha)})`,
    '≤ 1.0 ×',
    md.batchCold / md.sha <= 1,
  ),
  row(`batch of ${APPS}, re-check ÷ sha256sum`, ms(md.batchWarm), `${f2(md.batchWarm / md.sha)} ×`, '≤ 1.0 ×', md.batchWarm / md.sha <= 1),
  row(
    `batch of ${APPS}, re-check after two units each changed a PDF ÷ sha256sum`,
    ms(md.batchFixed),
    `${f2(md.batchFixed / md.sha)} ×`,
    '≤ 1.0 ×',
    md.batchFixed / md.sha <= 1,
  ),
  row(
    'batch, empty cache: one core (taskset -c 0) ÷ two',
    ms(md.pinned),
    `${f2(md.pinned / md.batchCold)} ×`,
    '≥ 1.7 ×',
    md.pinned / md.batchCold >= 1.7,
  ),
].join('\n')}

Runs (ms): ${Object.entries(m)
  .map(([k, v]) => `${k} ${v.map(Math.round).join(', ')}`)
  .join('; ')}; watch ${watch.times.map(Math.round).join(', ')}.`);
fixedPdfs.forEach((f, i) => fs.writeFileSync(f, fixedOriginals[i]));
fs.rmSync(work, { recursive: true, force: true });
