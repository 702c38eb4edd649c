// Saving one highlight the way a reader does, timed by the page itself (main world): the n-th long
// line of an article is selected, the toolbar awaited, H pressed; a capture listener on window
// notes the moment the key arrives, a MutationObserver the moment the highlight's wrappers appear
// (painted) and the moment their "pending" mark goes (the background answered that the write was
// committed). Used by the bench (scripts/bench/saving.ts) and the robustness run.

import type { Page } from 'playwright-core';
import { inUi } from './extensionUi';

/** Lines of the demo article to highlight (each a whole line's text node). */
const LINE_PATTERN = /^[A-Za-z].{30,}$/;

/** How many lines of `root` (a selector) can be highlighted. */
export function countLines(tab: Page, root: string): Promise<number> {
  return tab.evaluate(
    ({ root, source }) => {
      const pattern = new RegExp(source);
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if (pattern.test((n as Text).data.trim())) count++;
      }
      return count;
    },
    { root, source: LINE_PATTERN.source },
  );
}

/**
 * Selects the `index`-th long line of `root` that is not inside a glossary name, presses H, and
 * returns the times from the key press to painted and to committed, in ms.
 */
export async function timeSave(
  tab: Page,
  root: string,
  index: number,
): Promise<{ paint: number; commit: number }> {
  await tab.evaluate(
    ({ root, index, source }) => {
      const pattern = new RegExp(source);
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const text = n as Text;
        if (!pattern.test(text.data.trim()) || text.parentElement?.closest('[data-gloss-term]')) {
          continue;
        }
        if (seen++ < index) continue;
        const start = text.data.search(/\S/);
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, text.data.trimEnd().length);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    },
    { root, index, source: LINE_PATTERN.source },
  );
  // The toolbar shows after a keyboard selection (Shift released).
  await tab.keyboard.press('Shift');
  await inUi(tab, '[data-gloss-toolbar]').waitFor();
  // Listeners first, then the key press, then wait for what they saw.
  await tab.evaluate(() => {
    (window as unknown as Record<string, unknown>).__fsjTimeSave = new Promise<{
      paint: number;
      commit: number;
    }>((resolve) => {
      let pressed = 0;
      let painted = 0;
      const before = new Set(
        [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
          e.getAttribute('data-gloss-highlight'),
        ),
      );
      addEventListener('keydown', () => (pressed = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        const fresh = [...document.querySelectorAll('[data-gloss-highlight]')].filter(
          (e) => !before.has(e.getAttribute('data-gloss-highlight')),
        );
        if (fresh.length === 0) return;
        if (painted === 0) painted = performance.now();
        if (fresh.every((e) => !e.hasAttribute('data-gloss-save'))) {
          observer.disconnect();
          resolve({ paint: painted - pressed, commit: performance.now() - pressed });
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-gloss-save'],
      });
    });
  });
  await tab.keyboard.press('h');
  return tab.evaluate(
    () =>
      (window as unknown as Record<string, Promise<{ paint: number; commit: number }>>)
        .__fsjTimeSave!,
  );
}
