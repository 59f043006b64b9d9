import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageSpec, Names } from '../../src/findings/message-spec.js';
import { MESSAGES, type FindingCode } from '../../src/findings/messages.js';

const DOC = path.resolve(import.meta.dirname, '../../docs/findings.md');

/**
 * Placeholders instead of values: "{path}" where the message names the file. A placeholder is a
 * string that can also be mapped over, for the arguments that are lists.
 */
const placeholders = new Proxy(
  {},
  {
    get: (_target, key) => {
      const text = `{${String(key)}}`;
      return Object.assign(new String(text), { map: <T>(each: (value: string) => T) => [each(text)] });
    },
  },
);

/** Names looked up from the catalogue are shown by what they name: "{group}", "{signer}". */
const names = new Proxy({} as Names, {
  get: (_target, key) => (key === 'attachments' ? '{attachments}' : () => `{${String(key)}}`),
});

function findingsDoc(): string {
  const lines = [
    '# Finding codes',
    '',
    'Every problem gecc reports has a stable code (the `code` field of the JSON report). This page is',
    'generated from the message catalogue in `src/findings/messages/` (a test keeps it in step:',
    'run `UPDATE_DOCS=1 npx vitest run test/docs` after changing a message). `{name}` stands for a value',
    'filled in at run time.',
    '',
    '| code | severity | ข้อความ (th) | message (en) |',
    '|---|---|---|---|',
  ];
  for (const code of Object.keys(MESSAGES).sort() as FindingCode[]) {
    const spec = MESSAGES[code] as MessageSpec<object>;
    const render = (template: ((args: object, names: Names) => string) | undefined) => {
      if (!template) return undefined;
      try {
        // a value looked up from a table by a placeholder is not known here: shown as "…"
        return template(placeholders, names).replace(/undefined/g, '…');
      } catch {
        return '(worded from the details of the problem)';
      }
    };
    const cell = (lang: 'th' | 'en') => {
      const fix = render(spec[lang].fix);
      return `${render(spec[lang].text)}${fix ? `<br>→ ${fix}` : ''}`.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    };
    lines.push(`| \`${code}\` | ${spec.severity} | ${cell('th')} | ${cell('en')} |`);
  }
  return lines.join('\n') + '\n';
}

describe('docs/findings.md', () => {
  it('lists every finding code with its texts', () => {
    const expected = findingsDoc();
    if (process.env.UPDATE_DOCS) fs.writeFileSync(DOC, expected);
    expect(fs.readFileSync(DOC, 'utf8')).toBe(expected);
  });
});
