import type { Catalogue } from '../criteria/catalogue-schema.js';
import type { Finding } from '../findings/finding.js';

const DAY = 86_400_000;

/** Where `now` stands against the application window (the round's, else the edition's): never an error, only a note. */
export function windowFinding(catalogue: Catalogue, now: Date, round?: { opens: string; closes: string }): Finding | undefined {
  const window = round ?? catalogue.window;
  if (!window) return undefined;
  const opens = Date.parse(window.opens);
  const closes = Date.parse(window.closes);
  const t = now.getTime();
  if (t < opens)
    return { code: 'window.not-open-yet', severity: 'warning', args: { opens: window.opens, daysUntil: Math.ceil((opens - t) / DAY) } };
  if (t > closes) return { code: 'window.closed', severity: 'warning', args: { closes: window.closes } };
  return { code: 'window.open', severity: 'info', args: { closes: window.closes, daysLeft: Math.ceil((closes - t) / DAY) } };
}
