// The glossary's regional and international organizations, alliances, financial institutions and courts.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const INTERNATIONAL: readonly GlossaryEntry[] = [];
