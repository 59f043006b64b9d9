/**
 * Runs the gecc command line in this process and then prints this process's peak resident
 * memory (process.resourceUsage().maxRSS, which covers worker threads too) as JSON on stderr.
 * Used where GNU time is not installed.  Usage: node run-in-process.mjs <gecc arguments…>
 */
import { run } from '../../dist/cli/main.js';

const code = await run(process.argv.slice(2));
process.stderr.write(`\n${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, code })}\n`);
process.exitCode = code;
