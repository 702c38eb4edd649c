// What a reader does on an FSJ page in the end-to-end tests: select text with the mouse, press H
// to highlight it, open the popup for the tab. Shared by the e2e files (test/e2e/*.test.ts); what
// they read in the page is in ./inPage.ts, shared with the Firefox tests.

import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../../scripts/browser/launch';
import {
  highlightTexts,
  occurrenceCounts,
  paintedHighlightCount,
  savedMoreThan,
  selectionPoints,
} from './inPage';

type ExtensionApi = typeof import('wxt/browser').browser;

export { inUi } from '../../scripts/browser/extensionUi';
import { inUi } from '../../scripts/browser/extensionUi';

/** Drags the mouse from the start of `first` to the end of `last` (text of the article). */
export async function selectText(tab: Page, first: string, last: string): Promise<void> {
  const points = await tab.evaluate(selectionPoints, { first, last });
  await tab.mouse.move(points.from.x, points.from.y);
  await tab.mouse.down();
  await tab.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await tab.mouse.up();
}

/** Selects `first`…`last`, presses `key` in the toolbar (H, or 1–5 for a colour), waits for the save. */
export async function highlight(tab: Page, first: string, last: string, key = 'h'): Promise<void> {
  const before = await tab.evaluate(paintedHighlightCount);
  await selectText(tab, first, last);
  await inUi(tab, '[data-gloss-toolbar]').waitFor();
  await tab.keyboard.press(key);
  await tab.waitForFunction(savedMoreThan, before);
}

/** The popup, opened as a page that speaks for `tab` (the tab opened just before it). */
export async function openPopupFor(browser: LaunchedBrowser, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const tabId = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    const own = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({ windowId: own!.windowId });
    return tabs.find((t) => t.index === own!.index - 1)?.id ?? null;
  });
  if (tabId === null) throw new Error('the tab opened before the popup is not found');
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Occurrence counts per glossary id, each occurrence counted once however many parts it has. */
export const countsOn = (tab: Page) => tab.evaluate(occurrenceCounts);

/** The painted highlights' texts, in page order. */
export const paintedTexts = (tab: Page) => tab.evaluate(highlightTexts);
