import type { NameProblem } from '../findings/messages/content.js';
import { hasInvisible, INVISIBLE } from '../invisible-characters.js';

export interface NameRisk {
  problems: NameProblem[];
  /** the characters upload forms reject, as found in the name */
  characters: string;
  suggestion: string;
}

/** upload forms and Windows refuse these in a file name */
const REJECTED = /[#%&?\\:*"<>|]/g;
/** longer names are cut by forms and break Windows' 260-character path limit */
const MAX_NAME = 100;
const SUGGESTED_STEM = 60;

/** Why a file name may be refused by an upload form, and a name that would not be; undefined if fine. */
export function riskyName(name: string): NameRisk | undefined {
  const problems: NameProblem[] = [];
  if ([...name].length > MAX_NAME) problems.push('too-long');
  if (hasInvisible(name)) problems.push('control-characters');
  if (/^\s|\s$|\s\s|\s\.[^.]*$/u.test(name)) problems.push('spaces');
  const characters = [...new Set(name.match(REJECTED) ?? [])].join(' ');
  if (characters) problems.push('characters');
  return problems.length === 0 ? undefined : { problems, characters, suggestion: saferName(name) };
}

/** The same name without what forms reject: kept recognisable, extension kept. */
export function saferName(name: string): string {
  const dot = name.lastIndexOf('.');
  const hasExtension = dot > 0 && dot >= name.length - 6;
  const clean = (part: string) => part.replace(INVISIBLE, '').replace(REJECTED, '-').replace(/\s+/gu, ' ').replace(/-{2,}/g, '-').trim();
  const extension = hasExtension ? clean(name.slice(dot)).replace(/\s/g, '').toLowerCase() : '';
  let stem = clean(hasExtension ? name.slice(0, dot) : name);
  const chars = [...stem];
  if (chars.length > SUGGESTED_STEM) stem = chars.slice(0, SUGGESTED_STEM).join('').trim();
  return `${stem.replace(/^[-. ]+|[-. ]+$/g, '') || 'file'}${extension}`;
}
