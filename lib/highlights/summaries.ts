// What the popup is told of this page's highlights: each placed one (fuzzy or not) in page order,
// then the orphans, with whether its save has gone through.

import type { HighlightRecord } from '../db/types';
import type { HighlightSummary } from '../messaging/popup';
import type { PlacedHighlight } from './layer';

export function highlightSummaries(
  placed: readonly PlacedHighlight[],
  orphans: readonly HighlightRecord[],
  isUnsaved: (id: string) => boolean,
): HighlightSummary[] {
  const summary = (record: HighlightRecord, status: HighlightSummary['status']) => ({
    id: record.id,
    quote: record.quote,
    note: record.note,
    tags: record.tags,
    color: record.color,
    status,
    saved: !isUnsaved(record.id),
  });
  return [
    ...placed.map((p) => summary(p.record, p.fuzzy ? 'fuzzy' : 'placed')),
    ...orphans.map((o) => summary(o, 'orphan')),
  ];
}
