// The notes page's database side: Dexie, the store's reads and writes, and watching for changes.
// main.tsx loads it as a chunk of its own once the first screen is drawn: that screen is read
// without Dexie (lib/db/bareFirstRead.ts), and Dexie's 100 KB would only hold it up. Wiring only.

import { liveQuery } from 'dexie';
import type { NotesActions } from '../../components/notes/NotesApp';
import { updateHighlight, updateTermNote } from '../../lib/db/edits';
import { readFirstScreenFrom } from '../../lib/db/firstScreenRead';
import { readEverything } from '../../lib/db/readEverything';
import { GlossDatabase } from '../../lib/db/schema';
import {
  deleteHighlight,
  deleteTermNote,
  restoreHighlight,
  saveTermNote,
} from '../../lib/db/store';

export const db = new GlossDatabase();

export const databaseActions: NotesActions = {
  readNewest: (limit) => readFirstScreenFrom(db, limit),
  watch(onData, onError) {
    const subscription = liveQuery(() => readEverything(db)).subscribe({
      next: onData,
      error: onError,
    });
    return () => subscription.unsubscribe();
  },
  updateHighlight: (id, changes, base) => updateHighlight(db, id, changes, base),
  deleteHighlight: (id) => deleteHighlight(db, id),
  restoreHighlight: (page, record) => restoreHighlight(db, page, record),
  saveTermNote: (note) => saveTermNote(db, note),
  updateTermNote: (id, changes, base) => updateTermNote(db, id, changes, base),
  deleteTermNote: (id) => deleteTermNote(db, id),
};
