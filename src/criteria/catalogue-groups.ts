import type { GroupId, ScoredGroupId } from './catalogue-schema.js';

// apart from the catalogue's schema: what reads a catalogue needs these, not the schema's library
export const GROUP_IDS = ['physical', 'basic', 'advanced', 'outcome'] as const satisfies readonly GroupId[];
export const SCORED_GROUP_IDS = ['basic', 'advanced', 'outcome'] as const satisfies readonly ScoredGroupId[];
export const GROUP_PREFIX: Record<GroupId, string> = { physical: 'P', basic: 'B', advanced: 'A', outcome: 'R' };
