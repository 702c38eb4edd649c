// Brings a placed highlight into view for the reader who asked for it (from the popup's list):
// scrolled to the middle of the screen, focused, and its parts flashed so the eye finds it.

import type { PlacedHighlight } from './layer';

/** Scrolls to `placed` and flashes it; false when it has no part on the page. */
export function scrollToPlaced(placed: PlacedHighlight): boolean {
  const first = placed.parts[0];
  if (first === undefined) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  first.focus({ preventScroll: true });
  for (const part of placed.parts) {
    part.animate?.(
      [{ outline: '3px solid currentColor' }, { outline: '0 solid transparent' }],
      900,
    );
  }
  return true;
}
