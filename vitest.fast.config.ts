import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import { NOT_FAST_GLOBS } from './test/helpers/not-fast.js';
import base from './vitest.config.js';

// `npm run test:fast`: the suite a developer runs often, in-process only (no processes, browser,
// package install, Wine or LibreOffice: see test/helpers/not-fast.ts). `npm test` runs them all.
export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, ...NOT_FAST_GLOBS] } }));
