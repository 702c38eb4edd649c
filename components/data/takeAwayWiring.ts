// How the pages that mount "Your data" wire it: the names an export writes, read as they are now
// (the reader's colour names and their own glossary entries beside the built-in ones), the export
// worker that writes the Markdown of everything, and starting that worker ahead of an export.

import { browser } from 'wxt/browser';
import type { GlossDatabase } from '../../lib/db/schema';
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

/** What the pages give "Your data" for `db`: the stored names, the export worker, its warm-up. */
export function takeAwayWiring(db: GlossDatabase) {
  return {
    loadNames: loadExportNames,
    exportMarkdown: (shape: MarkdownShape, now: number) => exportWithStoredNames(db, shape, now),
    onIntent: () => warmExportFor(db),
  };
}
