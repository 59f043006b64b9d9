import * as z from 'zod';
import { ATTACHMENT_TYPES } from '../attachment-kinds.js';
import { groupDigits } from './group-digits.js';
import { UNIT_KINDS } from './unit-kinds.js';

/**
 * Limits that no real catalogue comes near: a number or a text beyond them is a slip (23e9
 * points, Infinity, a pasted book), refused with the field's name before anything is shown.
 */
const CATALOGUE_LIMITS = {
  itemPoints: 100,
  groupItems: 200,
  groupPoints: 10_000,
  attachmentBytes: 100 * 1_048_576,
  text: 2_000,
  positions: 20,
} as const;

/** A whole number in a range, with a message in both languages that says so. */
const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: `ต้องเป็นตัวเลข ${min}–${groupDigits(max)} (must be a number from ${min} to ${groupDigits(max)})` })
    .int({
      error: `ต้องเป็นจำนวนเต็ม ${min}–${groupDigits(max)} (must be a whole number from ${min} to ${groupDigits(max)})`,
    })
    .min(min, { error: `ต้องไม่น้อยกว่า ${min} (must be at least ${min})` })
    .max(max, { error: `ต้องไม่เกิน ${groupDigits(max)} (must be at most ${groupDigits(max)})` });

/**
 * The shape of a catalogue, built on first use: only a catalogue of the user's own (--criteria,
 * `gecc criteria`) is checked against it; the shipped ones are checked by the tests before release.
 */
function buildCatalogueSchema() {
  const Text = (max: number = CATALOGUE_LIMITS.text) =>
    z
      .string()
      .min(1, { error: 'ต้องมีข้อความ (must not be empty)' })
      .max(max, { error: `ข้อความยาวเกิน ${max} ตัวอักษร (longer than ${max} characters)` });

  /** Text in both languages of the tool: Thai first, English beside it. */
  const BilingualText = z.object({ th: Text(), en: Text() });

  const ItemId = z.string().regex(/^[A-Z][0-9]{2}$/, 'an item id is a capital letter and two digits, e.g. B01');

  const Provenance = {
    /** id of an entry of `sources` that states this part */
    source: z.string().optional(),
    /** names of the fields of this part that are inferred rather than published */
    inferred: z.array(z.string()).optional(),
  };

  const CatalogueItem = z.object({
    id: ItemId,
    /** the item's number in the official book, e.g. "2.12" */
    number: z.string().optional(),
    title: BilingualText,
    /** true: the official title is not published and this is a neutral stand-in */
    titlePlaceholder: z.boolean().optional(),
    titleSource: z.string().optional(),
    /** what evidence the item asks for */
    evidence: BilingualText.optional(),
    /** the item's own points where the official book gives them (they must fit the group's points) */
    points: wholeNumber(1, CATALOGUE_LIMITS.itemPoints).optional(),
  });

  const ItemPoints = wholeNumber(1, CATALOGUE_LIMITS.itemPoints);
  const Points = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('each'), points: ItemPoints }),
    z.object({
      kind: z.literal('distribution'),
      parts: z
        .array(z.object({ points: ItemPoints, count: wholeNumber(1, CATALOGUE_LIMITS.groupItems) }))
        .min(1)
        .max(20),
      /** what a complete item without a self-assessed score counts */
      defaultPoints: wholeNumber(0, CATALOGUE_LIMITS.itemPoints),
    }),
  ]);

  const Group = z.object({
    title: BilingualText,
    items: z.array(CatalogueItem).min(1).max(CATALOGUE_LIMITS.groupItems),
    note: BilingualText.optional(),
    ...Provenance,
  });

  const ScoredGroup = Group.extend({
    points: Points,
    /** the least score the group must reach; absent where no group threshold is published */
    required: wholeNumber(0, CATALOGUE_LIMITS.groupPoints).optional(),
  });

  return z.object({
    $comment: z.string().optional(),
    edition: Text(40),
    title: BilingualText,
    sources: z
      .array(z.object({ id: Text(100), title: BilingualText, covers: z.string().optional(), reference: z.string().optional() }))
      .min(1)
      .max(50),
    window: z
      .object({ opens: z.iso.datetime({ offset: true }), closes: z.iso.datetime({ offset: true }), timeZone: Text(60), ...Provenance })
      .optional(),
    attachments: z.object({
      maxBytes: wholeNumber(1, CATALOGUE_LIMITS.attachmentBytes),
      warnBytes: wholeNumber(1, CATALOGUE_LIMITS.attachmentBytes),
      types: z.array(z.enum(ATTACHMENT_TYPES)).min(1),
      ...Provenance,
    }),
    readinessForm: z.object({
      required: z.boolean(),
      signers: z.partialRecord(
        z.enum(UNIT_KINDS),
        z.object({
          title: BilingualText,
          /** positions that fit, written out in full; the written position must start with one of them (see signer-position.ts) */
          positions: z.array(Text(200)).min(1).max(CATALOGUE_LIMITS.positions),
          /** longer positions that start like an accepted one but are not it (ผู้อำนวยการสำนักงาน… is not ผู้อำนวยการสำนัก…) */
          excluding: z.array(Text(200)).max(CATALOGUE_LIMITS.positions).optional(),
          /** the head's title that, followed by the unit's parent (สังกัด), is the one position that fits: ผู้อำนวยการ + สำนักอนามัย */
          headOfParent: Text(200).optional(),
        }),
      ),
      ...Provenance,
    }),
    groups: z.object({
      physical: Group.extend({ rule: z.literal('all-yes') }),
      basic: ScoredGroup,
      advanced: ScoredGroup,
      outcome: ScoredGroup,
    }),
    /** the least total for certification, where only a total is published */
    passTotal: wholeNumber(0, 3 * CATALOGUE_LIMITS.groupPoints).optional(),
    levels: z
      .array(
        z.object({
          id: Text(40),
          title: BilingualText,
          min: wholeNumber(0, 3 * CATALOGUE_LIMITS.groupPoints),
          max: wholeNumber(0, 3 * CATALOGUE_LIMITS.groupPoints),
        }),
      )
      .max(20)
      .optional(),
  });
}

let built: ReturnType<typeof buildCatalogueSchema> | undefined;

export function catalogueSchema(): ReturnType<typeof buildCatalogueSchema> {
  built ??= buildCatalogueSchema();
  return built;
}

export type Catalogue = z.infer<ReturnType<typeof buildCatalogueSchema>>;
export type CatalogueItem = Catalogue['groups']['basic']['items'][number];
export type Points = Catalogue['groups']['basic']['points'];
export type GroupId = keyof Catalogue['groups'];
export type ScoredGroupId = Exclude<GroupId, 'physical'>;
