import * as z from 'zod';
import { kindNames } from '../attachment-kinds.js';
import type { Catalogue, CatalogueItem, GroupId, ScoredGroupId } from '../criteria/catalogue-schema.js';
import { attachmentRule } from '../criteria/attachment-rule.js';
import { defaultItemPoints, groupMaxPoints, itemMaxPoints } from '../criteria/points.js';
import { VISIBLE_TEXT } from './decode-text.js';
import { APPLICANTS, UNIT_KINDS } from '../criteria/unit-kinds.js';

/** How a field is explained when its value is of the wrong kind (see schema-findings.ts). */
export type FieldKind = 'text' | 'number' | 'section' | 'file-list' | 'yes-no';

export const YES = 'มี';
export const NO = 'ไม่มี';

/**
 * What an editor shows on hover and beside a completion. These keys pass through
 * z.toJSONSchema unchanged; `title`/`description` are also plain JSON Schema.
 */
interface Docs {
  title?: string;
  description: string;
  markdownDescription?: string;
  /** what the YAML language server says instead of its own English when the value does not fit */
  errorMessage?: string;
}

const kind = <T extends z.ZodType>(schema: T, fieldKind: FieldKind): T => schema.meta({ geccKind: fieldKind });

/**
 * A field that may be left blank: `text:` with nothing after it is null in YAML. A blank means
 * "not answered yet", which the rules report as missing; the editor does not mark it as wrong.
 * The field kind stays on the inner schema (the shape check looks through the wrappers), the
 * docs go on the outside so that an editor shows them whatever the value.
 */
const blankable = <T extends z.ZodType>(schema: T, docs: Docs) => schema.nullish().meta({ ...docs });
const required = <T extends z.ZodType>(schema: T, docs: Docs) => schema.meta({ ...docs });

const text = () => kind(z.string(), 'text');
/** Text that must say something: blank or spaces only count as not filled in. */
const filledText = () => kind(z.string().regex(VISIBLE_TEXT), 'text');
const yesNo = () => kind(z.union([z.enum([YES, NO]), z.boolean()]), 'yes-no');
const fileList = () => kind(z.union([z.string(), z.array(z.string())]), 'file-list');
// the maximum is for the editor only (meta passes into the JSON Schema): the checker's own rule
// reports a score above the item's maximum with a clearer message than a shape error would
const score = (maximum: number) => z.number().int().min(0).meta({ geccKind: 'number', maximum });
const section = <T extends z.ZodType>(schema: T) => kind(schema, 'section');

const filesDocs = (catalogue: Catalogue): Docs => ({
  title: 'files · ไฟล์แนบ',
  description: `ไฟล์แนบ ${attachmentRule(catalogue, 'th')} อ้างจากโฟลเดอร์ใบสมัคร เช่น files/B01.pdf หรือรายการหลายไฟล์\nAttachments (${attachmentRule(catalogue, 'en')}), relative to the application folder.`,
});

/** "B01 · [1.2] เวลาให้บริการ": how an item is named in hover text and completions. */
function itemHeading(item: CatalogueItem): string {
  return `${item.id} · ${item.number ? `[${item.number}] ` : ''}${item.title.th}${item.titlePlaceholder ? ' (ชื่อข้อจริงไม่ได้เผยแพร่)' : ''}`;
}

/** What a unit has to give for an item of the group, in words for the hover text. */
function howToAnswer(catalogue: Catalogue, group: ScoredGroupId): string {
  const { points } = catalogue.groups[group];
  const max = itemMaxPoints(points);
  switch (group) {
    case 'basic':
      return 'หน่วยงานใหม่: กรอก text และแนบ files อย่างน้อย 1 ไฟล์ · หน่วยงานที่เคยได้รับการรับรอง (returning): ตอบ answer: มี เท่านั้น';
    case 'advanced':
      return `กรอก text และแนบ files อย่างน้อย 1 ไฟล์ · score ไม่บังคับ (ไม่กรอก = ${defaultItemPoints(points)} คะแนน, สูงสุด ${max})`;
    case 'outcome':
      return `กรอก text แนบ files อย่างน้อย 1 ไฟล์ และ score (0–${max}) ทุกข้อ`;
  }
}

function pointsText(catalogue: Catalogue, group: ScoredGroupId): string {
  const { points } = catalogue.groups[group];
  return points.kind === 'each'
    ? `ข้อละ ${points.points} คะแนน`
    : `${points.parts.map((p) => `${p.count} ข้อ × ${p.points}`).join(' + ')} คะแนน`;
}

