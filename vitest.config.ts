import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI shares a 2-core machine: a test waits for work, never for an idle machine
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the last line names the tests skipped because a program they need is not installed
    reporters: ['default', './test/helpers/missing-tools-reporter.ts'],
    // the PDF threads and the command line run from dist/: built first where it is missing or old
    globalSetup: ['./test/helpers/build-first.ts'],
    env: {
      // the verdict cache of a test run starts empty and lies outside the user's own
      GECC_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'gecc-test-cache-')),
    },
  },
});
