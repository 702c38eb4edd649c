// What a reader does on an FSJ page in the end-to-end tests: select text with the mouse, press H
// to highlight it, open the popup for the tab. Shared by the e2e files (test/e2e/*.test.ts).

import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../../scripts/browser/launch';

type ExtensionApi = typeof import('wxt/browser').browser;

export { inUi } from '../../scripts/browser/extensionUi';
import { inUi } from '../../scripts/browser/extensionUi';

/** Drags the mouse from the start of `first` to the end of `last` (text of the article). */
export async function selectText(tab: Page, first: string, last: string): Promise<void> {
  const points = await tab.evaluate(
    ({ first, last }) => {
      const walker = document.createTreeWalker(
        document.querySelector('.seo-content')!,
        NodeFilter.SHOW_TEXT,
      );
      let start: DOMRect | null = null;
      let end: DOMRect | null = null;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const a = n.data.indexOf(first);
        if (start === null && a >= 0) {
          const range = document.createRange();
          range.setStart(n, a);
          range.setEnd(n, a + 1);
          start = range.getBoundingClientRect();
        }
        const b = n.data.indexOf(last);
        if (start !== null && b >= 0) {
          const range = document.createRange();
          range.setStart(n, b + last.length - 1);
          range.setEnd(n, b + last.length);
          end = range.getBoundingClientRect();
          break;
        }
      }
      if (start === null || end === null) throw new Error(`"${first}"…"${last}" not found`);
      return {
        from: { x: start.left + 1, y: start.top + start.height / 2 },
        to: { x: end.right - 1, y: end.top + end.height / 2 },
      };
    },
    { first, last },
  );
  await tab.mouse.move(points.from.x, points.from.y);
  await tab.mouse.down();
  await tab.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await tab.mouse.up();
}

/** How many distinct highlights are painted on the page. */
function paintedCount(tab: Page): Promise<number> {
  return tab.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
          e.getAttribute('data-gloss-highlight'),
        ),
      ).size,
  );
}

/** Selects `first`…`last`, presses `key` in the toolbar (H, or 1–5 for a colour), waits for the save. */
export async function highlight(tab: Page, first: string, last: string, key = 'h'): Promise<void> {
  const before = await paintedCount(tab);
  await selectText(tab, first, last);
  await inUi(tab, '[data-gloss-toolbar]').waitFor();
  await tab.keyboard.press(key);
  await tab.waitForFunction((n) => {
    const ids = new Set(
      [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
        e.getAttribute('data-gloss-highlight'),
      ),
    );
    return ids.size > n && document.querySelector('[data-gloss-save]') === null;
  }, before);
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
export function countsOn(tab: Page): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const seen = new Map<string, string>();
    for (const el of document.querySelectorAll('[data-gloss-term]')) {
      seen.set(el.getAttribute('data-gloss-occurrence')!, el.getAttribute('data-gloss-term')!);
    }
    const counts: Record<string, number> = {};
    for (const id of seen.values()) counts[id] = (counts[id] ?? 0) + 1;
    return counts;
  });
}

/** The painted highlights' texts, in page order. */
export function paintedTexts(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const byId = new Map<string, string>();
    for (const el of document.querySelectorAll('[data-gloss-highlight]')) {
      const id = el.getAttribute('data-gloss-highlight')!;
      if (el.parentElement?.closest(`[data-gloss-highlight="${id}"]`) !== null) continue;
      byId.set(id, (byId.get(id) ?? '') + el.textContent);
    }
    return [...byId.values()];
  });
}
