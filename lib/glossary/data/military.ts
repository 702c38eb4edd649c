// The glossary's US military services and commands, current and historic, and allied commands FSJ names.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const MILITARY: readonly GlossaryEntry[] = [];
