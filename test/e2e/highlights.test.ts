// End to end: highlights and notes in the built extension in real Chromium, on the demo FSJ page
// at its afsa.org address. A reader selects across a line break and presses H; the highlight is
// painted, saved in the extension's own database (never in the page's origin), and comes back on
// reload and after the browser is closed and opened again on the same profile. Notes are edited
// and highlights deleted (with undo) through the page's UI; when the page's text changes, one
// highlight is placed by fuzzy matching and one is listed as not found.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/browser/launch';
import { launchHeldToQuota } from './quotaBuild';
import { demoPage, FIXTURES_DIR, servePages } from '../../scripts/browser/serve';
import { highlight, inUi, openPopupFor as openPopupAs, selectText } from './pageActions';

const demo = demoPage();
/** The same page at its http:// address, the form many archive links still use. */
const demoOverHttp = demo.url.replace(/^https:/, 'http:');
const original = readFileSync(join(FIXTURES_DIR, demo.file), 'utf8');
/** What the demo address serves now: a test may edit the page between loads. */
let served = original;
const profile = mkdtempSync(join(tmpdir(), 'fsj-gloss-highlights-'));
let browser: LaunchedBrowser;

async function launch(): Promise<void> {
  browser = await launchWithExtension({ userDataDir: profile });
  await servePages(browser.context, [{ url: demo.url, html: () => served }]);
}

before(launch);
after(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openDemo(url = demo.url): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  await tab.waitForSelector('html[data-gloss-state="ready"]', { timeout: 15_000 });
  return tab;
}

/** The text of each painted highlight, by id, in page order. */
async function highlightsOn(tab: Page): Promise<{ id: string; text: string; fuzzy: boolean }[]> {
  return tab.evaluate(() => {
    const byId = new Map<string, { id: string; text: string; fuzzy: boolean }>();
    for (const el of document.querySelectorAll('[data-gloss-highlight]')) {
      const id = el.getAttribute('data-gloss-highlight')!;
      const entry = byId.get(id) ?? { id, text: '', fuzzy: false };
      // Nested parts of the same highlight are not counted twice.
      if (el.parentElement?.closest(`[data-gloss-highlight="${id}"]`) === null) {
        entry.text += el.textContent;
      }
      entry.fuzzy ||= el.getAttribute('data-gloss-anchor') === 'fuzzy';
      byId.set(id, entry);
    }
    return [...byId.values()];
  });
}

function openPopupFor(tab: Page): Promise<Page> {
  return openPopupAs(browser, tab);
}

/**
 * Stops the extension's service worker, as Chrome does when it has been idle (DevTools protocol,
 * from an extension page: the worker's registration is in the extension's origin), and waits
 * until it is stopped. The next message to it starts it again.
 */
