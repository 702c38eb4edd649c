// A new highlight's record, made from the span the reader selected in the article's text: its
// selectors (lib/anchoring/describe), its quote, and the bodies the glossary marked inside it.

import { describeSpan } from '../anchoring/describe';
import type { HighlightColor, HighlightRecord } from '../db/types';

export interface NewHighlight {
  /** The article's text, as the text model reads it now. */
  text: string;
  span: { start: number; end: number };
  /** The glossary's marks in the same text (a mark cut by the selection counts). */
  marks: readonly { start: number; end: number; entryId: string }[];
  pageUrl: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  id: string;
  now: number;
}

/**
 * Why the bodies are kept with the highlight: the notes page and the index of organizations list a
 * reader's highlights by body without opening the page again.
 */
export function newHighlight(made: NewHighlight): HighlightRecord {
  const { span } = made;
  const selectors = describeSpan(made.text, span);
  const entryIds = [
    ...new Set(
      made.marks.filter((m) => m.start < span.end && m.end > span.start).map((m) => m.entryId),
    ),
  ];
  return {
    id: made.id,
    pageUrl: made.pageUrl,
    selectors,
    quote: selectors.quote.exact,
    color: made.color,
    note: made.note,
    tags: made.tags,
    entryIds,
    createdAt: made.now,
    updatedAt: made.now,
  };
}
