// End to end: the keyboard shortcuts and the selection context menu in the built extension in real
// Chromium. The shortcuts are pressed as browser-level key events through the DevTools protocol
// (Input.dispatchKeyEvent, "rawKeyDown"), which Chromium routes through its own accelerator
// handling before the page, so the manifest's suggested keys, the commands API and the activeTab
// grant of a real press are all exercised. Playwright's keyboard.press did not trigger them when
// tried (it sends "keyDown"; a CDP "keyDown" did not either, "rawKeyDown" does). A native context
// menu cannot be opened and clicked in headless Chromium, so the menu's items are checked to exist
// and their click is dispatched to the background's real onClicked listener from the service
// worker (which grants no activeTab: the menu on a page outside afsa.org is not covered here).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { launchHeldToQuota } from './quotaBuild';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { inUi, paintedTexts } from './pageActions';

type ExtensionApi = typeof import('wxt/browser').browser;

const demo = demoPage();
/** An article page outside afsa.org: no content script until the reader asks for it. */
const OTHER_SITE = 'https://journal-reader.example/migration-diplomacy';
const fixture = (file: string) => readFileSync(join(FIXTURES_DIR, file), 'utf8');
let browser: LaunchedBrowser;
let worker: Worker;

/** Launches the build (or, `heldToQuota`, the copy a quota can fill: test/e2e/quotaBuild.ts). */
async function launch(heldToQuota = false): Promise<void> {
  browser = heldToQuota ? await launchHeldToQuota() : await launchWithExtension();
  await servePages(browser.context, [
    { url: demo.url, html: () => fixture(demo.file) },
    { url: OTHER_SITE, html: () => fixture('article-migration-diplomacy.html') },
  ]);
  worker =
    browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
}

before(() => launch());
after(() => browser?.close());

async function open(url: string, state: string | null = 'ready'): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  if (state !== null) await tab.waitForSelector(`html[data-gloss-state="${state}"]`);
  await tab.bringToFront();
  return tab;
}

/** Presses Alt+Shift+<letter> as the browser sees a key press, before the page does. */
async function pressShortcut(tab: Page, letter: string): Promise<void> {
  const cdp = await tab.context().newCDPSession(tab);
  const key = {
    modifiers: 1 | 8, // Alt, Shift
    key: letter,
    code: `Key${letter}`,
    windowsVirtualKeyCode: letter.charCodeAt(0),
    nativeVirtualKeyCode: letter.charCodeAt(0),
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
}

/** Selects `phrase` inside the text node that holds it (no pointer: no toolbar is shown). */
async function selectPhrase(tab: Page, phrase: string): Promise<void> {
  await tab.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${phrase}" not found`);
  }, phrase);
}

/** Clicks a context-menu item as Chromium would report it to the background: for the active tab. */
async function clickMenuItem(menuItemId: string, selectionText: string): Promise<void> {
  await worker.evaluate(
    async ({ menuItemId, selectionText }) => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const event = chrome.contextMenus.onClicked as unknown as {
        dispatch(info: object, tab: object): void;
      };
      event.dispatch({ menuItemId, selectionText, editable: false, pageUrl: '' }, tab!);
    },
    { menuItemId, selectionText },
  );
}

/** The text of each painted highlight in page order, once none is waiting to be saved. */
async function savedHighlights(tab: Page, count: number): Promise<string[]> {
  await tab.waitForFunction(
    (n) =>
      new Set(
        [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
          e.getAttribute('data-gloss-highlight'),
        ),
      ).size === n && document.querySelector('[data-gloss-save]') === null,
    count,
  );
  return paintedTexts(tab);
}

const toastText = async (tab: Page) => (await inUi(tab, '[data-toast]').textContent()) ?? '';

describe('the shortcuts the manifest suggests', () => {
  it('are assigned on install, each with a description', async () => {
    const commands = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.commands.getAll(),
    );
    const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
    assert.equal(byName['toggle-overlay']?.shortcut, 'Alt+Shift+G');
    assert.equal(byName['highlight-selection']?.shortcut, 'Alt+Shift+H');
    assert.equal(byName['open-notes']?.shortcut, 'Alt+Shift+J');
    for (const name of ['toggle-overlay', 'highlight-selection', 'open-notes']) {
      assert.ok(byName[name]!.description!.length > 10, `${name} has a description`);
    }
  });
});

