// End to end: a reader's database as the release before kept it (schema version 3: one record
// per highlight, in a table this version no longer has) is upgraded in real Chromium when the new
// version opens it. Every highlight comes back painted on its page and listed on the notes page,
// and the old table is gone.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { highlightsOf, type PageHighlightsRecord } from '../../lib/db/pageHighlights';
import { DB_NAME } from '../../lib/db/schema';
import type { HighlightRecord, PageRecord, TermNoteRecord } from '../../lib/db/types';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { FIXTURES_DIR, readManifest, servePages } from '../../scripts/browser/serve';
import { highlight, paintedTexts } from './pageActions';

const march = readManifest().find((p) => p.file === 'seo-0313-page28.html')!;
let browser: LaunchedBrowser;

before(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [
    { url: march.url, html: () => readFileSync(join(FIXTURES_DIR, march.file), 'utf8') },
  ]);
});
after(async () => {
  await browser?.close();
});

interface Stored {
  pages: PageRecord[];
  pageHighlights: PageHighlightsRecord[];
  termNotes: TermNoteRecord[];
  version: number;
  stores: string[];
}

/**
 * A tab in the extension's origin that runs none of its scripts (the manifest, shown as text), so
 * it holds no connection to the database of its own.
 */
async function plainExtensionTab(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return tab;
}

/** Everything in the database, read with bare IndexedDB. */
function readStored(tab: Page): Promise<Stored> {
  return tab.evaluate(
    (name) =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const wanted = ['pages', 'pageHighlights', 'termNotes'].filter((s) => stores.includes(s));
          const tx = db.transaction(wanted, 'readonly');
          const out: Record<string, unknown> = { version: db.version, stores };
          for (const store of wanted) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (out[store] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as Stored);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    DB_NAME,
  );
}

/**
 * Deletes the database (the service worker's connection closes itself when asked) and makes it
 * again as schema version 3 left it, with these records, with bare IndexedDB. Dexie keeps version
 * n as IndexedDB version 10n, and names a compound index after its key paths.
 */
function writeVersion3(
  tab: Page,
  data: { pages: PageRecord[]; highlights: HighlightRecord[]; termNotes: TermNoteRecord[] },
): Promise<void> {
  return tab.evaluate(
    ({ name, pages, highlights, termNotes }) =>
      new Promise<void>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase(name);
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const open = indexedDB.open(name, 30);
          open.onerror = () => reject(open.error);
          open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('pages', { keyPath: 'url' }).createIndex('updatedAt', 'updatedAt');
            const store = db.createObjectStore('highlights', { keyPath: 'id' });
            store.createIndex('[pageUrl+selectors.position.start]', [
              'pageUrl',
              'selectors.position.start',
            ]);
            store.createIndex('updatedAt', 'updatedAt');
            db.createObjectStore('termNotes', { keyPath: 'id' }).createIndex('entryId', 'entryId');
          };
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['pages', 'highlights', 'termNotes'], 'readwrite');
            for (const page of pages) tx.objectStore('pages').put(page);
            for (const h of highlights) tx.objectStore('highlights').put(h);
            for (const note of termNotes) tx.objectStore('termNotes').put(note);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { name: DB_NAME, ...data },
  );
}

describe('upgrading the previous release’s database', () => {
  it('keeps every highlight: painted again on its page and listed on the notes page', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(march.url);
    await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
    await highlight(tab, 'Herders, traders', 'seasonal');
    await highlight(tab, 'Managing Mobility', 'the Emergency', '2');
    const painted = await paintedTexts(tab);
    assert.equal(painted.length, 2);

    const plain = await plainExtensionTab();
    const saved = await readStored(plain);
    const highlights = saved.pageHighlights.flatMap(highlightsOf);
    assert.equal(highlights.length, 2);
    await writeVersion3(plain, { pages: saved.pages, highlights, termNotes: saved.termNotes });
    const old = await readStored(plain);
    assert.equal(old.version, 30);
    assert.deepEqual(old.stores.sort(), ['highlights', 'pages', 'termNotes']);

    // The page asks the service worker for its highlights: the database is opened and upgraded.
    await tab.reload();
    await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
    await tab.waitForFunction(
      (n) => document.querySelectorAll('[data-gloss-highlight]').length >= n,
      2,
    );
    assert.deepEqual(await paintedTexts(tab), painted);

    const upgraded = await readStored(plain);
    assert.equal(upgraded.version, 60);
    assert.deepEqual(upgraded.stores.sort(), [
      'pageHighlights',
      'pageMentions',
      'pages',
      'termNotes',
    ]);
    assert.deepEqual(
      upgraded.pageHighlights.flatMap(highlightsOf).sort((a, b) => (a.id < b.id ? -1 : 1)),
      [...highlights].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );

    const notes = await browser.context.newPage();
    await notes.goto(`chrome-extension://${browser.extensionId}/notes.html`);
    await notes.locator('[data-notes-list] [data-item]').nth(1).waitFor();
    const quotes = await notes.evaluate(() =>
      [...document.querySelectorAll('[data-item] .quote')].map((q) => q.textContent),
    );
    assert.deepEqual(quotes, [
      'Managing Mobility Beyond the Emergency',
      'Herders, traders and seasonal',
    ]);
  });
});
