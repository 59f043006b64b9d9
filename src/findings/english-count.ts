/** "1 item", "2 items": a count with its noun, in English. */
export function englishCount(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
