// Options page entry: connects the colour-names form to extension storage, and the "Your data"
// section (export, backup, import) to the database, which lives in this origin.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ColorNamesForm } from '../../components/ColorNamesForm';
import { TakeAway } from '../../components/data/TakeAway';
import { GlossDatabase } from '../../lib/db/schema';
import { COLOR_NAMES_KEY, readColorNames } from '../../lib/highlights/colorNames';
import './options.css';

async function main() {
  // Ask the browser to keep the extension's data (highlights, notes) under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const stored = await browser.storage.local.get(COLOR_NAMES_KEY);
  render(
    <main>
      <h1>FSJ Gloss options</h1>
      <ColorNamesForm
        names={readColorNames(stored[COLOR_NAMES_KEY])}
        onSave={async (names) => {
          await browser.storage.local.set({ [COLOR_NAMES_KEY]: readColorNames(names) });
        }}
      />
      <TakeAway
        db={new GlossDatabase()}
        loadColorNames={async () =>
          readColorNames((await browser.storage.local.get(COLOR_NAMES_KEY))[COLOR_NAMES_KEY])
        }
      />
    </main>,
    document.getElementById('app')!,
  );
}

void main();
