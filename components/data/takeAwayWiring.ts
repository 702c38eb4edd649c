// How the pages that mount "Your data" wire it: the names an export writes, read as they are now
// (the reader's colour names and their own glossary entries beside the built-in ones), the export
// worker that writes the Markdown of everything, starting that worker ahead of an export, and how
// the data is kept (navigator.storage, the last backup in storage.local, the database watched).

import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { loadSavedWork } from '../../lib/db/savedWork';
import type { GlossDatabase } from '../../lib/db/schema';
import { safekeeping, type Safekeeping } from '../../lib/safekeeping/feed';
import { LAST_BACKUP_KEY, type LastBackup } from '../../lib/safekeeping/lastBackup';
import { askToKeep, usageOf } from '../../lib/safekeeping/storageStanding';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../../lib/glossary/userEntries';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import { exportOffThread, warmExportWorker } from './exportOffThread';
import type { MarkdownShape } from './takeAwayActions';

/** The reader's colour names and own glossary entries, as stored now (read at each export). */
const readStoredNames = () => browser.storage.local.get([COLOR_NAMES_KEY, USER_ENTRIES_KEY]);

async function loadExportNames() {
  const stored = await readStoredNames();
  return {
    colorNames: readColorNames(stored[COLOR_NAMES_KEY]),
    lookupEntry: entryLabelLookup(stored[USER_ENTRIES_KEY]),
  };
}

const EXPORT_WORKER = '/export-worker.js';

/** Gets the export worker ready for `db` (TakeAway's onIntent). */
function warmExportFor(db: GlossDatabase): void {
  warmExportWorker(browser.runtime.getURL(EXPORT_WORKER), db.name);
}

/** The Markdown of everything, written in the export worker with the names as stored now. */
async function exportWithStoredNames(db: GlossDatabase, shape: MarkdownShape, now: number) {
  const stored = await readStoredNames();
  return exportOffThread(browser.runtime.getURL(EXPORT_WORKER), db, {
    shape,
    now,
    storedColorNames: stored[COLOR_NAMES_KEY],
    storedUserEntries: stored[USER_ENTRIES_KEY],
  });
}

/**
 * How the data in `db` is kept, followed from this page: it asks the browser to keep it as it
 * starts (an extension page may; see lib/safekeeping/storageStanding.ts).
 */
function safekeepingOf(db: GlossDatabase): Safekeeping {
  return safekeeping({
    askToKeep: () =>
      askToKeep(navigator.storage, {
        contains: ({ permissions }) =>
          browser.permissions.contains({ permissions } as Parameters<
            typeof browser.permissions.contains
          >[0]),
      }),
    usage: () => usageOf(navigator.storage),
    loadLastBackup: async () => (await browser.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY],
    saveLastBackup: (last: LastBackup) => browser.storage.local.set({ [LAST_BACKUP_KEY]: last }),
    watchLastBackup(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && LAST_BACKUP_KEY in changes)
          onChange(changes[LAST_BACKUP_KEY]!.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    watchWork(since, onData, onError) {
      const subscription = liveQuery(() => loadSavedWork(db, since)).subscribe({
        next: onData,
        error: onError,
      });
      return () => subscription.unsubscribe();
    },
  });
}

/**
 * What the pages give "Your data" for `db`: the stored names, the export worker, its warm-up, and
 * how the data is kept. Call it once per page: it starts following the database.
 */
export function takeAwayWiring(db: GlossDatabase) {
  return {
    loadNames: loadExportNames,
    exportMarkdown: (shape: MarkdownShape, now: number) => exportWithStoredNames(db, shape, now),
    onIntent: () => warmExportFor(db),
    safekeeping: safekeepingOf(db),
  };
}
