// The glossary's Foreign Service associations, unions and foundations, NGOs and think tanks.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const CIVIL_SOCIETY: readonly GlossaryEntry[] = [];
