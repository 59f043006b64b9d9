/**
 * What pdf.js reports while it reads. It has no callback for that: at verbosity 1 it prints each
 * problem it works around as a "Warning: …" line on the console (console.warn; older code paths
 * console.log). A tap on those lets a reader tell which step of reading a warning came from.
 * Lines are numbered: a step takes the lines printed between its start and its end.
 */
const KEPT = 200;
const lines: string[] = [];
let printed = 0;
let tapped = false;

function tap(): void {
  if (tapped) return;
  tapped = true;
  for (const method of ['warn', 'log'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      // only the latest lines are needed: a step reads those printed since it began
      lines[printed++ % KEPT] = args.map(String).join(' ');
      original.apply(console, args);
    };
  }
}

/** Runs one step and returns what pdf.js printed meanwhile (the first lines of it, at most 20). */
export async function withWarnings<T>(step: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  tap();
  const start = printed;
  const value = await step();
  const warnings: string[] = [];
  for (let n = Math.max(start, printed - KEPT); n < printed && warnings.length < 20; n++) warnings.push(lines[n % KEPT]!);
  return { value, warnings };
}
