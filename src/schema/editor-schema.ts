/**
 * Reshapes the JSON Schema that zod generates into what the YAML language server (VS Code's YAML
 * extension) handles well, without changing what is accepted beyond blanks:
 *
 * - Every field may be blank (`name:` with nothing after it, as `gecc init` writes it): a blank is
 *   "not filled in yet", which `gecc check` reports; the editor shows no warning for it. Blanks are
 *   accepted by a branch without a `type`, because the server offers `null`, `true` and `false` as
 *   completions for every `type: null` or `type: boolean` it sees; `true`/`false` for มี/ไม่มี are
 *   accepted the same way (gecc reads them) but never offered.
 * - The server words its diagnostics in English unless the schema node where the check fails has
 *   an `errorMessage`: each such node gets one in Thai (objects for unknown and missing keys, leaves
 *   for wrong values). A score is a list of its allowed values, so that too is an `errorMessage`
 *   and not "Value is above the maximum".
 * - The server's hover joins the titles of an `anyOf`'s branches ("P01 · … || P01 · …") when it
 *   cannot tell them apart: the value branch carries the title, the blank branch only the text.
 */
import { APPLICANT_WORDS, UNIT_KIND_WORDS } from '../answers/unit-kind-names.js';

type Schema = Record<string, unknown>;

const THAI_CHOICES: Record<string, readonly string[]> = { kind: UNIT_KIND_WORDS, applicant: APPLICANT_WORDS };
const thaiDigits = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/** What a blank or a true/false branch accepts: everything but these types. */
const NOT_BLANK = ['string', 'number', 'object', 'array', 'boolean'];
const NOT_BLANK_OR_YES_NO = ['string', 'number', 'object', 'array'];

const DOC_KEYS = ['title', 'description', 'markdownDescription', 'examples', 'errorMessage'] as const;

export function editorSchema(root: Schema): Schema {
  const { $schema, ...rest } = root;
  return { $schema, ...reshape(rest, [], false) };
}

function reshape(node: Schema, path: string[], blankable = true): Schema {
  const docs: Schema = {};
  const core: Schema = {};
  for (const [key, value] of Object.entries(node)) ((DOC_KEYS as readonly string[]).includes(key) ? docs : core)[key] = value;
  let value = withoutNull(core);
  const yesNo = isYesNo(value);
  value = flatten(value);

  if (value.properties) {
    const properties = value.properties as Record<string, Schema>;
    value.properties = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, reshape(child, [...path, key])]));
  }
  if (value.items && typeof value.items === 'object') value.items = { ...(value.items as Schema), errorMessage: ITEM_MESSAGE };
  if (value.type === 'integer' && typeof value.maximum === 'number') {
    const max = value.maximum;
    delete value.minimum;
    delete value.maximum;
    delete value.type;
    // gecc reads Thai digits too ("๒"): the editor must not underline what the check accepts
    const numbers = Array.from({ length: max + 1 }, (_, i) => i);
    value.enum = [...numbers, ...numbers.map((n) => thaiDigits(n))];
  }
  // kind and applicant may be written as their Thai names (สำนักงานเขต, หน่วยงานใหม่ …)
  const thaiNames = path.length === 2 && path[0] === 'unit' ? THAI_CHOICES[path[1]!] : undefined;
  if (thaiNames && Array.isArray(value.enum)) value.enum = [...(value.enum as unknown[]), ...thaiNames];
  value.errorMessage = (docs.errorMessage as string | undefined) ?? messageFor(value, path);
  delete docs.errorMessage;
  if (!blankable) return { ...docs, ...value };

  const key = path[path.length - 1] ?? '';
  const description = (docs.description as string | undefined) ?? key;
  const title = (docs.title as string | undefined) ?? `${key} · ${description.split('\n')[0]}`;
  const text = { description, ...(docs.markdownDescription ? { markdownDescription: docs.markdownDescription } : {}) };
  return {
    ...docs,
    title,
    anyOf: [
      { ...value, title, ...text },
      { not: { type: yesNo ? NOT_BLANK_OR_YES_NO : NOT_BLANK }, ...text },
    ],
  };
}

/** The schema without its "or blank" part (`type: [..., "null"]`, `anyOf: [..., {type: null}]`). */
function withoutNull(schema: Schema): Schema {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((t) => t !== 'null');
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  if (Array.isArray(schema.anyOf)) {
    const options = (schema.anyOf as Schema[]).filter((o) => !(o.type === 'null' && Object.keys(o).length === 1));
    if (options.length < schema.anyOf.length) {
      const { anyOf: _, ...rest } = schema;
      return options.length === 1 ? { ...rest, ...options[0] } : { ...rest, anyOf: options };
    }
  }
  return schema;
}

/** มี / ไม่มี, also accepted as true / false. */
function isYesNo(schema: Schema): boolean {
  const options = schema.anyOf as Schema[] | undefined;
  return Boolean(options?.some((o) => Array.isArray(o.enum)) && options.some((o) => o.type === 'boolean'));
}

/** One leaf instead of a union of leaves: a union's branches would each need a title and a message. */
function flatten(schema: Schema): Schema {
  const options = schema.anyOf as Schema[] | undefined;
  if (!options) return { ...schema };
  const { anyOf: _, ...rest } = schema;
  if (isYesNo(schema)) return { ...rest, ...options.find((o) => Array.isArray(o.enum)) };
  const types = options.map((o) => o.type);
  if (options.every((o) => typeof o.type === 'string' && Object.keys(o).every((k) => k === 'type' || k === 'items'))) {
    const items = options.find((o) => o.items)?.items;
    return { ...rest, type: types, ...(items ? { items } : {}) };
  }
  return { ...schema };
}

const ITEM_MESSAGE = 'ชื่อไฟล์แต่ละรายการเป็นข้อความ เช่น files/B01.pdf';

/** The Thai message of a node, from what it holds. */
function messageFor(schema: Schema, path: string[]): string {
  const where = path.length === 0 ? 'ระดับบนสุดของไฟล์' : `ใต้ ${path.join('.')}:`;
  if (schema.type === 'object' && schema.properties) {
    const keys = Object.keys(schema.properties as Schema).filter((k) => k !== '$schema');
    const required = (schema.required as string[] | undefined) ?? [];
    const isGroup = keys.length > 0 && keys.every((k) => /^[A-Z]\d{2}$/.test(k));
    if (isGroup)
      return `${where} ใส่รหัสข้อ ${keys[0]}–${keys[keys.length - 1]} (เลข 2 หลัก เช่น ${keys[0]}) แต่ละข้อขึ้นบรรทัดใหม่ เว้นวรรคเข้าไป 2 ช่อง`;
    return `${where} ใช้ได้เฉพาะหัวข้อ ${keys.join(', ')}${required.length ? ` และต้องมี ${required.join(', ')}` : ''} — ตรวจการสะกดชื่อหัวข้อ`;
  }
  if (Array.isArray(schema.enum)) return `ใช้ค่าใดค่าหนึ่ง: ${(schema.enum as unknown[]).join(', ')}`;
  if (Array.isArray(schema.type)) {
    if (schema.type.includes('array')) return 'ใส่ชื่อไฟล์ เช่น files/B01.pdf หรือรายการ [files/B01.pdf, files/B01-2.jpg]';
    return 'ใส่เป็นข้อความหรือตัวเลข';
  }
  if (schema.type === 'string') return 'ใส่เป็นข้อความ';
  return 'ค่านี้ไม่ถูกต้อง';
}
