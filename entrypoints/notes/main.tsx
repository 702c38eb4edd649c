// Notes page entry (a tab, Chrome's side panel, Firefox's sidebar): connects the notes page to the
// database, which it reads directly (it lives in this origin) and watches with Dexie's liveQuery.

import { liveQuery } from 'dexie';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Deferred } from '../../components/notes/Deferred';
import { FIRST_READ, NotesApp, type NotesActions } from '../../components/notes/NotesApp';
import { exportWithStoredNames, loadExportNames } from '../../components/data/loadExportNames';
import { GlossDatabase } from '../../lib/db/schema';
import { readEverything } from '../../lib/db/readEverything';
import { newestHighlights } from '../../lib/db/newestHighlights';
import {
  allTermNotes,
  deleteHighlight,
  deleteTermNote,
  pagesOf,
  restoreHighlight,
  saveTermNote,
  updateHighlight,
} from '../../lib/db/store';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../../lib/glossary/userEntries';
import { settledAfter, type NotesData } from '../../lib/notes/items';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import '../../components/swatches.css';
import './notes.css';

const db = new GlossDatabase();

function readNewest(limit: number): Promise<NotesData> {
  return db.transaction('r', db.pageHighlights, db.pages, db.termNotes, async () => {
    // Both reads are asked for at once: the database answers them in turn, with no wait between.
    const [newest, termNotes] = await Promise.all([newestHighlights(db, limit), allTermNotes(db)]);
    return {
      highlights: newest,
      // Only the pages these items were made on: the first screen shows nothing else.
      pages: await pagesOf(
        db,
        [...newest, ...termNotes].map((item) => item.pageUrl),
      ),
      termNotes,
      partial: { after: settledAfter(newest, limit) },
    };
  });
}

// The first screen's read starts now, while the page loads its settings and renders; the page's
// first call takes it (a failure reaches the page there).
let early: Promise<NotesData> | null = readNewest(FIRST_READ);
early.catch(() => undefined);

const actions: NotesActions = {
  readNewest(limit) {
    const read = early !== null && limit === FIRST_READ ? early : readNewest(limit);
    early = null;
    return read;
  },
  watch(onData, onError) {
    const subscription = liveQuery(() => readEverything(db)).subscribe({
      next: onData,
      error: onError,
    });
    return () => subscription.unsubscribe();
  },
  updateHighlight: (id, changes) => updateHighlight(db, id, changes),
  deleteHighlight: (id) => deleteHighlight(db, id),
  restoreHighlight: (page, record) => restoreHighlight(db, page, record),
  saveTermNote: (note) => saveTermNote(db, note),
  deleteTermNote: (id) => deleteTermNote(db, id),
};

/** An organization as the reader knows it: "International Organization for Migration (IOM)". */
let lookupEntry = entryLabelLookup(undefined);
function entryName(id: string): string {
  const entry = lookupEntry(id);
  if (!entry) return id;
  const acronym = entry.acronyms[0];
  return acronym ? `${entry.name} (${acronym})` : entry.name;
}

/**
 * "Your data" (export, backup, import) with its zip and Markdown code: a chunk of its own, loaded
 * once the page is idle, so the first screen does not wait for it.
 */
const loadTakeAway = () =>
  import('../../components/data/TakeAway').then(({ TakeAway }) => (
    <TakeAway
      db={db}
      loadNames={loadExportNames}
      exportMarkdown={(shape, now) => exportWithStoredNames(db, shape, now)}
    />
  ));

async function main() {
  // Ask the browser to keep the extension's data (highlights, notes) under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const stored = await browser.storage.local
    .get([COLOR_NAMES_KEY, USER_ENTRIES_KEY])
    .catch(() => ({}) as Record<string, unknown>);
  lookupEntry = entryLabelLookup(stored[USER_ENTRIES_KEY]);
  render(
    <NotesApp
      actions={actions}
      colorNames={readColorNames(stored[COLOR_NAMES_KEY])}
      names={entryName}
      headerSlot={
        <Deferred
          load={loadTakeAway}
          failure="Export and backup could not be loaded. Reload the page to try again."
        />
      }
    />,
    document.getElementById('app')!,
  );
}

void main();