async function stopServiceWorker(near: Page): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/notes.html`);
  const devtools = await browser.context.newCDPSession(page);
  const statusOf = new Map<string, string>();
  let changed = () => undefined as void;
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) statusOf.set(v.versionId, v.runningStatus);
    changed();
  });
  const until = (test: () => boolean) =>
    new Promise<void>((resolve) => {
      changed = () => test() && resolve();
      changed();
    });
  await devtools.send('ServiceWorker.enable');
  const running = () => [...statusOf].find(([, status]) => status === 'running')?.[0];
  await until(() => running() !== undefined);
  const versionId = running()!;
  await devtools.send('ServiceWorker.stopWorker', { versionId });
  await until(() => statusOf.get(versionId) === 'stopped');
  await page.close();
  await near.bringToFront();
}

/** Waits until the highlight card shows `note` (failing with what it shows instead). */
async function noteShown(tab: Page, note: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let shown: string | null = null;
  while (Date.now() < deadline) {
    shown = await inUi(tab, '[data-highlight-card] .note')
      .textContent()
      .catch(() => null);
    if (shown === note) return;
    await tab.waitForTimeout(100);
  }
  assert.equal(shown, note);
}

describe('highlighting a passage', () => {
  it('paints a selection across a line break when H is pressed, and says it is saved', async () => {
    const tab = await openDemo();
    const before = await tab.evaluate(() => document.body.innerText);
    await highlight(tab, 'Tracking who has moved', 'they have settled');
    const [saved] = await highlightsOn(tab);
    assert.equal(saved!.text, 'Tracking who has moved, wherethey have settled');
    assert.equal(await tab.evaluate(() => document.body.innerText), before);
    assert.match(
      (await inUi(tab, '[role="status"]').last().textContent()) ?? '',
      /Highlight saved/,
    );
    await tab.close();
  });

  it('brings it back on reload, and after the browser is closed and opened again', async () => {
    let tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.deepEqual(
      (await highlightsOn(tab)).map((h) => h.text),
      ['Tracking who has moved, wherethey have settled'],
    );
    await browser.context.close();
    await launch();
    tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.deepEqual(
      (await highlightsOn(tab)).map((h) => h.text),
      ['Tracking who has moved, wherethey have settled'],
    );
    await tab.close();
  });

  it('keeps nothing in the page’s own origin: the data is in the extension’s database', async () => {
    const tab = await openDemo();
    assert.deepEqual(await tab.evaluate(async () => (await indexedDB.databases()).length), 0);
    assert.deepEqual(
      await tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
      [0, 0, ''],
    );
    const popup = await openPopupFor(tab);
    const names = await popup.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    assert.ok(names.includes('fsj-gloss'), `extension databases: ${names.join(', ')}`);
    await popup.close();
    await tab.close();
  });
});

describe('editing and deleting through the page', () => {
  it('adds a note from the highlight card, and it is there after a reload', async () => {
    const tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] [data-action="edit"]').click();
    await inUi(tab, '[data-highlight-card] textarea').fill('Compare <b>DTM</b> figures & dates');
    await inUi(tab, '[data-highlight-card] input[name="tags"]').fill('mali, displacement');
    await inUi(tab, '[data-highlight-card] button[type="submit"]').click();
    await inUi(tab, '[data-highlight-card] .note').waitFor();
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    // Rendered as text: the angle brackets are shown, no element is made.
    assert.equal(
      await inUi(tab, '[data-highlight-card] .note').textContent(),
      'Compare <b>DTM</b> figures & dates',
    );
    assert.equal(await inUi(tab, '[data-highlight-card] .note b').count(), 0);
    assert.equal(
      await inUi(tab, '[data-highlight-card] .tags').textContent(),
      '#mali #displacement',
    );
    await tab.close();
  });

  it('saves a note typed while Chrome stopped the service worker (the frame’s channel)', async () => {
    const tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] [data-action="edit"]').click();
    await inUi(tab, '[data-highlight-card] textarea').waitFor();
    // What Chrome does to an idle worker after 30 s; the reader is still typing.
    await stopServiceWorker(tab);
    await inUi(tab, '[data-highlight-card] textarea').fill('Typed while the worker slept');
    await inUi(tab, '[data-highlight-card] button[type="submit"]').click();
    // The card shows the note the store answers with, once the save is through.
    await noteShown(tab, 'Typed while the worker slept');
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    assert.equal(
      await inUi(tab, '[data-highlight-card] .note').textContent(),
      'Typed while the worker slept',
    );
    await tab.close();
  });

  it('deletes a highlight, offers undo, and the deletion holds after a reload', async () => {
    const tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] [data-action="delete"]').click();
    await tab.waitForFunction(() => !document.querySelector('[data-gloss-highlight]'));
    await inUi(tab, '[data-toast] button:text("Undo")').click();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    await tab.locator('[data-gloss-highlight]').first().click();
    await inUi(tab, '[data-highlight-card] [data-action="delete"]').click();
    await tab.waitForFunction(() => !document.querySelector('[data-gloss-highlight]'));
    await inUi(tab, '[data-toast]').waitFor();
    await tab.reload();
    await tab.waitForSelector('html[data-gloss-state="ready"]');
    await tab.waitForTimeout(500); // give saved highlights the time to come back, if any did
    assert.deepEqual(await highlightsOn(tab), []);
    await tab.close();
  });
});

describe('when the page’s text changes', () => {
  it('places a changed passage by fuzzy matching and lists a vanished one as not found', async () => {
    let tab = await openDemo();
    await highlight(tab, 'Herders, traders', 'for generations');
    await highlight(tab, 'registration points', 'border posts');
    await tab.close();

    served = original
      .replace('Herders, traders and seasonal', 'Herders, merchants and seasonal')
      .replace(
        'working systems: registration points at border posts,',
        'working systems of many kinds,',
      );
    tab = await openDemo();
    await tab.waitForSelector('[data-gloss-highlight]');
    const shown = await highlightsOn(tab);
    assert.equal(shown.length, 1);
    assert.equal(
      shown[0]!.text,
      'Herders, merchants and seasonal workers have crossed theSahel for generations',
    );
    assert.equal(shown[0]!.fuzzy, true);

    const popup = await openPopupFor(tab);
    const orphan = popup.locator('[data-orphan]');
    await orphan.waitFor();
    assert.match((await orphan.textContent()) ?? '', /registration points at border posts/);
    assert.match(
      (await popup.locator('#orphans-heading').textContent()) ?? '',
      /Not found on this page \(1\)/,
    );

    // Re-attach: the popup hands over to the page, the reader selects the new passage, presses H.
    await popup.locator('[data-orphan] [data-action="reattach"]').click();
    await inUi(tab, '[data-toast]').waitFor();
    await selectText(tab, 'working systems of', 'many kinds');
    await inUi(tab, '[data-gloss-toolbar] [data-action="highlight"]:text("Attach here")').waitFor();
    await tab.keyboard.press('h');
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('[data-gloss-highlight]')].some(
        (e) => e.textContent === 'working systems of many kinds',
      ),
    );
    assert.ok((await highlightsOn(tab)).some((h) => h.text === 'working systems of many kinds'));
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.equal((await highlightsOn(tab)).length, 2);
    await tab.close();
    served = original;
  });
});

describe('notes on an organization, and the reader’s colour names', () => {
  it('keeps a note added in a term card, and shows it in the card on the next visit', async () => {
    let tab = await openDemo();
    await tab.locator('[data-gloss-term="gfmd"]').first().focus();
    await inUi(tab, '[data-action="add-term-note"]').click();
    await inUi(tab, '.term-notes textarea').fill('State-led, outside the U.N. system.');
    await inUi(tab, '.term-notes button[type="submit"]').click();
    await inUi(tab, '.term-note').waitFor();
    await tab.close();
    tab = await openDemo();
    await tab.locator('[data-gloss-term="gfmd"]').first().focus();
    await inUi(tab, '.term-note').waitFor();
    assert.equal(
      await inUi(tab, '.term-note .note').textContent(),
      'State-led, outside the U.N. system.',
    );
    await tab.close();
  });

  it('names the toolbar’s colours as the reader named them in the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('input[name="green"]').fill('question');
    await options.locator('.color-names button[type="submit"]').click();
    await options.locator('.status:text("Saved.")').waitFor();
    await options.close();
    const tab = await openDemo();
    // A passage no earlier test highlighted (a highlighted one offers its card, not colours).
    await selectText(tab, 'None of it replaces', 'sovereign');
    await inUi(tab, '[data-gloss-toolbar]').waitFor();
    assert.equal(
      await inUi(tab, '[data-gloss-toolbar] [data-color="green"]').getAttribute('aria-label'),
      'Highlight as question (key 2)',
    );
    await tab.close();
  });
});

describe('exporting this article', () => {
  it('downloads the page’s highlights as Markdown named after the FSJ issue and page', async () => {
    const tab = await openDemo();
    await highlight(tab, 'Managing Mobility', 'the Emergency');
    const popup = await openPopupFor(tab);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action="download-markdown"]').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'fsj-2013-03-p28.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    assert.match(markdown, /^---\ntitle: "[^"\n]+"\n/);
    assert.match(
      markdown,
      /\nsource: "https:\/\/www\.afsa\.org\/sites\/default\/files\/flipping_book\/0313\//,
    );
    assert.match(markdown, /\n> Managing Mobility Beyond the Emergency\n/);
    assert.match(markdown, /page28\.html#:~:text=Managing%20Mobility/);
    assert.match(markdown, /\n- Colour: Yellow\n/);
    await popup.close();
    await tab.close();
  });
});

describe('when the disk is full', () => {
  it('keeps the highlight painted, says it was not saved, and saves it on Retry', async () => {
    // A browser of its own, on a fresh profile, so the quota below is the only thing in play;
    // a build held to a quota, as a full disk holds the real one (test/e2e/quotaBuild.ts).
    await browser.close();
    browser = await launchHeldToQuota();
    await servePages(browser.context, [{ url: demo.url, html: () => served }]);
    // Chromium is told the extension's storage quota is one byte, through the DevTools protocol,
    // before the page opens: once the background has written (it records the bodies a page
    // names), Chromium lets later writes through for a while without checking the quota again.
    const blank = await browser.context.newPage();
    const devtools = await browser.context.newCDPSession(blank);
    const origin = `chrome-extension://${browser.extensionId}`;
    await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const tab = await openDemo();
    const popup = await openPopupFor(tab);
    await selectText(tab, 'Human mobility managed', 'with care');
    await inUi(tab, '[data-gloss-toolbar]').waitFor();
    await tab.keyboard.press('h');
    const toast = inUi(tab, '[data-toast="error"]');
    await toast.waitFor();
    assert.match((await toast.textContent()) ?? '', /Highlight not saved: there is no room left/);
    assert.equal(
      await tab.locator('[data-gloss-save="failed"]').first().textContent(),
      'Human mobility managed with care',
    );
    await popup.reload();
    await popup.locator('.flag.error').waitFor();
    assert.equal(await popup.locator('.flag.error').textContent(), 'not saved');

    // Room again: Retry saves the same highlight, and it is there after a reload.
    await devtools.send('Storage.overrideQuotaForOrigin', { origin });
    await inUi(tab, '[data-toast="error"] button:text("Retry")').click();
    await tab.waitForFunction(() => document.querySelector('[data-gloss-save]') === null);
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.ok((await highlightsOn(tab)).some((h) => h.text === 'Human mobility managed with care'));
    await popup.close();
    await tab.close();
  });
});

describe('on an http:// address, outside a secure context', () => {
  it('saves a highlight made on the page’s http:// address, and brings it back on reload', async () => {
    // A fresh profile, so the page's highlights are only this one.
    await browser.close();
    browser = await launchWithExtension();
    await servePages(browser.context, [{ url: demoOverHttp, html: () => served }]);
    const tab = await openDemo(demoOverHttp);
    assert.equal(await tab.evaluate(() => window.isSecureContext), false);
    await highlight(tab, 'Human mobility managed', 'with care');
    assert.match(
      (await inUi(tab, '[role="status"]').last().textContent()) ?? '',
      /Highlight saved/,
    );
    await tab.reload();
    await tab.waitForSelector('[data-gloss-highlight]');
    assert.ok((await highlightsOn(tab)).some((h) => h.text === 'Human mobility managed with care'));
    await tab.close();
  });
});
