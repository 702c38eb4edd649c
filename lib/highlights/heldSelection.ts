// Whether the reader's selection lies wholly inside a highlight already on the page: then the
// toolbar offers that highlight (its card, where its note is) rather than a second highlight of
// the same words. Spans are offsets in the article's text; a selection that runs past a
// highlight's edge is a new passage and may be highlighted (overlaps are allowed).

export interface HeldSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * The highlight that holds `selection`, or null when none does. Where highlights nest, the
 * narrowest one holding it: the passage the reader most likely means.
 */
export function highlightHolding(
  selection: { start: number; end: number },
  highlights: readonly HeldSpan[],
): string | null {
  if (selection.end <= selection.start) return null;
  let best: HeldSpan | null = null;
  for (const h of highlights) {
    if (h.start > selection.start || h.end < selection.end) continue;
    if (best === null || h.end - h.start < best.end - best.start) best = h;
  }
  return best?.id ?? null;
}
