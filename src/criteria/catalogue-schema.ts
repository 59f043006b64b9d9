import { z } from 'zod';

/** Text in both languages of the tool: Thai first, English beside it. */
export const BilingualText = z.object({ th: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualText>;

const ItemId = z.string().regex(/^[A-Z][0-9]{2}$/, 'an item id is a capital letter and two digits, e.g. B01');

const Provenance = {
  /** id of an entry of `sources` that states this part */
  source: z.string().optional(),
  /** names of the fields of this part that are inferred rather than published */
  inferred: z.array(z.string()).optional(),
};

export const CatalogueItem = z.object({
  id: ItemId,
  /** the item's number in the official book, e.g. "2.12" */
  number: z.string().optional(),
  title: BilingualText,
  /** true: the official title is not published and this is a neutral stand-in */
  titlePlaceholder: z.boolean().optional(),
  titleSource: z.string().optional(),
  /** what evidence the item asks for */
  evidence: BilingualText.optional(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

const Points = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('each'), points: z.number().positive() }),
  z.object({
    kind: z.literal('distribution'),
    parts: z.array(z.object({ points: z.number().positive(), count: z.number().int().positive() })).min(1),
    /** what a complete item without a self-assessed score counts */
    defaultPoints: z.number().nonnegative(),
  }),
]);
export type Points = z.infer<typeof Points>;

const Group = z.object({
  title: BilingualText,
  items: z.array(CatalogueItem).min(1),
  note: BilingualText.optional(),
  ...Provenance,
});

const ScoredGroup = Group.extend({
  points: Points,
  /** the least score the group must reach; absent where no group threshold is published */
  required: z.number().nonnegative().optional(),
});

export const Catalogue = z.object({
  $comment: z.string().optional(),
  edition: z.string().min(1),
  title: BilingualText,
  sources: z
    .array(z.object({ id: z.string().min(1), title: BilingualText, covers: z.string().optional(), reference: z.string().optional() }))
    .min(1),
  window: z
    .object({ opens: z.iso.datetime({ offset: true }), closes: z.iso.datetime({ offset: true }), timeZone: z.string(), ...Provenance })
    .optional(),
  attachments: z.object({
    maxBytes: z.number().int().positive(),
    warnBytes: z.number().int().positive(),
    types: z.array(z.enum(['pdf', 'jpeg'])).min(1),
    ...Provenance,
  }),
  readinessForm: z.object({
    required: z.boolean(),
    signers: z.partialRecord(
      z.enum(['district-office', 'department-unit', 'other']),
      z.object({ title: BilingualText, pattern: z.string() }),
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
  passTotal: z.number().nonnegative().optional(),
  levels: z.array(z.object({ id: z.string(), title: BilingualText, min: z.number(), max: z.number() })).optional(),
});
export type Catalogue = z.infer<typeof Catalogue>;
export type GroupId = keyof Catalogue['groups'];
export type ScoredGroupId = Exclude<GroupId, 'physical'>;
export const GROUP_IDS = ['physical', 'basic', 'advanced', 'outcome'] as const satisfies readonly GroupId[];
export const SCORED_GROUP_IDS = ['basic', 'advanced', 'outcome'] as const satisfies readonly ScoredGroupId[];
export const GROUP_PREFIX: Record<GroupId, string> = { physical: 'P', basic: 'B', advanced: 'A', outcome: 'R' };
