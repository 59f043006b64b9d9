#!/usr/bin/env node
// The installed command: everything happens in dist/cli/main.js; this only maps its result to the exit code.
import('../dist/cli/main.js').then(
  ({ run }) =>
    run(process.argv.slice(2)).then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        process.stderr.write(`gecc: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    ),
  () => {
    process.stderr.write('gecc: the program is not built yet. Run "npm run build" in the gecc folder first.\n');
    process.exitCode = 2;
  },
);
