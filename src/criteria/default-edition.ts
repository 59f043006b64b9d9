/** The edition checked when an application names none (kept apart so `gecc --version` loads nothing else). */
export const DEFAULT_EDITION = '2566';
