import { DEFAULT_EDITION } from '../criteria/default-edition.js';
import { PACKAGE_VERSION } from '../package-root.js';

/** What `gecc --version` prints: answered without loading the rest of the program. */
export const VERSION_TEXT = `${PACKAGE_VERSION} (criteria ${DEFAULT_EDITION})`;
