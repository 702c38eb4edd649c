// Reads everything the reader saved, in one read transaction, for the export of everything and
// the backup: both then describe the same moment even while a tab is saving a highlight.

import type { BackupData } from '../export/backupFormat';
import type { GlossDatabase } from './schema';
import type { HighlightRecord } from './types';
import { allPages, allTermNotes } from './store';

/** By page address, then by place on the page, then by id: the order `allHighlights` gives. */
function pageOrder(a: HighlightRecord, b: HighlightRecord): number {
  if (a.pageUrl !== b.pageUrl) return a.pageUrl < b.pageUrl ? -1 : 1;
  const byStart = a.selectors.position.start - b.selectors.position.start;
  if (byStart !== 0) return byStart;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every page, highlight and note on a glossary entry, as one consistent snapshot. Why: an export
 * or a backup taken while another tab writes must not hold a highlight without its page. The
 * highlights are read in one request in key order and sorted here: with 10,000 of them that is
 * faster than reading them through the page-order index.
 */
export function readEverything(db: GlossDatabase): Promise<BackupData> {
  return db.transaction('r', db.pages, db.highlights, db.termNotes, async () => {
    const [pages, highlights, termNotes] = await Promise.all([
      allPages(db),
      db.highlights.toArray(),
      allTermNotes(db),
    ]);
    return { pages, highlights: highlights.sort(pageOrder), termNotes };
  });
}
