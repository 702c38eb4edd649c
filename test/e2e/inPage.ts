// What the end-to-end tests read in a tab, written once for both browsers: each function is handed
// to Playwright's `evaluate` (Chromium, test/e2e/pageActions.ts) or puppeteer's (Firefox,
// test/e2e/firefox/tabActions.ts), which send its source to the page. So a function here uses
// nothing from outside its own body, and names no inner function or arrow: tsx wraps named ones
// in a helper (`__name`) that the page does not have.

/** Where a mouse drag from the start of `first` to the end of `last` (article text) goes. */
export function selectionPoints({ first, last }: { first: string; last: string }) {
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
}

/** How many distinct highlights are painted on the page. */
export function paintedHighlightCount(): number {
  return new Set(
    [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
      e.getAttribute('data-gloss-highlight'),
    ),
  ).size;
}

/** Whether more than `n` highlights are painted and none is still waiting for its save. */
export function savedMoreThan(n: number): boolean {
  const ids = new Set(
    [...document.querySelectorAll('[data-gloss-highlight]')].map((e) =>
      e.getAttribute('data-gloss-highlight'),
    ),
  );
  return ids.size > n && document.querySelector('[data-gloss-save]') === null;
}

/** Occurrence counts per glossary id, each occurrence counted once however many parts it has. */
export function occurrenceCounts(): Record<string, number> {
  const seen = new Map<string, string>();
  for (const el of document.querySelectorAll('[data-gloss-term]')) {
    seen.set(el.getAttribute('data-gloss-occurrence')!, el.getAttribute('data-gloss-term')!);
  }
  const counts: Record<string, number> = {};
  for (const id of seen.values()) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** The painted highlights' texts, in page order (nested parts of one highlight counted once). */
export function highlightTexts(): string[] {
  const byId = new Map<string, string>();
  for (const el of document.querySelectorAll('[data-gloss-highlight]')) {
    const id = el.getAttribute('data-gloss-highlight')!;
    if (el.parentElement?.closest(`[data-gloss-highlight="${id}"]`) !== null) continue;
    byId.set(id, (byId.get(id) ?? '') + el.textContent);
  }
  return [...byId.values()];
}
