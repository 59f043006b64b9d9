/** The names the answers file may have in an application folder, the first preferred. */
export const ANSWERS_FILES = ['application.yaml', 'application.yml'] as const;

/** A round's settings at the root of a batch folder: the division's file, not a unit's answers. */
export const ROUND_CONFIG_FILE = 'gecc.config.yaml';
