// The glossary's US foreign-affairs agencies (current and historic) and US government programs abroad.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const US_FOREIGN_AFFAIRS: readonly GlossaryEntry[] = [];
