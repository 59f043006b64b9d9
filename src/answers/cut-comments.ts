import { type Document, isPair, isScalar, type LineCounter, Scalar, visit } from 'yaml';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/make-finding.js';

/** Fields where people write sentences: a `#` there is meant as text, hardly ever as a YAML comment. */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set(['text', 'name', 'parent', 'signer', 'signer_position']);
const SECTIONS = new Set(['unit', 'readiness_form']);

/**
 * In `text: วิเคราะห์ผล #สำคัญ และ…` YAML reads everything from ` #` on as a comment: the text
 * stops at วิเคราะห์ผล without a word. Found from the parser's own nodes: a plain (unquoted)
 * value followed on its own line by a comment. A comment on a line of its own, or after a quoted
 * value or a `|` block, loses nothing.
 */
export function cutByComment(doc: Document, lineCounter: LineCounter, text: string): Finding[] {
  const findings: Finding[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key !== 'value' || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const keys = ancestors.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
      if (!FREE_TEXT_KEYS.has(keys.at(-1) ?? '')) return;
      const after = /^[ \t]+#/.exec(text.slice(node.range[1], node.range[1] + 200));
      if (!after) return;
      const hash = node.range[1] + after[0].length - 1;
      const end = text.indexOf('\n', hash);
      const cut = text
        .slice(hash, end === -1 ? undefined : end)
        .replace(/\r$/, '')
        .trim();
      const { line, col } = lineCounter.linePos(hash);
      const item = SECTIONS.has(keys[0] ?? '') ? keys[0] : keys.length >= 3 ? keys[1] : undefined;
      findings.push(
        finding(
          'yaml.comment-cut-text',
          { field: keys.join('.'), cut: cut.length > 60 ? `${cut.slice(0, 59)}…` : cut },
          { ...(item ? { item } : {}), line, column: col },
        ),
      );
    },
  });
  return findings;
}