function itemDocs(catalogue: Catalogue, group: GroupId, item: CatalogueItem): Docs {
  const lines = [
    `${catalogue.groups[group].title.th}${group === 'physical' ? ' · ตอบ มี หรือ ไม่มี (ต้อง มี ทุกข้อ)' : ` · ${pointsText(catalogue, group)}`}`,
    ...(item.titlePlaceholder ? ['ชื่อข้อจริงไม่ได้เผยแพร่: ใช้ชื่อแทนตามลำดับข้อ'] : []),
    ...(item.evidence ? [`หลักฐานที่ขอ: ${item.evidence.th}`] : []),
    ...(group === 'physical' ? [] : [howToAnswer(catalogue, group)]),
    item.title.en,
  ];
  return {
    title: itemHeading(item),
    description: lines.join('\n'),
    // the editor shows the title as a heading above it: no need to repeat it here
    markdownDescription: lines.join('\n\n'),
    ...(group === 'physical' ? { errorMessage: `${item.id}: ตอบ มี หรือ ไม่มี` } : {}),
  };
}

function groupDocs(catalogue: Catalogue, group: GroupId): Docs {
  const g = catalogue.groups[group];
  const range = `${g.items.length} ข้อ (${g.items[0]!.id}–${g.items[g.items.length - 1]!.id})`;
  if (group === 'physical') return { title: g.title.th, description: `${range} ตอบ มี ทุกข้อ (ตอบ ไม่มี ข้อเดียว = ถูกตัดสิทธิ์)\n${g.title.en}` };
  const scored = catalogue.groups[group];
  const rule = `${range} · ${pointsText(catalogue, group)} · เต็ม ${groupMaxPoints(scored.points, scored.items.length)}${scored.required !== undefined ? ` · ต้องได้อย่างน้อย ${scored.required}` : ''}`;
  return { title: g.title.th, description: `${rule}\n${g.title.en}` };
}

/**
 * The shape of application.yaml for one criteria edition. Every item is optional here: which
 * items are missing is the rules' business, so that all of them are listed at once. The same
 * schema becomes the JSON Schema that editors use (see schema/answers-json-schema.ts).
 */
