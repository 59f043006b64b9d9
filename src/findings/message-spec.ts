import type { Severity } from './finding.js';

export type Lang = 'th' | 'en';
export const LANGS = ['th', 'en'] as const satisfies readonly Lang[];

export interface MessageText<A> {
  /** what is wrong, in one sentence */
  text: (args: A) => string;
  /** how to put it right */
  fix?: (args: A) => string;
}

/** Every finding code has a default severity and a text in every language: a gap fails to compile. */
export type MessageSpec<A> = { severity: Severity } & { [L in Lang]: MessageText<A> };

/** Declares one message; the type parameter is the shape of the finding's `args`. */
export function message<A extends object = Record<never, never>>(spec: MessageSpec<A>): MessageSpec<A> {
  return spec;
}

export function formatMegabytes(bytes: number): string {
  return typeof bytes === 'number' ? (bytes / 1_048_576).toFixed(2) : String(bytes);
}
