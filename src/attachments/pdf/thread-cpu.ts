import { readFileSync, readlinkSync } from 'node:fs';

/**
 * CPU time of one thread, so that a PDF's time limit counts the work its thread did rather than
 * the seconds the clock showed: on a machine whose cores are busy with other programs a thread
 * gets a fraction of a core, and a PDF that takes 1 s to read would otherwise be "timed out" there
 * and "ok" on an idle machine. Linux only (/proc); elsewhere callers fall back to the clock.
 */

/** The calling thread's id for threadCpuMs, or 0 when the system does not say (not Linux). */
export function currentThreadId(): number {
  try {
    // "<pid>/task/<tid>"
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isSafeInteger(tid) && tid > 0 ? tid : 0;
  } catch {
    return 0;
  }
}

/** Linux counts CPU time in clock ticks of 1/100 s on every architecture Node runs on. */
const TICK_MS = 10;

/** Milliseconds of CPU (user + system) the thread of this process has used, or undefined. */
export function threadCpuMs(tid: number): number | undefined {
  if (tid <= 0) return undefined;
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
    // the thread's name, in parentheses, may hold spaces: count fields after it (utime is field 14)
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * TICK_MS : undefined;
  } catch {
    return undefined;
  }
}
