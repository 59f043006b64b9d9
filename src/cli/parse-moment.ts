/**
 * A moment written as ISO 8601 (`2023-02-01`, `2023-02-01T09:00`, `2023-02-01T09:00:00+07:00`).
 * Without an offset it is Bangkok time, as the application window is, whatever the machine's
 * time zone; a Buddhist-era year (2566) is accepted too. Anything else is undefined.
 */
export function parseMoment(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  const year = Number(y) > 2400 ? Number(y) - 543 : Number(y);
  // Date would roll 2023-02-30 over into March: refuse a day the month does not have
  if (new Date(Date.UTC(year, Number(month) - 1, Number(day))).getUTCDate() !== Number(day)) return undefined;
  const offset = zone === undefined ? '+07:00' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = new Date(`${String(year).padStart(4, '0')}-${month}-${day}T${hour}:${minute}:${second}${fraction}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
