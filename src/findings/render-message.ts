import { UNIT_KIND_NAMES } from '../criteria/unit-kinds.js';
import { attachmentRule } from '../criteria/attachment-rule.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { DEFAULT_EDITION, loadEdition } from '../criteria/load-catalogue.js';
import type { Finding } from './finding.js';
import type { Lang } from '../lang.js';
import type { MessageSpec, Names } from './message-spec.js';
import { MESSAGES } from './messages.js';
import { showControlsIn } from './show-controls.js';

/** The names a message looks up, from the catalogue the application was checked against. */
function namesFor(catalogue: Catalogue, lang: Lang): Names {
  return {
    group: (id) => catalogue.groups[id]?.title[lang] ?? id,
    kind: (id) => UNIT_KIND_NAMES[lang][id] ?? id,
    signer: (kind) => catalogue.readinessForm.signers[kind]?.title[lang] ?? UNIT_KIND_NAMES[lang][kind] ?? kind,
    attachments: attachmentRule(catalogue, lang),
  };
}

/**
 * The text of a finding in a language: what is wrong, and how to fix it. Titles come from the
 * catalogue the application was checked against (the default edition's where none is given).
 * The values it names (file names, answers) come from the user's files: their control
 * characters are shown escaped, so a name cannot end the line or send a terminal its own commands.
 */
export function renderMessage(finding: Finding, lang: Lang, catalogue?: Catalogue): { text: string; fix?: string } {
  const spec = MESSAGES[finding.code] as MessageSpec<typeof finding.args>;
  const texts = spec[lang];
  const names = namesFor(catalogue ?? loadEdition(DEFAULT_EDITION)!, lang);
  const args = showControlsIn(finding.args);
  const fix = texts.fix?.(args, names);
  return { text: texts.text(args, names), ...(fix ? { fix } : {}) };
}
