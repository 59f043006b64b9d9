import type { Finding } from './finding.js';
import type { Lang, MessageSpec } from './message-spec.js';
import { MESSAGES } from './messages.js';

/** The text of a finding in a language: what is wrong, and how to fix it. */
export function renderMessage(finding: Finding, lang: Lang): { text: string; fix?: string } {
  const spec = MESSAGES[finding.code] as MessageSpec<typeof finding.args>;
  const texts = spec[lang];
  const fix = texts.fix?.(finding.args);
  return { text: texts.text(finding.args), ...(fix ? { fix } : {}) };
}
