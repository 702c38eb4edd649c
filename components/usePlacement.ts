// Places a floating panel of the content script's shadow root beside what it belongs to (a term,
// a highlight, or the reader's selection) with Floating UI: in page coordinates, so it scrolls
// with the text, flipped and shifted to stay on screen, and placed again on resize.

import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';

export type PlacementReference = Element | VirtualElement;

/** A ref for the floating element, kept beside `reference` (below it, or above when no room). */
export function usePlacement<T extends HTMLElement>(
  reference: PlacementReference | null,
  placement: 'bottom-start' | 'top' = 'bottom-start',
) {
  const floating = useRef<T>(null);
  useLayoutEffect(() => {
    const element = floating.current;
    if (element === null || reference === null) return;
    const place = () =>
      void computePosition(reference, element, {
        strategy: 'absolute',
        placement,
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        element.style.left = `${x}px`;
        element.style.top = `${y}px`;
      });
    place();
    const view = element.ownerDocument.defaultView;
    view?.addEventListener('resize', place);
    return () => view?.removeEventListener('resize', place);
  }, [reference, placement]);
  return floating;
}

/** A reference that stands for a Range (the reader's selection), measured when placed. */
export function rangeReference(range: Range): VirtualElement {
  const rect = range.getBoundingClientRect();
  return { getBoundingClientRect: () => rect, getClientRects: () => range.getClientRects() };
}
