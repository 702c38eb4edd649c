// Options page entry: connects the options (sites where the overlay is off, term cards, how many
// mentions are marked, colour names, the reader's own glossary entries) to extension storage, and shows changes made
// elsewhere (the popup's per-site switch) as they happen; and the "Your data" section (export,
// backup, import) to the database, which lives in this origin.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CardSettingsForm } from '../../components/CardSettingsForm';
import { ColorNamesForm } from '../../components/ColorNamesForm';
import { MarkDensityForm } from '../../components/MarkDensityForm';
import { SiteSwitches } from '../../components/SiteSwitches';
import { UserEntriesEditor } from '../../components/UserEntriesEditor';
import { CARD_SETTINGS_KEY, readCardSettings } from '../../lib/card/cardSettings';
import { GLOSSARY } from '../../lib/glossary/entries';
import { toMatchingEntries } from '../../lib/glossary/types';
import {
  readUserEntries,
  USER_ENTRIES_KEY,
  withUnreadable,
  type UserEntry,
} from '../../lib/glossary/userEntries';
import { TakeAway } from '../../components/data/TakeAway';
import { takeAwayWiring } from '../../components/data/takeAwayWiring';
import { GlossDatabase } from '../../lib/db/schema';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import { MARK_DENSITY_KEY, readMarkDensity } from '../../lib/overlay/markDensity';
import { DISABLED_SITES_KEY, readDisabledSites } from '../../lib/overlay/siteSettings';
import '../../components/swatches.css';
import './options.css';

const KEYS = [
  DISABLED_SITES_KEY,
  CARD_SETTINGS_KEY,
  MARK_DENSITY_KEY,
  COLOR_NAMES_KEY,
  USER_ENTRIES_KEY,
];
const builtIn = toMatchingEntries(GLOSSARY);
const set = (key: string) => (value: unknown) => browser.storage.local.set({ [key]: value });
/** Saves the reader's entries without dropping stored items that could not be read. */
async function saveUserEntries(list: UserEntry[]): Promise<void> {
  const stored = await browser.storage.local.get(USER_ENTRIES_KEY);
  await set(USER_ENTRIES_KEY)(withUnreadable(stored[USER_ENTRIES_KEY], list));
}

/** The database lives in this origin; one connection for the page's life. */
const database = new GlossDatabase();
/** "Your data"'s wiring, made once: it follows the database and asks the browser to keep it. */
const takeAway = takeAwayWiring(database);
function show(stored: Record<string, unknown>) {
  render(
    <main>
      <h1>FSJ Gloss options</h1>
      <SiteSwitches
        sites={readDisabledSites(stored[DISABLED_SITES_KEY])}
        onChange={set(DISABLED_SITES_KEY)}
      />
      <CardSettingsForm
        settings={readCardSettings(stored[CARD_SETTINGS_KEY])}
        onSave={set(CARD_SETTINGS_KEY)}
      />
      <MarkDensityForm
        density={readMarkDensity(stored[MARK_DENSITY_KEY])}
        onSave={set(MARK_DENSITY_KEY)}
      />
      <ColorNamesForm
        names={readColorNames(stored[COLOR_NAMES_KEY])}
        onSave={(names) => set(COLOR_NAMES_KEY)(readColorNames(names))}
      />
      <UserEntriesEditor
        entries={readUserEntries(stored[USER_ENTRIES_KEY])}
        builtIn={builtIn}
        onSave={saveUserEntries}
      />
      <TakeAway db={database} {...takeAway} />
    </main>,
    document.getElementById('app')!,
  );
}

async function main() {
  show(await browser.storage.local.get(KEYS));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) {
      void browser.storage.local.get(KEYS).then(show);
    }
  });
}

void main();
