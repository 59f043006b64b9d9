/** The names the answers file may have in an application folder, the first preferred. */
export const ANSWERS_FILES = ['application.yaml', 'application.yml'] as const;