describe('highlighting from the keyboard', () => {
  it('Alt+Shift+H highlights the selection and saves it', async () => {
    const tab = await open(demo.url);
    await selectPhrase(tab, 'Tracking who has moved');
    await pressShortcut(tab, 'H');
    assert.deepEqual(await savedHighlights(tab, 1), ['Tracking who has moved']);
    assert.equal(await tab.evaluate(() => document.getSelection()!.isCollapsed), true);
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.deepEqual(await savedHighlights(tab, 1), ['Tracking who has moved']);
    await tab.close();
  });

  it('says what to do when nothing is selected, and paints nothing', async () => {
    const tab = await open(demo.url);
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.evaluate(() => document.getSelection()!.removeAllRanges());
    await pressShortcut(tab, 'H');
    await inUi(tab, '[data-toast]').waitFor();
    assert.match(await toastText(tab), /Select a passage of the article first/);
    assert.equal((await savedHighlights(tab, 1)).length, 1);
    await tab.close();
  });

  it('on a page outside afsa.org, runs the overlay there first (activeTab) and highlights', async () => {
    const tab = await open(OTHER_SITE, null);
    assert.equal(await tab.evaluate(() => document.documentElement.dataset.glossState), undefined);
    await selectPhrase(tab, 'A family crossing a river at night');
    await pressShortcut(tab, 'H');
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    assert.deepEqual(await savedHighlights(tab, 1), ['A family crossing a river at night']);
    await tab.close();
  });
});

describe('on a page extensions may not touch', () => {
  it('the toolbar button shows "!" and its tooltip says why', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('chrome://version/');
    await tab.bringToFront();
    const badge = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return {
          text: await chrome.action.getBadgeText({ tabId: tab!.id! }),
          title: await chrome.action.getTitle({ tabId: tab!.id! }),
        };
      });
    assert.deepEqual(await badge(), { text: '', title: 'FSJ Gloss' });
    await selectPhrase(tab, 'Chromium');
    await pressShortcut(tab, 'H');
    // Nothing in the page can be waited on: ask the browser until the badge is set.
    let shown = await badge();
    for (let attempt = 0; shown.text === '' && attempt < 200; attempt++) {
      await tab.waitForTimeout(50);
      shown = await badge();
    }
    assert.equal(shown.text, '!');
    assert.match(shown.title, /cannot work on this page/);
    await tab.close();
  });
});

describe('turning the overlay off and on from the keyboard', () => {
  it('Alt+Shift+G switches the site off and back on, remembered like the popup’s switch', async () => {
    const tab = await open(demo.url);
    const disabledSites = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        return (await chrome.storage.local.get('disabledSites')).disabledSites;
      });
    await pressShortcut(tab, 'G');
    await tab.waitForSelector('html[data-gloss-state="off"]');
    assert.equal(await tab.locator('[data-gloss-term]').count(), 0);
    assert.deepEqual(await disabledSites(), ['www.afsa.org']);

    // While it is off, a highlight is refused with a reason.
    await selectPhrase(tab, 'Herders, traders');
    await pressShortcut(tab, 'H');
    await inUi(tab, '[data-toast]').waitFor();
    assert.match(await toastText(tab), /switched off on this site/);
    assert.equal(await tab.locator('[data-gloss-highlight]').count(), 0);

    await pressShortcut(tab, 'G');
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    assert.ok((await tab.locator('[data-gloss-term]').count()) > 0);
    assert.deepEqual(await disabledSites(), []);
    await tab.close();
  });
});

describe('opening the notes page from the keyboard', () => {
  it('Alt+Shift+J opens the extension’s notes page in a new tab', async () => {
    const tab = await open(demo.url);
    const opened = browser.context.waitForEvent('page');
    await pressShortcut(tab, 'J');
    const notes = await opened;
    // Asked of the browser, which knows the tab's address even before (or without) the page.
    const urls = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      return (await chrome.tabs.query({})).map((t) => t.pendingUrl ?? t.url);
    });
    assert.ok(
      urls.includes(`chrome-extension://${browser.extensionId}/notes.html`),
      urls.join(', '),
    );
    await notes.close();
    await tab.close();
  });
});

