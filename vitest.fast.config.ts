import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import { NOT_FAST_GLOBS } from './test/helpers/not-fast.js';
import base from './vitest.config.js';

// `npm run test:fast`: the suite a developer runs often, in-process only (no processes, browser,
// package install, Wine or LibreOffice: see test/helpers/not-fast.ts). `npm test` runs them all.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...NOT_FAST_GLOBS],
      // Most of a fast test's time is spent waiting (on the PDF reading threads, on a watch's
      // settle time), not computing: on 2 cores vitest's default of one worker leaves the CPU half
      // idle, four keep it busy.
      maxWorkers: 4,
      // Loading the modules again for each file cost more than the tests themselves. Safe without
      // isolation: no fast test mocks a module or fakes the clock, the few that set GECC_CACHE_DIR
      // put it back, and the module-level state of src/ is memoised constants. The tests pass in
      // any order (`--sequence.shuffle`).
      isolate: false,
      // processes, not threads: some tests check what runs in the main thread, not in a worker
      // (test/attachments/pdf-thread-without-canvas.test.ts, test/watch/watch-pdf-threads.test.ts)
      pool: 'forks',
    },
  }),
);
