/** What every bench shares: the moment checked against, and its number options (`--apps 20`). */
export const NOW = ['--now', '2023-02-01T09:00:00+07:00'];

export const args = process.argv.slice(2);

export function option(name, fallback) {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
}
