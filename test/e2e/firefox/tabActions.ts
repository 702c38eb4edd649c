// What a reader does in Firefox in the end-to-end tests (puppeteer-core): open an FSJ page, select
// text with the mouse, press H, open the popup for the tab. The Firefox twin of ../pageActions.ts
// (Playwright, Chromium); what both read in the page is in ../inPage.ts, and the extension's own UI
// (closed shadow root, reader frame) is reached through scripts/browser/firefoxUi.ts.

import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { LaunchedFirefox } from '../../../scripts/browser/launchFirefox';
import {
  highlightTexts,
  occurrenceCounts,
  paintedHighlightCount,
  savedMoreThan,
  selectionPoints,
} from '../inPage';

type ExtensionApi = typeof import('wxt/browser').browser;

export { inUi } from '../../../scripts/browser/firefoxUi';
import { inUi } from '../../../scripts/browser/firefoxUi';

/** Opens `url` in a new tab and waits until the extension has made its first pass. */
export async function openFsjPage(firefox: LaunchedFirefox, url: string): Promise<Page> {
  const tab = await firefox.newTab(url);
  await tab.waitForSelector('html[data-gloss-state]');
  return tab;
}

/** Where the pointer rests when a test is done with it: the window's corner, off the article. */
export const parkPointer = (tab: Page) => tab.mouse.move(1150, 880);

/**
 * Reloads `tab` and waits for the new document's first pass. The pointer is parked first: Firefox
 * keeps it where it was, and a name painted under it opens its card after the hover delay, which
 * can cover what the test clicks next. The old window is marked, so that no wait is met by the
 * old document should puppeteer's `reload` hand back before it is gone.
 */
export async function reloadFsjPage(tab: Page): Promise<void> {
  await parkPointer(tab);
  await tab.evaluate(() => Object.assign(window, { oldDocument: true }));
  await tab.reload();
  await tab.waitForFunction(
    () => !('oldDocument' in window) && document.documentElement.dataset.glossState !== undefined,
  );
}

/** The text of the first element `selector` finds (waiting for it), as it is shown (innerText). */
export async function textOf(tab: Page, selector: string): Promise<string> {
  const element = await tab.waitForSelector(selector);
  return element!.evaluate((e) => (e as HTMLElement).innerText);
}

/** Drags the mouse from the start of `first` to the end of `last` (text of the article). */
export async function selectText(tab: Page, first: string, last: string): Promise<void> {
  const points = await tab.evaluate(selectionPoints, { first, last });
  await tab.mouse.move(points.from.x, points.from.y);
  await tab.mouse.down();
  await tab.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await tab.mouse.up();
}

/** Selects `first`…`last`, presses `key` in the toolbar (H, or 1–5 for a colour), waits for the save. */
export async function highlight(
  tab: Page,
  first: string,
  last: string,
  key: KeyInput = 'h',
): Promise<void> {
  const before = await tab.evaluate(paintedHighlightCount);
  await selectText(tab, first, last);
  await inUi(tab, '[data-gloss-toolbar]').waitFor();
  await tab.keyboard.press(key);
  await tab.waitForFunction(savedMoreThan, {}, before);
}

/**
 * The popup, opened as a page that speaks for `tab` (the tab opened just before it): BiDi cannot
 * open the toolbar button's popup, so popup.html is opened in a tab with `?tab=<id>`, which the
 * popup reads in place of the active tab.
 */
export async function openPopupFor(firefox: LaunchedFirefox, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const popup = await firefox.openExtensionPage('popup.html');
  const tabId = await popup.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: ExtensionApi };
    const own = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({ windowId: own!.windowId });
    return tabs.find((t) => t.index === own!.index - 1)?.id ?? null;
  });
  if (tabId === null) throw new Error('the tab opened before the popup is not found');
  await firefox.gotoExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

/** Occurrence counts per glossary id, each occurrence counted once however many parts it has. */
export const countsOn = (tab: Page) => tab.evaluate(occurrenceCounts);

/** The painted highlights' texts, in page order. */
export const paintedTexts = (tab: Page) => tab.evaluate(highlightTexts);

/** The notes page's item whose text holds `text`, once it is listed. */
export async function notesItem(notes: Page, text: string): Promise<ElementHandle<Element>> {
  const handle = await notes.waitForFunction(
    (text) =>
      [...document.querySelectorAll('[data-item]')].find((e) => e.textContent?.includes(text)),
    {},
    text,
  );
  return handle.asElement() as ElementHandle<Element>;
}
