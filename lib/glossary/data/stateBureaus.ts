// The glossary's State Department bureaus and offices, current and historic.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const STATE_BUREAUS: readonly GlossaryEntry[] = [];
