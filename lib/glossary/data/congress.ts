// The glossary's congressional bodies: the chambers, the committees FSJ names, Congress's agencies and commissions.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const CONGRESS: readonly GlossaryEntry[] = [];
