// How a page's highlights are stored: field by field, one array per field, instead of one object
// per highlight. Why: reading IndexedDB, the browser spends most of its time making objects, and
// a highlight as an object is five of them (itself, its selectors, their two parts, its tags and
// its organizations); as columns the page's 30 or so highlights are a dozen arrays. Reading
// 10,000 highlights this way took half the time, rebuilding the objects included. Pure: packs and
// unpacks, losing nothing (the store only saves highlights of exactly this shape).

import type { HighlightColor, HighlightRecord } from './types';

/** The highlights of one page, one array per field, all in the same order. */
export interface HighlightColumns {
  exact: string[];
  prefix: string[];
  suffix: string[];
  start: number[];
  end: number[];
  /** The quote as saved; null where it is the same as `exact` (nearly always), to store it once. */
  quote: (string | null)[];
  color: HighlightColor[];
  note: string[];
  /** How many of `tags` each highlight has, in order; `tags` holds them all, one after another. */
  tagCounts: number[];
  tags: string[];
  /** Likewise for the glossary entries each highlight names. */
  entryCounts: number[];
  entryIds: string[];
  createdAt: number[];
  updatedAt: number[];
}

/** The columns of `highlights`, in the order given (their ids are kept apart, see pageHighlights). */
export function toColumns(highlights: readonly HighlightRecord[]): HighlightColumns {
  const columns: HighlightColumns = {
    exact: [],
    prefix: [],
    suffix: [],
    start: [],
    end: [],
    quote: [],
    color: [],
    note: [],
    tagCounts: [],
    tags: [],
    entryCounts: [],
    entryIds: [],
    createdAt: [],
    updatedAt: [],
  };
  for (const h of highlights) {
    const { quote, position } = h.selectors;
    columns.exact.push(quote.exact);
    columns.prefix.push(quote.prefix);
    columns.suffix.push(quote.suffix);
    columns.start.push(position.start);
    columns.end.push(position.end);
    columns.quote.push(h.quote === quote.exact ? null : h.quote);
    columns.color.push(h.color);
    columns.note.push(h.note);
    columns.tagCounts.push(h.tags.length);
    columns.tags.push(...h.tags);
    columns.entryCounts.push(h.entryIds.length);
    columns.entryIds.push(...h.entryIds);
    columns.createdAt.push(h.createdAt);
    columns.updatedAt.push(h.updatedAt);
  }
  return columns;
}

/** The highlight at place `i`, whose tags and entries start at `tag` and `entry` in theirs. */
function highlightAt(
  pageUrl: string,
  ids: readonly string[],
  columns: HighlightColumns,
  i: number,
  tag: number,
  entry: number,
): HighlightRecord {
  const exact = columns.exact[i]!;
  return {
    id: ids[i]!,
    pageUrl,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: columns.prefix[i]!,
        suffix: columns.suffix[i]!,
      },
      position: { type: 'TextPositionSelector', start: columns.start[i]!, end: columns.end[i]! },
    },
    quote: columns.quote[i] ?? exact,
    color: columns.color[i]!,
    note: columns.note[i]!,
    tags: columns.tags.slice(tag, tag + columns.tagCounts[i]!),
    entryIds: columns.entryIds.slice(entry, entry + columns.entryCounts[i]!),
    createdAt: columns.createdAt[i]!,
    updatedAt: columns.updatedAt[i]!,
  };
}

/**
 * The highlights `ids` of page `pageUrl` back from their columns, as they were saved; only those
 * at the places `wanted` when given (in the order of the page), so a reader after a few of a
 * page's highlights does not make objects of them all.
 */
export function fromColumns(
  pageUrl: string,
  ids: readonly string[],
  columns: HighlightColumns,
  wanted?: ReadonlySet<number>,
): HighlightRecord[] {
  const highlights: HighlightRecord[] = [];
  let tag = 0;
  let entry = 0;
  for (let i = 0; i < ids.length; i++) {
    if (wanted === undefined || wanted.has(i))
      highlights.push(highlightAt(pageUrl, ids, columns, i, tag, entry));
    tag += columns.tagCounts[i]!;
    entry += columns.entryCounts[i]!;
  }
  return highlights;
}
