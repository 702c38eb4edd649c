// Places a floating panel of the content script's shadow root beside what it belongs to (a term,
// a highlight, or the reader's selection): where lib/card/placement says, clear of every line of
// it, in page coordinates so it scrolls with the text, and placed again on resize. The reader
// frame's host uses the same `placeBeside`.

import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeClear } from '../lib/card/placement';
import type { PlacementReference } from '../lib/card/reference';

export type PlacementSide = 'below' | 'above';

const GAP = 6;
const MARGIN = 8;

/** Moves `panel` (absolutely positioned) where lib/card/placement puts it beside `reference`. */
export function placeBeside(
  reference: PlacementReference,
  panel: HTMLElement,
  prefer: PlacementSide = 'below',
): void {
  const doc = panel.ownerDocument;
  const box = panel.getBoundingClientRect();
  const at = placeClear({
    rects: Array.from(reference.getClientRects() as ArrayLike<DOMRect>),
    panel: { width: box.width, height: box.height },
    viewport: { width: doc.documentElement.clientWidth, height: doc.defaultView?.innerHeight ?? 0 },
    prefer,
    align: prefer === 'above' ? 'center' : 'start',
    gap: GAP,
    margin: MARGIN,
  });
  if (at === null) return;
  // The panel's containing block is the shadow host's: move it by what separates it from `at`.
  const left = parseFloat(panel.style.left) || 0;
  const top = parseFloat(panel.style.top) || 0;
  panel.style.left = `${left + at.x - box.left}px`;
  panel.style.top = `${top + at.y - box.top}px`;
}

/** Places `panel` now and on every resize; returns what stops it. */
export function keepBeside(
  reference: PlacementReference,
  panel: HTMLElement,
  prefer: PlacementSide = 'below',
): () => void {
  const place = () => placeBeside(reference, panel, prefer);
  place();
  const view = panel.ownerDocument.defaultView;
  view?.addEventListener('resize', place);
  return () => view?.removeEventListener('resize', place);
}

/** A ref for the floating element, kept beside `reference` (below it, or above when no room). */
export function usePlacement<T extends HTMLElement>(
  reference: PlacementReference | null,
  prefer: PlacementSide = 'below',
) {
  const floating = useRef<T>(null);
  useLayoutEffect(() => {
    const element = floating.current;
    if (element === null || reference === null) return;
    return keepBeside(reference, element, prefer);
  }, [reference, prefer]);
  return floating;
}
