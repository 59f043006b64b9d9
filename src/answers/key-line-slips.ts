import { GROUP_IDS } from '../criteria/catalogue-groups.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';

/**
 * Slips seen in the shape of one line, whatever the parser made of it: an item's key indented
 * unlike the other items of its group, and a key of gecc's own with no space after its colon
 * (or with a mark that only looks like one). The parser reads such a line as a key of the item
 * above, as a heading of its own, or as a text, and complains lines further on if at all; found
 * from the lines themselves, each is told at its own line, with a fix that touches only that line.
 */
export function keyLineSlips(text: string): Finding[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const findings: Finding[] = [];
  const itemKeys: ItemKeyLine[] = [];
  let section = '';
  // the indent of the key whose `|` or `>` text the lines below belong to
  let block: number | undefined;
  // the indent of the key whose plain text (no quotes, no |) may run on in deeper lines
  let plainText: number | undefined;
  // the item whose lines these are, for findings to be listed under it
  let item: string | undefined;

  lines.forEach((line, index) => {
    const n = index + 1;
    const indent = /^ */.exec(line)![0].length;
    const content = line.slice(indent);
    if (block !== undefined) {
      if (content.trim() === '' || indent > block) return;
      block = undefined;
    }
    if (content.trim() === '' || content.startsWith('#') || content.startsWith('\t')) return;
    const runsOn = plainText !== undefined && indent > plainText;
    if (!runsOn) plainText = undefined;

    const key = KEY_LINE.exec(content);
    if (!key) return;
    const [, dash = '', name = '', written = '', rest = ''] = key;
    const mark = written.trim();
    const isItem = ITEM_ID.test(name);
    if (indent === 0 && !dash && !isItem && mark === ':') {
      section = name;
      item = undefined;
    }
    if (isItem && isGroup(section)) item = name;
    if (!isItem && !KNOWN_KEYS.has(name)) return;
    // a deeper line under a plain text is that text running on ("หมายเหตุ:ดู…"), not a key
    if (runsOn && !isItem) return;

    const column = indent + dash.length + name.length + written.length;
    const value = rest.trimStart();
    const target = isGroup(section) ? item : SECTIONS.has(section) ? section : undefined;
    const where = { ...(target ? { item: target } : {}), line: n };
    // the line as it should read, without the comment after it
    const example = `${name}: ${value.replace(/\s+#.*$/, '').trimEnd()}`;
    if (mark !== ':') {
      findings.push(finding('yaml.colon-lookalike', { line: n, key: name, mark, example }, { ...where, column }));
    } else if (rest !== '' && !/^[\s:]/.test(rest) && !rest.startsWith('//')) {
      findings.push(finding('yaml.no-space-after-colon', { line: n, key: name, example }, { ...where, column: column + 1 }));
    } else if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      block = indent;
    } else if (value !== '' && !/^[[{"'&*!#]/.test(value)) {
      plainText = indent;
    }
    if (isItem && isGroup(section)) itemKeys.push({ line: n, indent, key: name, section });
  });
  return [...findings, ...misplacedItemKeys(itemKeys, lines)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

interface ItemKeyLine {
  line: number;
  indent: number;
  key: string;
  section: string;
}

/** gecc init indents each level by two spaces. */
const STEP = 2;

const ITEM_ID = /^[A-Z][0-9]{2}$/;

/** The keys of application.yaml: a line that starts with one of them is meant as that key. */
const KNOWN_KEYS = new Set([
  ...['edition', 'unit', 'readiness_form', ...GROUP_IDS],
  ...['name', 'kind', 'parent', 'applicant', 'contact', 'phone', 'email'],
  ...['file', 'signer', 'signer_position'],
  ...['answer', 'text', 'files', 'score'],
]);

/**
 * `key:` at the start of a line (after a list dash), with what follows it. Besides the colon: a
 * fullwidth colon, and ซ, which Shift+; types while the keyboard is still set to Thai.
 */
const KEY_LINE = /^(-\s+)?([A-Za-z_][A-Za-z0-9_]*)(\s*:|：|ซ)(.*)$/;

/** Sections whose findings are listed under the section's own name. */
const SECTIONS = new Set(['unit', 'readiness_form']);

const isGroup = (section: string) => (GROUP_IDS as readonly string[]).includes(section);

/**
 * Item keys indented unlike most items of their group. Only as deep as the items' own fields
 * (`text:`, `files:`) at most: deeper, a line is more likely text that happens to start like a key.
 */
function misplacedItemKeys(keys: ItemKeyLine[], lines: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of new Set(keys.map((k) => k.section))) {
    const items = keys.filter((k) => k.section === group);
    const spaces = usualIndent(items.map((k) => k.indent));
    // the example is the nearest item above that is indented as it should be, else the first one below
    const firstUsual = items.find((k) => k.indent === spaces);
    let lastUsual: ItemKeyLine | undefined;
    items.forEach((item, i) => {
      if (item.indent === spaces) lastUsual = item;
      if (item.indent === spaces || item.indent > spaces + STEP) return;
      const example = lastUsual ?? firstUsual;
      const children = lowestIndentUnder(lines, item.line, items[i + 1]?.line ?? lines.length + 1);
      findings.push(
        finding(
          'yaml.item-indent',
          {
            line: item.line,
            key: item.key,
            group,
            found: item.indent,
            spaces,
            ...(example ? { example: `${' '.repeat(spaces)}${example.key}:` } : {}),
            ...(children !== undefined && children <= spaces ? { childrenTo: spaces + STEP } : {}),
          },
          { item: item.key, line: item.line, column: item.indent + 1 },
        ),
      );
    });
  }
  return findings;
}

/** The indent most items share; on a tie, gecc init's own (two spaces), else the first item's. */
function usualIndent(indents: number[]): number {
  const counts = new Map<number, number>();
  for (const indent of indents) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  const most = Math.max(...counts.values());
  if (counts.get(STEP) === most) return STEP;
  return indents.find((indent) => counts.get(indent) === most)!;
}

/** The least indent of the content lines between an item's key and the next item's (its fields), if any. */
function lowestIndentUnder(lines: string[], keyLine: number, nextKeyLine: number): number | undefined {
  let lowest: number | undefined;
  for (let n = keyLine + 1; n < nextKeyLine; n++) {
    const line = lines[n - 1]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = /^ */.exec(line)![0].length;
    // the next section's heading ends the item
    if (indent === 0) break;
    lowest = Math.min(lowest ?? indent, indent);
  }
  return lowest;
}
