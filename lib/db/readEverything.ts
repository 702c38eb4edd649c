// Reads everything the reader saved, in one read transaction, for the export of everything and
// the backup: both then describe the same moment even while a tab is saving a highlight.

import type { BackupData } from '../export/backupFormat';
import { byText } from './pageHighlights';
import type { GlossDatabase } from './schema';
import type { PageRecord } from './types';
import { allHighlights, allPages, allTermNotes } from './store';

/**
 * Every page, most recently saved first: the order `allPages` gives (the updatedAt index read
 * backwards, ties by address, last first), sorted here from one plain read of the table, which is
 * quicker than walking the index backwards with a cursor. Should a page's updatedAt not be a
 * number (then the index leaves the page out), the index is read after all.
 */
async function pagesNewestFirst(db: GlossDatabase): Promise<PageRecord[]> {
  const pages = await db.pages.toArray();
  if (!pages.every((page) => typeof page.updatedAt === 'number' && !Number.isNaN(page.updatedAt)))
    return allPages(db);
  return pages.sort((a, b) => b.updatedAt - a.updatedAt || byText(b.url, a.url));
}

/**
 * Every page, highlight and note on a glossary entry, as one consistent snapshot. Why: an export
 * or a backup taken while another tab writes must not hold a highlight without its page. Each
 * table is read in one request, the three at once; highlights come in page order as they are kept
 * (one record per page, lib/db/pageHighlights.ts).
 */
export function readEverything(db: GlossDatabase): Promise<BackupData> {
  return db.transaction('r', db.pages, db.pageHighlights, db.termNotes, async () => {
    const [pages, highlights, termNotes] = await Promise.all([
      pagesNewestFirst(db),
      allHighlights(db),
      allTermNotes(db),
    ]);
    return { pages, highlights, termNotes };
  });
}
