/**
 * A whole number with commas between thousands, as `toLocaleString('en-US')` writes it, without
 * starting the locale machinery (a few milliseconds of every run, for messages rarely shown).
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
