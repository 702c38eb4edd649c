// Reads everything the reader saved, in one read transaction, for the export of everything and
// the backup: both then describe the same moment even while a tab is saving a highlight.

import type { BackupData } from '../export/backupFormat';
import type { GlossDatabase } from './schema';
import type { HighlightRecord, PageRecord } from './types';
import { allPages, allTermNotes } from './store';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The highlights by page address, then by place on the page, then by id: the order
 * `allHighlights` gives. Grouped by address first and each page's few highlights sorted apart,
 * so that 10,000 of them are not sorted by comparing long, alike addresses again and again.
 */
function inPageOrder(highlights: readonly HighlightRecord[]): HighlightRecord[] {
  const byPage = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights) {
    const list = byPage.get(highlight.pageUrl);
    if (list) list.push(highlight);
    else byPage.set(highlight.pageUrl, [highlight]);
  }
  const ordered: HighlightRecord[] = [];
  for (const url of [...byPage.keys()].sort(byText)) {
    const list = byPage.get(url) ?? [];
    list.sort(
      (a, b) => a.selectors.position.start - b.selectors.position.start || byText(a.id, b.id),
    );
    for (const highlight of list) ordered.push(highlight);
  }
  return ordered;
}

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
 * table is read in one request in key order, the three at once, and sorted here: with 10,000
 * highlights that is faster than reading them through the page-order index.
 */
export function readEverything(db: GlossDatabase): Promise<BackupData> {
  return db.transaction('r', db.pages, db.highlights, db.termNotes, async () => {
    const [pages, highlights, termNotes] = await Promise.all([
      pagesNewestFirst(db),
      db.highlights.toArray(),
      allTermNotes(db),
    ]);
    return { pages, highlights: inPageOrder(highlights), termNotes };
  });
}
