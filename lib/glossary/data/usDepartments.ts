// The glossary's US executive departments, the White House and their component agencies.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const US_DEPARTMENTS: readonly GlossaryEntry[] = [];
