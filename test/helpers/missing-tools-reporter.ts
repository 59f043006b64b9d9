/**
 * The last line of a test run where some tests were skipped because a program they need is not
 * installed (see reference-tools.ts), e.g. "skipped: 12 tests need pdftoppm, mutool (not
 * installed)": a run on a machine without the reference readers says so instead of passing
 * quietly with less checked.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { MISSING_NOTE } from './reference-tools.js';

export default class MissingToolsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const line = missingToolsLine(modules);
    if (line) process.stdout.write(`${line}\n`);
  }
}

function missingToolsLine(modules: ReadonlyArray<TestModule>): string | undefined {
  const skipped = new Map<string, number>();
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state !== 'skipped' || !result.note?.startsWith(MISSING_NOTE)) continue;
      const tools = result.note.slice(MISSING_NOTE.length);
      skipped.set(tools, (skipped.get(tools) ?? 0) + 1);
    }
  }
  if (skipped.size === 0) return undefined;
  const counts = [...skipped]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tools, n]) => `${n} ${n === 1 ? 'test needs' : 'tests need'} ${tools}`);
  return `skipped: ${counts.join('; ')} (not installed)`;
}