describe('the context menu on a selection', () => {
  it('has the items Highlight and Add note', async () => {
    // Updating an item that does not exist fails: that is how the background can tell.
    const updates = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      const results: boolean[] = [];
      for (const id of ['gloss-highlight', 'gloss-add-note', 'gloss-no-such-item']) {
        results.push(
          await chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        );
      }
      return results;
    });
    assert.deepEqual(updates, [true, true, false]);
  });

  it('Highlight paints and saves the selection', async () => {
    const tab = await open(demo.url);
    const before = (await savedHighlights(tab, 1)).length;
    await selectPhrase(tab, 'Managing Mobility Beyond');
    await clickMenuItem('gloss-highlight', 'Managing Mobility Beyond');
    assert.ok((await savedHighlights(tab, before + 1)).includes('Managing Mobility Beyond'));
    await tab.close();
  });

  it('Add note opens the note editor for the selection; saving it makes the highlight', async () => {
    const tab = await open(demo.url);
    const before = (await savedHighlights(tab, 2)).length;
    await selectPhrase(tab, 'seasonal workers');
    await clickMenuItem('gloss-add-note', 'seasonal workers');
    const editor = inUi(tab, '[data-gloss-editor] textarea');
    await editor.waitFor();
    assert.equal(
      await editor.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
      true,
    );
    assert.equal(await tab.locator('[data-gloss-highlight]').count(), before);
    await tab.keyboard.type('Who counts them at the border?');
    // A highlight shortcut while the note is being written waits, and keeps what was typed.
    await pressShortcut(tab, 'H');
    await inUi(tab, '[data-toast]').waitFor();
    assert.match(await toastText(tab), /Save or cancel the note/);
    assert.equal(await editor.inputValue(), 'Who counts them at the border?');
    await inUi(tab, '[data-gloss-editor] button[type="submit"]').click();
    assert.ok((await savedHighlights(tab, before + 1)).includes('seasonal workers'));
    await tab.locator('[data-gloss-highlight]', { hasText: 'seasonal workers' }).first().click();
    assert.equal(
      await inUi(tab, '[data-highlight-card] .note').textContent(),
      'Who counts them at the border?',
    );
    await tab.close();
  });
});

describe('when the save fails', () => {
  it('the shortcut’s highlight stays painted, says why, and Retry saves it', async () => {
    // A browser of its own, on a fresh profile: on the profile the tests above wrote to, the
    // override below failed no write (seen, not explained; test/e2e/highlights.test.ts does the
    // same). A build held to a quota, as a full disk holds the real one.
    await browser.close();
    await launch(true);
    // Chromium is told the extension's storage quota is one byte, through the DevTools protocol
    // of one of the extension's own pages.
    const ownPage = await browser.context.newPage();
    await ownPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const devtools = await browser.context.newCDPSession(ownPage);
    const origin = `chrome-extension://${browser.extensionId}`;
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const tab = await open(demo.url);
    await selectPhrase(tab, 'Bamako last autumn');
    await pressShortcut(tab, 'H');
    const toast = inUi(tab, '[data-toast="error"]');
    await toast.waitFor();
    assert.match((await toast.textContent()) ?? '', /Highlight not saved: there is no room left/);
    assert.equal(
      await tab.locator('[data-gloss-save="failed"]').first().textContent(),
      'Bamako last autumn',
    );

    await devtools.send('Storage.overrideQuotaForOrigin', { origin });
    await inUi(tab, '[data-toast="error"] button:text("Retry")').click();
    await tab.waitForFunction(() => document.querySelector('[data-gloss-save]') === null);
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.equal(
      await tab.locator('[data-gloss-highlight]', { hasText: 'Bamako last autumn' }).count(),
      1,
    );
    await ownPage.close();
    await tab.close();
  });
});