export function buildAnswersSchema(catalogue: Catalogue) {
  const { groups } = catalogue;
  // one answer shape per group, shared by its items
  const answerShape = (group: ScoredGroupId) =>
    section(
      z.strictObject({
        // leaves get their own title: without one, an editor shows the item's title on them
        answer: blankable(yesNo(), {
          title: 'answer · ดำเนินการแล้วหรือไม่',
          description: 'ดำเนินการแล้วหรือไม่: มี / ไม่มี (true / false ก็ได้) — หน่วยงานที่เคยได้รับการรับรองตอบเฉพาะข้อนี้ในเกณฑ์พื้นฐาน',
          errorMessage: 'ตอบ มี หรือ ไม่มี',
        }),
        text: blankable(text(), {
          title: 'text · ข้อความ',
          description: 'ข้อความที่จะกรอกใน GECC Online: อธิบายสิ่งที่หน่วยงานทำ\nThe text to enter in GECC Online.',
        }),
        files: blankable(fileList(), filesDocs(catalogue)),
        score: blankable(score(itemMaxPoints(groups[group].points)), {
          title: 'score · คะแนนที่ประเมินตนเอง',
          description: `คะแนนที่ประเมินตนเอง (0–${itemMaxPoints(groups[group].points)})\nSelf-assessed points.`,
          errorMessage: `คะแนนเป็นตัวเลข 0–${itemMaxPoints(groups[group].points)}`,
        }),
      }),
    );
  const items = (group: ScoredGroupId) => {
    const shape = answerShape(group);
    const entries = groups[group].items.map((i) => [i.id, blankable(shape, itemDocs(catalogue, group, i))]);
    return blankable(section(z.strictObject(Object.fromEntries(entries))), groupDocs(catalogue, group));
  };

  return z.strictObject({
    $schema: text().nullish(),
    edition: kind(z.union([z.string(), z.number()]), 'text')
      .nullish()
      .meta({
        description: `ปีของเกณฑ์ในเครื่องหมายคำพูด เช่น "${catalogue.edition}" (ไม่ระบุ = 2566)\nCriteria edition.`,
        examples: [catalogue.edition],
      }),
    unit: required(
      section(
        z.strictObject({
          name: required(filledText(), { description: 'ชื่อหน่วยงาน\nName of the unit.', errorMessage: 'กรอกชื่อหน่วยงาน (ข้อความ)' }),
          kind: required(kind(z.enum(UNIT_KINDS), 'text'), {
            description: 'ประเภทหน่วยงาน: district-office = สำนักงานเขต · department-unit = หน่วยงานสังกัดสำนัก · other = หน่วยงานอื่น',
            errorMessage: 'ประเภทหน่วยงานต้องเป็น district-office, department-unit หรือ other',
          }),
          parent: blankable(text(), { description: 'สังกัด (ไม่บังคับ)\nAffiliation (optional).' }),
          applicant: required(kind(z.enum(APPLICANTS), 'text'), {
            description: 'new = หน่วยงานใหม่ (ยังไม่เคยได้รับการรับรอง) · returning = เคยได้รับการรับรองแล้ว (เกณฑ์พื้นฐานตอบ มี/ไม่มี อย่างเดียว)',
            errorMessage: 'ประเภทผู้สมัครต้องเป็น new หรือ returning',
          }),
          contact: blankable(
            section(
              z.strictObject({
                name: blankable(text(), { description: 'ชื่อผู้ประสานงาน' }),
                phone: blankable(text(), { description: 'เบอร์โทรศัพท์ ในเครื่องหมายคำพูด เช่น "02 123 4567" (ไม่ใส่คำพูด เลข 0 ข้างหน้าจะหาย)' }),
                email: blankable(text(), { description: 'อีเมล' }),
              }),
            ),
            { description: 'ผู้ประสานงาน (GECC Online ถามตอนลงทะเบียน)\nContact person.' },
          ),
        }),
      ),
      { title: 'ข้อมูลหน่วยงาน', description: 'ข้อมูลหน่วยงาน: name, kind, applicant, parent, contact\nUnit details.' },
    ),
    readiness_form: blankable(
      section(
        z.strictObject({
          file: required(filledText(), {
            description: `ไฟล์แบบประเมินความพร้อมที่ลงนามแล้ว (${kindNames('th')}) เช่น files/readiness-form.pdf`,
            errorMessage: 'กรอกชื่อไฟล์แบบประเมินความพร้อม เช่น files/readiness-form.pdf',
          }),
          signer: required(filledText(), { description: 'ชื่อผู้ลงนาม', errorMessage: 'กรอกชื่อผู้ลงนาม' }),
          signer_position: required(filledText(), { description: signerDocs(catalogue), errorMessage: 'กรอกตำแหน่งผู้ลงนาม' }),
        }),
      ),
      { title: 'แบบประเมินความพร้อม', description: 'แบบประเมินความพร้อมที่ลงนามแล้ว: file, signer, signer_position\nThe signed readiness form.' },
    ),
    physical: blankable(
      section(
        z.strictObject(
          Object.fromEntries(groups.physical.items.map((i) => [i.id, blankable(yesNo(), itemDocs(catalogue, 'physical', i))])),
        ),
      ),
      groupDocs(catalogue, 'physical'),
    ),
    basic: items('basic'),
    advanced: items('advanced'),
    outcome: items('outcome'),
  });
}

function signerDocs(catalogue: Catalogue): string {
  const signers = Object.entries(catalogue.readinessForm.signers).map(([k, s]) => `${k}: ${s.title.th}`);
  return ['ตำแหน่งผู้ลงนาม', ...signers].join('\n');
}

/** The sub-schema at a path of the answers, looking through optional and union wrappers. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(segment)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodUnion) {
      const options = current.options as z.ZodType[];
      const array = options.map(unwrap).find((o) => o instanceof z.ZodArray) as z.ZodArray | undefined;
      current = array?.element as z.ZodType | undefined;
    } else return undefined;
  }
  return current && unwrap(current);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
  return current;
}

export function fieldKindOf(schema: z.ZodType | undefined): FieldKind | undefined {
  if (!schema) return undefined;
  return (z.globalRegistry.get(schema) as { geccKind?: FieldKind } | undefined)?.geccKind;
}

export function allowedKeys(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const built = new WeakMap<Catalogue, ReturnType<typeof buildAnswersSchema>>();

/** The answers schema of an edition, built once: a batch checks many applications of one edition. */
export function answersSchemaFor(catalogue: Catalogue): ReturnType<typeof buildAnswersSchema> {
  let schema = built.get(catalogue);
  if (!schema) {
    schema = buildAnswersSchema(catalogue);
    built.set(catalogue, schema);
  }
  return schema;
}
