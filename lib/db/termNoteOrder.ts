// The order notes on organizations are listed and exported in, wherever they are read from.

import { byText } from './pageHighlights';
import type { TermNoteRecord } from './types';

/** Grouped by entry, oldest first within one: the order of the export's organization notes. */
export function byEntryThenMade(a: TermNoteRecord, b: TermNoteRecord): number {
  return byText(a.entryId, b.entryId) || a.createdAt - b.createdAt;
}
