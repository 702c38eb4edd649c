// The notes page's first read: the most recently changed highlights, every note on an organization,
// and the pages these were made on, from any store that answers the few questions it asks: bare
// IndexedDB, before Dexie has loaded (bareFirstRead.ts), or Dexie's tables when only Dexie can.

import { settledAfter, type NotesData } from '../notes/items';
import { changedPagesOf, newestHighlights, type ChangedPages } from './newestHighlights';
import type { GlossDatabase } from './schema';
import { byEntryThenMade } from './termNoteOrder';
import type { PageRecord, TermNoteRecord } from './types';

/**
 * Highlights read for the first screen, before the rest: more than a tall window shows at first
 * (components/notes/NotesApp.tsx firstScreenItems). Each comes with the other highlights kept on
 * its page (lib/db/pageHighlights.ts), so every one more can cost a page more to read.
 */
export const FIRST_READ = 30;

/** What the first read asks of a store, besides its pages by latest change. */
export interface FirstScreenSource extends ChangedPages {
  /** The page records of these addresses; an address with no record is skipped. */
  pages(urls: string[]): Promise<PageRecord[]>;
  /** Every note on an organization, in any order. */
  termNotes(): Promise<TermNoteRecord[]>;
}

/**
 * The `limit` newest highlights, all notes on organizations and only the pages these were made on:
 * enough to draw the notes page's first screen exactly as the whole library would (see
 * settledAfter), long before all 10,000 highlights are read.
 */
export async function readFirstScreen(
  source: FirstScreenSource,
  limit: number,
): Promise<NotesData> {
  // Both reads are asked for at once: the database answers them in turn, with no wait between.
  const [highlights, termNotes] = await Promise.all([
    newestHighlights(source, limit),
    source.termNotes(),
  ]);
  const urls = new Set<string>();
  for (const item of [...highlights, ...termNotes]) urls.add(item.pageUrl);
  return {
    highlights,
    pages: await source.pages([...urls]),
    termNotes: termNotes.sort(byEntryThenMade),
    partial: { after: settledAfter(highlights, limit) },
  };
}

/**
 * The first read from Dexie's tables, in one transaction: when the bare read cannot be made (no
 * database yet, or one Dexie must upgrade first).
 */
export function readFirstScreenFrom(db: GlossDatabase, limit: number): Promise<NotesData> {
  const source: FirstScreenSource = {
    ...changedPagesOf(db),
    pages: async (urls) =>
      (await db.pages.bulkGet(urls)).filter((page): page is PageRecord => page !== undefined),
    termNotes: () => db.termNotes.toArray(),
  };
  return db.transaction('r', db.pageHighlights, db.pages, db.termNotes, () =>
    readFirstScreen(source, limit),
  );
}
