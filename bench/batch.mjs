#!/usr/bin/env node
/**
 * Batch benchmark: a corpus of applications (default 20 × 43 attachments) in a temporary
 * folder, then, in the same run and on the same warm files:
 *   - whole-process `node bin/gecc.js check <root>` against `sha256sum` over every file,
 *   - the speed-up of the default concurrency over `--concurrency 1` (one file at a time) and,
 *     where `taskset` exists, over the default pinned to one core (what the second core brings),
 *   - peak resident memory (GNU time -v if installed, else process.resourceUsage in-process),
 *     for all applications and for half of them (memory must not grow with their number).
 * Run after `npm run build`:  node bench/batch.mjs [--apps 20] [--runs 3] [--keep]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeMedia, writeApplication } from './lib/corpus.mjs';
import { args, NOW, option } from './lib/options.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO, 'bin', 'gecc.js');
const IN_PROCESS = path.join(REPO, 'bench', 'lib', 'run-in-process.mjs');

const APPS = option('--apps', 20);
const RUNS = option('--runs', 3);
const KEEP = args.includes('--keep');

if (!fs.existsSync(path.join(REPO, 'dist', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

// --- the corpus
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-bench-'));
const media = makeMedia();
const files = [];
const folders = [];
for (let i = 0; i < APPS; i++) {
  const dir = path.join(root, `unit-${String(i + 1).padStart(2, '0')}`);
  folders.push(dir);
  files.push(...writeApplication(dir, i, media));
}
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
const pdfs = files.filter((f) => f.endsWith('.pdf')).length;
const jpegs = files.filter((f) => f.endsWith('.jpg')).length;
// warm the page cache, so that every contender reads from memory
for (const f of files) fs.readFileSync(f);

// --- timing
const devNull = fs.openSync(os.devNull, 'w');
const env = { ...process.env, CI: 'true', NO_COLOR: '1' };
function timed(command, argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, { stdio: ['ignore', devNull, 'pipe'], env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  return { ms, status: result.status, stderr: result.stderr.toString() };
}
const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => fs.existsSync(p) && spawnSync(p, ['-c', '0', 'true']).status === 0);
const geccRun = (extra, pinned = false) => {
  const argv = [BIN, 'check', root, ...NOW, ...extra];
  const r = pinned ? timed(taskset, ['-c', '0', process.execPath, ...argv]) : timed(process.execPath, argv);
  if (r.status !== 0 && r.status !== 1) throw new Error(`gecc exited ${r.status}: ${r.stderr}`);
  return r.ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sha = [];
const geccDefault = [];
const geccOne = [];
const geccOneCore = [];
for (let r = 0; r < RUNS; r++) {
  // interleaved, so that a noisy moment hurts every contender alike
  sha.push(timed('sha256sum', files).ms);
  geccDefault.push(geccRun([]));
  geccOne.push(geccRun(['--concurrency', '1']));
  // the same run as the default (as many PDF threads as this machine has cores), on one core:
  // pinned, Node would see one core and choose one thread
  if (taskset) geccOneCore.push(geccRun(['--concurrency', String(os.availableParallelism())], true));
}

// --- sanity: every application was checked and is ready
const json = spawnSync(process.execPath, [BIN, 'check', root, ...NOW, '--format', 'json'], { env, maxBuffer: 256 * 1024 * 1024 });
const summary = JSON.parse(json.stdout.toString()).summary;
if (summary.applications !== APPS) throw new Error(`expected ${APPS} applications, the report has ${summary.applications}`);

// --- peak memory
const gnuTime = ['/usr/bin/time', '/bin/time'].find((p) => fs.existsSync(p) && spawnSync(p, ['-v', 'true']).status === 0);
function peakRss(targets) {
  if (gnuTime) {
    const r = spawnSync(gnuTime, ['-v', process.execPath, BIN, 'check', ...targets, ...NOW], { stdio: ['ignore', devNull, 'pipe'], env });
    const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString())?.[1]);
    return kib / 1024;
  }
  const r = spawnSync(process.execPath, [IN_PROCESS, 'check', ...targets, ...NOW], { stdio: ['ignore', devNull, 'pipe'], env });
  const line = r.stderr.toString().trim().split('\n').at(-1);
  return JSON.parse(line).maxRssKiB / 1024;
}
const rssAll = peakRss([root]);
const rssHalf = peakRss(folders.slice(0, Math.max(1, Math.floor(APPS / 2))));
const rssOne = peakRss([root, '--concurrency', '1']);

// --- report
const cpu = os.cpus();
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const shaMs = median(sha);
const defMs = median(geccDefault);
const oneMs = median(geccOne);
const oneCoreMs = taskset ? median(geccOneCore) : undefined;
console.log(`## Batch benchmark (${new Date().toISOString().slice(0, 10)})

Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${f1(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}
Corpus: ${APPS} applications, ${files.length} files (${pdfs} PDF, ${jpegs} JPEG, ${APPS} application.yaml), ${f1(bytes / 2 ** 20)} MiB, warm page cache
Default concurrency: ${os.availableParallelism()} · median of ${RUNS} runs each, interleaved

| measure | value |
|---|---|
| \`sha256sum\` over every file | ${Math.round(shaMs)} ms |
| \`gecc check <root>\` (default concurrency), whole process | ${Math.round(defMs)} ms |
| \`gecc check <root> --concurrency 1\`, whole process | ${Math.round(oneMs)} ms |
| gecc ÷ sha256sum (target ≤ 1.5) | ${f2(defMs / shaMs)} |
| speed-up of the default over --concurrency 1 (target ≥ 1.7 on 2 cores) | ${f2(oneMs / defMs)} |
${
  oneCoreMs === undefined
    ? ''
    : `| \`gecc check <root> -j ${os.availableParallelism()}\` pinned to one core (taskset -c 0), whole process | ${Math.round(oneCoreMs)} ms |
| speed-up of the default over one core | ${f2(oneCoreMs / defMs)} |
`
}| peak RSS, ${APPS} applications (target < 400 MB) | ${f1(rssAll)} MiB |
| peak RSS, ${Math.max(1, Math.floor(APPS / 2))} applications | ${f1(rssHalf)} MiB |
| peak RSS, ${APPS} applications, --concurrency 1 | ${f1(rssOne)} MiB |

Peak RSS measured with ${gnuTime ? `GNU time -v (${gnuTime}) around the real process` : 'process.resourceUsage().maxRSS inside a process that runs the CLI (bench/lib/run-in-process.mjs)'}.
Runs (ms): sha256sum ${sha.map(Math.round).join(', ')}; gecc ${geccDefault.map(Math.round).join(', ')}; gecc -j 1 ${geccOne.map(Math.round).join(', ')}${taskset ? `; gecc on one core ${geccOneCore.map(Math.round).join(', ')}` : ''}.`);

fs.closeSync(devNull);
if (KEEP) console.log(`\nCorpus kept in ${root}`);
else fs.rmSync(root, { recursive: true, force: true });
