// The names an export writes, read as they are now: the reader's colour names and their own
// glossary entries beside the built-in ones. Shared by the pages that mount "Your data".

import { browser } from 'wxt/browser';
import { entryLabelLookup } from '../../lib/glossary/cardEntries';
import { USER_ENTRIES_KEY } from '../../lib/glossary/userEntries';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';

export async function loadExportNames() {
  const stored = await browser.storage.local.get([COLOR_NAMES_KEY, USER_ENTRIES_KEY]);
  return {
    colorNames: readColorNames(stored[COLOR_NAMES_KEY]),
    lookupEntry: entryLabelLookup(stored[USER_ENTRIES_KEY]),
  };
}
