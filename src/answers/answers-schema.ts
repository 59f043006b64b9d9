import { z } from 'zod';
import type { Catalogue, GroupId } from '../criteria/catalogue-schema.js';
import { itemMaxPoints } from '../criteria/points.js';

/** How a field is explained when its value is of the wrong kind (see schema-findings.ts). */
export type FieldKind = 'text' | 'number' | 'section' | 'file-list' | 'yes-no';

export const UNIT_KINDS = ['district-office', 'department-unit', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const APPLICANTS = ['new', 'returning'] as const;
export type Applicant = (typeof APPLICANTS)[number];
export const YES = 'มี';
export const NO = 'ไม่มี';

const kind = <T extends z.ZodType>(schema: T, fieldKind: FieldKind, description?: string): T =>
  schema.meta({ geccKind: fieldKind, ...(description ? { description } : {}) });

const text = (description?: string) => kind(z.string(), 'text', description);
const yesNo = (description: string) =>
  kind(z.union([z.enum([YES, NO]), z.boolean()]), 'yes-no', `${description} — มี / ไม่มี (true / false ก็ได้)`);
const fileList = () =>
  kind(
    z.union([z.string(), z.array(z.string())]),
    'file-list',
    'ไฟล์แนบ (PDF หรือ JPEG ไม่เกิน 5 MB) อ้างจากโฟลเดอร์ใบสมัคร เช่น files/B01.pdf',
  );
const score = (max: number) => kind(z.number().min(0), 'number', `คะแนนที่ประเมินตนเอง (0–${max})`);

function itemLabel(catalogue: Catalogue, group: GroupId, id: string): string {
  const item = catalogue.groups[group].items.find((i) => i.id === id)!;
  return `${item.number ? `${item.number} ` : ''}${item.title.th}${item.titlePlaceholder ? ' (ชื่อข้อจริงไม่ได้เผยแพร่)' : ''}`;
}

/**
 * The shape of application.yaml for one criteria edition. Every item is optional here: which
 * items are missing is the rules' business, so that all of them are listed at once. An empty
 * value (`B01:` with nothing after it) is null in YAML and means "not answered yet", as in a
 * freshly started form.
 */
export function buildAnswersSchema(catalogue: Catalogue) {
  const { groups } = catalogue;
  const items = <G extends Exclude<GroupId, 'physical'>>(group: G, entry: (id: string) => z.ZodType) =>
    kind(
      z.strictObject(Object.fromEntries(groups[group].items.map((i) => [i.id, entry(i.id).nullish()]))),
      'section',
      groups[group].title.th,
    );
  const entry = (group: Exclude<GroupId, 'physical'>) => (id: string) =>
    kind(
      z.strictObject({
        answer: yesNo('ดำเนินการแล้วหรือไม่').nullish(),
        text: text('ข้อความที่จะกรอกใน GECC Online').nullish(),
        files: fileList().nullish(),
        score: score(itemMaxPoints(groups[group].points)).nullish(),
      }),
      'section',
      itemLabel(catalogue, group, id),
    );

  return z.strictObject({
    $schema: text().nullish(),
    edition: kind(z.union([z.string(), z.number()]), 'text', 'ปีของเกณฑ์ เช่น "2566"').nullish(),
    unit: kind(
      z.strictObject({
        name: text('ชื่อหน่วยงาน'),
        kind: kind(z.enum(UNIT_KINDS), 'text', 'ประเภทหน่วยงาน: district-office (สำนักงานเขต), department-unit (หน่วยงานสังกัดสำนัก), other'),
        parent: text('สังกัด').nullish(),
        applicant: kind(z.enum(APPLICANTS), 'text', 'new = หน่วยงานใหม่ (ยังไม่เคยได้รับการรับรอง), returning = เคยได้รับการรับรองแล้ว'),
        contact: kind(
          z.strictObject({
            name: text('ชื่อผู้ประสานงาน').nullish(),
            phone: text('เบอร์โทรศัพท์ ในเครื่องหมายคำพูด เช่น "02 123 4567"').nullish(),
            email: text('อีเมล').nullish(),
          }),
          'section',
          'ผู้ประสานงาน',
        ).nullish(),
      }),
      'section',
      'ข้อมูลหน่วยงาน',
    ),
    readiness_form: kind(
      z.strictObject({
        file: text('ไฟล์แบบประเมินความพร้อมที่ลงนามแล้ว เช่น files/readiness-form.pdf'),
        signer: text('ชื่อผู้ลงนาม'),
        signer_position: text('ตำแหน่งผู้ลงนาม'),
      }),
      'section',
      'แบบประเมินความพร้อมที่ลงนามแล้ว',
    ).nullish(),
    physical: kind(
      z.strictObject(Object.fromEntries(groups.physical.items.map((i) => [i.id, yesNo(itemLabel(catalogue, 'physical', i.id)).nullish()]))),
      'section',
      groups.physical.title.th,
    ).nullish(),
    basic: items('basic', entry('basic')).nullish(),
    advanced: items('advanced', entry('advanced')).nullish(),
    outcome: items('outcome', entry('outcome')).nullish(),
  });
}

export type AnswersSchema = ReturnType<typeof buildAnswersSchema>;

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
