// Takes the reader to a body's first mention on the page (asked from the popup's list of bodies).

import type { PaintedOccurrence } from '../paint/paintOccurrences';

/** Scrolls the first painted mention of `entryId` into view and focuses it; false if none is. */
export function focusFirstMention(
  occurrences: readonly PaintedOccurrence[],
  entryId: string,
): boolean {
  const first = occurrences.find((o) => o.entryId === entryId)?.parts[0];
  if (first === undefined) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  first.focus({ preventScroll: true });
  return true;
}
