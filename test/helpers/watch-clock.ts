/** The watch's timers under a test's control. */
import type { WatchClock } from '../../src/watch/watch-folders.js';

interface Timer {
  callback: () => void;
  ms: number;
  cleared: boolean;
}

/** A clock whose debounce timers the test fires itself (the poll's, far longer, never fire). */
export function testClock(debounceMs: number) {
  const timers: Timer[] = [];
  const clock: WatchClock = {
    setTimeout: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => void ((timer as Timer).cleared = true),
  };
  const waiting = () => timers.filter((t) => t.ms === debounceMs && !t.cleared);
  const fire = () => {
    for (const timer of waiting()) {
      timer.cleared = true;
      timer.callback();
    }
  };
  return { clock, timers, waiting, fire };
}
