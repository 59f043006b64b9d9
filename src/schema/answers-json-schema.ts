import * as z from 'zod';
import { buildAnswersSchema } from '../answers/answers-schema.js';
import type { Catalogue } from '../criteria/catalogue-schema.js';
import { editorSchema } from './editor-schema.js';

/**
 * The JSON Schema (draft-07) of application.yaml for one edition, made from the very zod schema
 * the checker uses, so the editor and gecc never disagree on names and shapes. Draft-07 because
 * the YAML language server places its diagnostics right with it (2020-12 it does not).
 */
export function answersJsonSchema(catalogue: Catalogue): Record<string, unknown> {
  const generated = z.toJSONSchema(buildAnswersSchema(catalogue), {
    target: 'draft-7',
    // the field kind is for gecc's own messages; editors have no use for it
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>).geccKind;
    },
  });
  const { $schema, ...rest } = editorSchema(generated as Record<string, unknown>);
  return {
    $schema,
    title: `application.yaml — ${catalogue.title.th}`,
    description: `ใบสมัครศูนย์ราชการสะดวก (GECC) เกณฑ์ปี ${catalogue.edition} ตรวจด้วยคำสั่ง gecc check\nGECC application answers, criteria edition ${catalogue.edition}.`,
    ...rest,
  };
}

/** The schema as it is written to a file or printed: stable key order, two-space indent. */
export function answersJsonSchemaText(catalogue: Catalogue): string {
  return `${JSON.stringify(answersJsonSchema(catalogue), null, 2)}\n`;
}
