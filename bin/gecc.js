#!/usr/bin/env node
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
  const early =
    args[0] === 'check' && args.includes('--no-cache') && !args.some((a) => /^(-h|--help|-j.*|--concurrency.*)$/.test(a))
      ? import('../dist/bundle/pdf-pool.js').then((pool) => pool.startPdfThreadsEarly()).catch(() => undefined)
      : Promise.resolve();
  early
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
