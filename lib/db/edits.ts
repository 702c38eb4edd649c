// Edits of saved records, made from a view the reader had open (a highlight's card, the notes
// page): each writes only the fields the reader changed, and only while they still hold what the
// view started from (lib/db/fieldMerge.ts). Otherwise the edit is refused as a conflict and
// nothing is written, so an edit from a stale view never overwrites one made in another tab. An
// edit is stamped after the record's last time (lib/db/clock.ts), so it wins any later merge.

import { editTime } from './clock';
import { StoreFailure } from './errors';
import { mergeEdit } from './fieldMerge';
import { withHighlight } from './pageHighlights';
import type { GlossDatabase } from './schema';
import { check, findHeld, notFound } from './storeGuards';
import type { HighlightChanges, HighlightRecord, TermNoteChanges, TermNoteRecord } from './types';

/** The fields given a value (direct callers may pass `undefined` for "not this one"). */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** `base` cut to the fields that `changes` changes. */
function baseOf<T extends object>(base: T, changes: T): T {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, base[key as keyof T]])) as T;
}

const FIELD_NAMES: Record<keyof HighlightChanges, string> = {
  note: 'note',
  color: 'colour',
  tags: 'tags',
  selectors: 'place in the text',
  quote: 'place in the text',
  entryIds: 'organizations',
};

/**
 * The sentence for an edit of a highlight refused because `fields` changed meanwhile. When the
 * edit carried a new note, the reader is told their text was kept (the views keep it: the card in
 * its message, the notes page in its editor).
 */
function highlightConflict(fields: (keyof HighlightChanges)[], newNote: boolean): StoreFailure {
  if (fields.includes('note')) {
    return new StoreFailure(
      'conflict',
      'This note was changed in another tab since you opened it; your text was kept — reopen the highlight to see both.',
    );
  }
  const names = [...new Set(fields.map((field) => FIELD_NAMES[field]))];
  const plural = names.length > 1 || names[0] === 'tags' || names[0] === 'organizations';
  const yours = newNote
    ? 'your note was not saved, but your text was kept — reopen the highlight to see the change'
    : 'your change was not saved — reopen the highlight to see it';
  return new StoreFailure(
    'conflict',
    `This highlight’s ${names.join(' and ')} ${plural ? 'were' : 'was'} changed in another tab since you opened it; ${yours}.`,
  );
}

/**
 * Changes the fields of a saved highlight the reader changed from `base` (what the view showed),
 * and stamps `updatedAt` and the page's with `now`, or just after the highlight's last time; reads and writes in one transaction, so two tabs changing
 * different fields both keep theirs. An edit that changes nothing writes nothing.
 */
export async function updateHighlight(
  db: GlossDatabase,
  id: string,
  changes: HighlightChanges,
  base: HighlightChanges,
  now: number = Date.now(),
): Promise<HighlightRecord> {
  const changed = defined(changes);
  const from = defined(baseOf(base, changed));
  check({ type: 'gloss:highlights:update', id, changes: changed, base: from });
  return db.transaction('rw', db.pages, db.pageHighlights, async () => {
    const { holder, current } = await findHeld(db, id);
    const outcome = mergeEdit(current, changed, from);
    if (outcome.kind === 'conflict') {
      throw highlightConflict(outcome.fields, 'note' in changed && changed.note !== from.note);
    }
    if (Object.keys(outcome.fields).length === 0) return current;
    const updatedAt = editTime(current, now);
    const next: HighlightRecord = { ...current, ...outcome.fields, updatedAt };
    await db.pageHighlights.put(withHighlight(holder, next));
    const page = await db.pages.get(current.pageUrl);
    if (page && page.updatedAt < updatedAt) await db.pages.put({ ...page, updatedAt });
    return next;
  });
}

/** Changes the text of a note on a glossary entry, by the same rules as updateHighlight. */
export async function updateTermNote(
  db: GlossDatabase,
  id: string,
  changes: TermNoteChanges,
  base: TermNoteChanges,
  now: number = Date.now(),
): Promise<TermNoteRecord> {
  const changed = defined(changes);
  const from = defined(baseOf(base, changed));
  check({ type: 'gloss:term-notes:update', id, changes: changed, base: from });
  return db.transaction('rw', db.termNotes, async () => {
    const current = await db.termNotes.get(id);
    if (!current) throw notFound('This note');
    const outcome = mergeEdit(current, changed, from);
    if (outcome.kind === 'conflict') {
      throw new StoreFailure(
        'conflict',
        'This note was changed in another tab since you opened it; your text was kept — reopen the note to see both.',
      );
    }
    if (Object.keys(outcome.fields).length === 0) return current;
    const next: TermNoteRecord = {
      ...current,
      ...outcome.fields,
      updatedAt: editTime(current, now),
    };
    await db.termNotes.put(next);
    return next;
  });
}
