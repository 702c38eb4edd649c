// How the reader's highlights and notes stand against their last backup: how many are kept, how
// many were saved or changed after it, and when the oldest of those was first saved (what the backup
// reminder, lib/safekeeping/backupReminder.ts, decides on). Reads only; one read transaction.

import type { GlossDatabase } from './schema';

/** The reader's highlights and notes on organizations, as they stand against the last backup. */
export interface SavedWork {
  /** How many are kept now. */
  count: number;
  /** How many were saved or changed after the last backup was made (all of them, with none). */
  changedSince: number;
  /** When the oldest of those saved or changed since was first saved; null when there are none. */
  firstSavedAt: number | null;
}

/**
 * The saved work against a backup made at `since` (null: none made). Why it reads as it does: the
 * count comes from the index of highlight ids, without reading a record; only the pages changed
 * after `since` are read (their `updatedAt` index), so once the reader keeps backups a library
 * of 10,000 highlights costs a few records; with no backup every page is read. Notes on
 * organizations are few and read whole.
 */
export function loadSavedWork(db: GlossDatabase, since: number | null): Promise<SavedWork> {
  return db.transaction('r', db.pageHighlights, db.termNotes, async () => {
    const after = since ?? -Infinity;
    const [highlights, changedPages, notes] = await Promise.all([
      db.pageHighlights.orderBy('ids').count(),
      db.pageHighlights.where('updatedAt').above(after).toArray(),
      db.termNotes.toArray(),
    ]);
    let changedSince = 0;
    let firstSavedAt = Infinity;
    const take = (createdAt: number, updatedAt: number) => {
      if (!(updatedAt > after)) return;
      changedSince += 1;
      if (createdAt < firstSavedAt) firstSavedAt = createdAt;
    };
    for (const page of changedPages) {
      const { createdAt, updatedAt } = page.columns;
      for (let i = 0; i < createdAt.length; i++) take(createdAt[i]!, updatedAt[i]!);
    }
    for (const note of notes) take(note.createdAt, note.updatedAt);
    return {
      count: highlights + notes.length,
      changedSince,
      firstSavedAt: changedSince === 0 ? null : firstSavedAt,
    };
  });
}
