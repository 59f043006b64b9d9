import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';
import { MESSAGES } from '../findings/messages.js';

const DAY = 86_400_000;

/** The dates of a round of applications: ISO 8601 with an offset, e.g. 2024-01-02T08:30:00+07:00. */
export interface ApplicationWindow {
  opens: string;
  closes: string;
}

/** Finding codes about the calendar, not about the application: shown once, at the top, never as a problem. */
export const isWindowFinding = (f: Finding): boolean => 'notTheApplications' in MESSAGES[f.code];

/**
 * Where `now` stands against the round's application window: the one given (a division's own
 * dates for the coming round), else the edition's. Never an error nor a warning: the calendar
 * is not something the unit can fix in its folder, and a closed round of the edition only means
 * that the next round's dates are not known to gecc.
 */
export function windowFinding(catalogue: Catalogue, now: Date, given?: ApplicationWindow): Finding | undefined {
  const window = given ?? catalogue.window;
  if (!window) return undefined;
  const opens = Date.parse(window.opens);
  const closes = Date.parse(window.closes);
  if (Number.isNaN(opens) || Number.isNaN(closes)) return undefined;
  const t = now.getTime();
  if (t < opens) return finding('window.not-open-yet', { opens: window.opens, daysUntil: Math.ceil((opens - t) / DAY) });
  if (t > closes) return finding('window.closed', { closes: window.closes });
  return finding('window.open', { closes: window.closes, daysLeft: Math.ceil((closes - t) / DAY) });
}
