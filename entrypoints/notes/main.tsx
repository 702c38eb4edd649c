// Notes page entry (a tab, Chrome's side panel, Firefox's sidebar): connects the notes page to the
// database, which it reads directly (it lives in this origin). The first screen is read with bare
// IndexedDB calls and drawn before Dexie is even loaded; Dexie (database.ts) comes next, to read
// everything, watch it with liveQuery, and write.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Deferred } from '../../components/notes/Deferred';
import { NotesApp, type NotesActions } from '../../components/notes/NotesApp';
import { bareFirstRead } from '../../lib/db/bareFirstRead';
import { CURRENT_VERSION, DB_NAME } from '../../lib/db/databaseName';
import { FIRST_READ } from '../../lib/db/firstScreenRead';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../../lib/glossary/userEntries';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import type { NotesData } from '../../lib/notes/items';
import '../../components/swatches.css';
import './notes.css';

/** Dexie and the store (database.ts), loaded when first needed: after the first screen. */
let databaseLoad: Promise<typeof import('./database')> | null = null;
const database = () => (databaseLoad ??= import('./database'));

// The first screen's reads start at once. Its highlights are read with bare IndexedDB calls
// (lib/db/bareFirstRead.ts), or by Dexie when only Dexie can read them (no database yet, or one to
// upgrade). The page's first call takes them (a failure reaches the page there).
let early: Promise<NotesData> | null = bareFirstRead(
  { indexedDB, IDBKeyRange },
  DB_NAME,
  CURRENT_VERSION,
  FIRST_READ,
)
  .catch(() => null)
  .then(async (data) => data ?? (await database()).databaseActions.readNewest(FIRST_READ));
early.catch(() => undefined);
/** The colour names and the reader's own glossary entries, as stored. */
const settings: Promise<Record<string, unknown>> = browser.storage.local
  .get([COLOR_NAMES_KEY, USER_ENTRIES_KEY])
  .catch(() => ({}));

/** How long the page stays blank for the first screen's data before it shows "Reading…". */
const WAIT_FOR_FIRST_READ = 150;

const actions: NotesActions = {
  readNewest(limit) {
    const read =
      early !== null && limit === FIRST_READ
        ? early
        : database().then(({ databaseActions }) => databaseActions.readNewest(limit));
    early = null;
    return read;
  },
  watch(onData, onError) {
    let stop: (() => void) | null = null;
    let stopped = false;
    database().then(({ databaseActions }) => {
      if (!stopped) stop = databaseActions.watch(onData, onError);
    }, onError);
    return () => {
      stopped = true;
      stop?.();
    };
  },
  updateHighlight: async (id, changes, base) =>
    (await database()).databaseActions.updateHighlight(id, changes, base),
  deleteHighlight: async (id) => (await database()).databaseActions.deleteHighlight(id),
  restoreHighlight: async (page, record) =>
    (await database()).databaseActions.restoreHighlight(page, record),
  saveTermNote: async (note) => (await database()).databaseActions.saveTermNote(note),
  updateTermNote: async (id, changes, base) =>
    (await database()).databaseActions.updateTermNote(id, changes, base),
  deleteTermNote: async (id) => (await database()).databaseActions.deleteTermNote(id),
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
 * "Your data" (how the data is kept, export, backup, import) with its zip and Markdown code: a
 * chunk of its own, loaded once the page is idle, so the first screen does not wait for it. It is
 * drawn once it knows how the data is kept and when the last backup was made, all at once, so it
 * does not grow line by line as the answers come. Opening it asks the browser to keep the data.
 */
const loadTakeAway = () =>
  Promise.all([
    import('../../components/data/TakeAway'),
    import('../../components/data/takeAwayWiring'),
    database(),
  ]).then(async ([{ TakeAway }, { takeAwayWiring }, { db }]) => {
    const wiring = takeAwayWiring(db);
    await wiring.safekeeping.ready;
    return <TakeAway db={db} {...wiring} />;
  });

async function main() {
  const stored = await settings;
  lookupEntry = entryLabelLookup(stored[USER_ENTRIES_KEY]);
  const colorNames = readColorNames(stored[COLOR_NAMES_KEY]);
  // Drawn with the first screen's data when it comes soon, rather than "Reading…" for a frame.
  const first = await Promise.race([
    early!.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_FOR_FIRST_READ)),
  ]);
  if (first) early = null;
  render(
    <NotesApp
      actions={actions}
      colorNames={colorNames}
      names={entryName}
      first={first}
      dataSlot={
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
