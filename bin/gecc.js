#!/usr/bin/env node
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// The installed command: everything happens in the bundled command line (dist/bundle/main.cjs,
// built from dist/cli/main.js); this loads it and maps its result to the exit code.
const args = process.argv.slice(2);
const notBuilt = () => {
  process.stderr.write('gecc: the program is not built yet. Run "npm ci" (or "npm run build") in the gecc folder first.\n');
  process.exitCode = 2;
};

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // the version alone needs none of the program: it answers at Node's own start-up cost
  import('../dist/cli/version-text.js').then(({ VERSION_TEXT }) => process.stdout.write(`${VERSION_TEXT}\n`), notBuilt);
} else {
  const bundle = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url));
  // `gecc check --no-cache` reads every PDF in threads of their own: they start as soon as gecc is
  // loaded (idle threads never keep the process alive). Not when the number of threads is chosen
  // (those would be the wrong number), and not with the verdict cache: a re-check of unchanged
  // files needs no thread at all
  const early = args[0] === 'check' && args.includes('--no-cache') && !args.some((a) => /^(-h|--help|-j.*|--concurrency.*)$/.test(a));
  // gecc's compiled code is kept between runs (most of what a re-check of unchanged files costs
  // is compiling gecc itself): in the user's cache folder, never in a folder being checked. Node
  // 22.1 and later keep it themselves, in a folder readied for them first; on Node 20,
  // load-bundle.js keeps V8's
  const nodeKeeps = typeof module.enableCompileCache === 'function';
  const keptCode = process.env.NODE_DISABLE_COMPILE_CACHE
    ? Promise.resolve(undefined)
    : import('../dist/cache/compile-cache.js')
        .then(({ compileCacheFolder, readyForNodeCompileCache }) => {
          const folder = compileCacheFolder(args);
          if (folder && nodeKeeps && readyForNodeCompileCache(folder)) module.enableCompileCache(folder);
          return folder;
        })
        .catch(() => undefined);
  keptCode
    .then(async (folder) => {
      // the results the bundle keeps are named by its bytes: here it hashes its file itself,
      // on Node 20 load-bundle.js tells it the hash of the bytes it compiled
      if (nodeKeeps) return { bundle: module.createRequire(import.meta.url)(bundle), keep: () => undefined };
      const { loadBundle } = await import('../dist/cli/load-bundle.js');
      return loadBundle(bundle, folder);
    })
    .then(({ bundle: gecc, keep }) => {
      if (early) gecc.startPdfThreadsEarly();
      return gecc.run(args).then(
        (code) => {
          process.exitCode = code;
          keep();
        },
        (error) => {
          process.stderr.write(`gecc: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exitCode = 2;
        },
      );
    }, notBuilt);
}
