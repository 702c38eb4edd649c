// How an edit made on the notes page reaches the store: the values the reader saved, with the
// values the editor opened with, so that a change made meanwhile in another tab is not
// overwritten; and what to tell the reader when the store refuses.

import { toStoreError, typedTextKept } from '../../lib/db/errors';
import type { NotesItem } from '../../lib/notes/items';
import type { ItemChanges } from './ItemEditor';
import type { NotesActions } from './NotesApp';

/** Sends the edit of one item: its note (and a highlight's tags and colour) and what they were. */
export function saveItem(
  actions: Pick<NotesActions, 'updateHighlight' | 'updateTermNote'>,
  item: NotesItem,
  changes: ItemChanges,
): Promise<unknown> {
  const { from } = changes;
  if (item.kind !== 'highlight') {
    return actions.updateTermNote(item.record.id, { note: changes.note }, { note: from.note });
  }
  const recolour = changes.color !== null && from.color !== null;
  return actions.updateHighlight(
    item.record.id,
    {
      note: changes.note,
      tags: changes.tags,
      ...(recolour ? { color: changes.color! } : {}),
    },
    { note: from.note, tags: [...from.tags], ...(recolour ? { color: from.color! } : {}) },
  );
}

/**
 * The message for a refused edit. After a conflict the editor stays open, and the typed note is
 * in the message too, so it outlives the editor when the reader reopens the item to see the other
 * version.
 */
export function saveFailureMessage(error: unknown, changes: ItemChanges): string {
  const { kind, message } = toStoreError(error);
  const typed = kind === 'conflict' && changes.note !== changes.from.note;
  return typed ? message + typedTextKept(changes.note) : message;
}
