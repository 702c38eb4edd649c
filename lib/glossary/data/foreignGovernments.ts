// The glossary's foreign government bodies and non-state armed groups that FSJ articles name.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const FOREIGN_GOVERNMENTS: readonly GlossaryEntry[] = [];
