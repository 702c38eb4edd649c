// Edits of saved records, made from a view the reader had open (a highlight's card, the notes
// page): each changes some fields of the record as it is stored now, in one transaction.

import { withHighlight } from './pageHighlights';
import type { GlossDatabase } from './schema';
import { check, findHeld } from './storeGuards';
import type { HighlightChanges, HighlightRecord } from './types';

/**
 * Changes some fields of a saved highlight and stamps `updatedAt` (and the page's), reading and
 * writing in one transaction so that two tabs changing different fields both keep theirs.
 */
export async function updateHighlight(
  db: GlossDatabase,
  id: string,
  changes: HighlightChanges,
  now: number = Date.now(),
): Promise<HighlightRecord> {
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as HighlightChanges;
  check({ type: 'gloss:highlights:update', id, changes: defined });
  return db.transaction('rw', db.pages, db.pageHighlights, async () => {
    const { holder, current } = await findHeld(db, id);
    const next: HighlightRecord = { ...current, ...defined, updatedAt: now };
    await db.pageHighlights.put(withHighlight(holder, next));
    const page = await db.pages.get(current.pageUrl);
    if (page && page.updatedAt < now) await db.pages.put({ ...page, updatedAt: now });
    return next;
  });
}
