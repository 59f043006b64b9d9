import type { Finding } from './finding.js';
import type { Lang, MessageSpec } from './message-spec.js';
import { MESSAGES } from './messages.js';
import { showControlsIn } from './show-controls.js';

/**
 * The text of a finding in a language: what is wrong, and how to fix it. The values it names
 * (file names, answers) come from the user's files: their control characters are shown escaped,
 * so a name cannot end the line or send a terminal its own commands.
 */
export function renderMessage(finding: Finding, lang: Lang): { text: string; fix?: string } {
  const spec = MESSAGES[finding.code] as MessageSpec<typeof finding.args>;
  const texts = spec[lang];
  const args = showControlsIn(finding.args);
  const fix = texts.fix?.(args);
  return { text: texts.text(args), ...(fix ? { fix } : {}) };
}
