/**
 * The names of the report formats, apart from the reporters themselves: the command line needs
 * the names at start-up, the reporters (and what they load) only when a report is written.
 */
export const FORMAT_NAMES = ['human', 'json', 'csv', 'findings-csv', 'junit', 'html'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export const isFormatName = (name: string): name is FormatName => (FORMAT_NAMES as readonly string[]).includes(name);

/** Formats read on a terminal: a spinner on stderr may run while they go to stdout (not beside a program's input). */
export const TERMINAL_FORMATS: readonly FormatName[] = ['human'];
