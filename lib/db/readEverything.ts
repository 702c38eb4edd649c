// Reads everything the reader saved, in one read transaction, for the export of everything and
// the backup: both then describe the same moment even while a tab is saving a highlight.

import type { BackupData } from '../export/backupFormat';
import type { GlossDatabase } from './schema';
import { allHighlights, allPages, allTermNotes } from './store';

/**
 * Every page, highlight and note on a glossary entry, as one consistent snapshot. Why: an export
 * or a backup taken while another tab writes must not hold a highlight without its page.
 */
export function readEverything(db: GlossDatabase): Promise<BackupData> {
  return db.transaction('r', db.pages, db.highlights, db.termNotes, async () => {
    const [pages, highlights, termNotes] = await Promise.all([
      allPages(db),
      allHighlights(db),
      allTermNotes(db),
    ]);
    return { pages, highlights, termNotes };
  });
}
