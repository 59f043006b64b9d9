#!/usr/bin/env node
import module from 'node:module';

// The installed command: everything happens in the bundled command line (dist/bundle/, built from
// dist/cli/main.js); this only maps its result to the exit code.
const args = process.argv.slice(2);
const notBuilt = () => {
  process.stderr.write('gecc: the program is not built yet. Run "npm ci" (or "npm run build") in the gecc folder first.\n');
  process.exitCode = 2;
};

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // the version alone needs none of the program: it answers at Node's own start-up cost
  import('../dist/cli/version-text.js').then(({ VERSION_TEXT }) => process.stdout.write(`${VERSION_TEXT}\n`), notBuilt);
} else {
  // `gecc check --no-cache` reads every PDF in threads of their own: start them first, so that
  // they load their reader while Node loads the rest of gecc (idle threads never keep the process
  // alive). Not when the number of threads is chosen (those would be the wrong number), and not
  // with the verdict cache: a re-check of unchanged files then needs no thread at all
  const early = () =>
    args[0] === 'check' && args.includes('--no-cache') && !args.some((a) => /^(-h|--help|-j.*|--concurrency.*)$/.test(a))
      ? import('../dist/bundle/pdf-pool.js').then((pool) => pool.startPdfThreadsEarly()).catch(() => undefined)
      : Promise.resolve();
  // Node 22.1 and later can keep the compiled program between runs (most of what a re-check of
  // unchanged files costs is compiling gecc itself): in the user's cache folder, never in a
  // folder being checked. Before the program is loaded, so that its code is what gets kept
  const compiledCode =
    typeof module.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE
      ? import('../dist/cache/compile-cache.js')
          .then(({ compileCacheFolder }) => {
            const folder = compileCacheFolder(args);
            if (folder) module.enableCompileCache(folder);
          })
          .catch(() => undefined)
      : Promise.resolve();
  compiledCode
    .then(() => early())
    .then(() => import('../dist/bundle/main.js'))
    .then(
      ({ run }) =>
        run(args).then(
          (code) => {
            process.exitCode = code;
          },
          (error) => {
            process.stderr.write(`gecc: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exitCode = 2;
          },
        ),
      notBuilt,
    );
}
