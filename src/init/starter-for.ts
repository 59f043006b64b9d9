import type { Applicant, UnitKind } from '../criteria/unit-kinds.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { shippedEditions } from '../criteria/load-catalogue.js';
import type { Lang } from '../lang.js';
import { schemaReferenceFrom } from '../schema/schema-files.js';
import { starterAnswers } from './starter-answers.js';

/**
 * The starter application.yaml for a folder, byte for byte the same whether `gecc init` or the
 * editing page writes it: an editor schema ships for the shipped editions only (a division's own
 * criteria give theirs with gecc schema --criteria).
 */
export function starterFor(
  folder: string,
  catalogue: Catalogue,
  options: { kind?: UnitKind | undefined; applicant: Applicant; criteriaFile?: string | undefined; lang: Lang },
): string {
  const shipped = shippedEditions().includes(catalogue.edition);
  return starterAnswers(catalogue, {
    ...(options.kind ? { kind: options.kind } : {}),
    applicant: options.applicant,
    schemaReference: shipped ? schemaReferenceFrom(folder, catalogue.edition) : undefined,
    criteriaFile: options.criteriaFile,
    lang: options.lang,
  });
}
