// The glossary's UN system beyond the core entries: organs, agencies, funds, missions, tribunals.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const UN_SYSTEM: readonly GlossaryEntry[] = [];
