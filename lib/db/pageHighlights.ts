// A page's highlights kept together in one record. Why: Chromium's IndexedDB spends about the same
// time on every record it writes, whatever its size (some 0.15 ms here), and some 0.03 ms on each
// index entry; 10,000 highlights as 10,000 records with two indexes took 2.5 s to import. As one
// record per page, with one entry per highlight in one index, they take a fraction of that.
// Pure: these functions build and change such records; lib/db/store.ts stores them.

import { fromColumns, toColumns, type HighlightColumns } from './highlightColumns';
import type { HighlightRecord } from './types';

/** The highlights saved on one page, in reading order, with what the indexes need. */
export interface PageHighlightsRecord {
  /** Canonical address of the page (PageRecord.url); the primary key. */
  pageUrl: string;
  /**
   * The highlights' ids, sorted by place in the article (TextPositionSelector start), then by id;
   * a multi-entry index, to find a highlight's page by its id.
   */
  ids: string[];
  /** The latest `updatedAt` among them (an index), to read the most recently changed pages first. */
  updatedAt: number;
  /** The highlights' other fields, in the order of `ids` (lib/db/highlightColumns.ts). */
  columns: HighlightColumns;
}

/** The page's highlights, in reading order. */
export function highlightsOf(record: PageHighlightsRecord): HighlightRecord[] {
  return fromColumns(record.pageUrl, record.ids, record.columns);
}

/** Two texts in IndexedDB's key order (by UTF-16 code unit), for ties between records. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reading order: by place on the page, then by id (the order an export and the popup list). */
export function inReadingOrder(a: HighlightRecord, b: HighlightRecord): number {
  return a.selectors.position.start - b.selectors.position.start || byText(a.id, b.id);
}

/**
 * The record for `pageUrl` holding `highlights` (sorted here), or null when there are none: an
 * empty page keeps no record.
 */
export function pageHighlightsRecord(
  pageUrl: string,
  highlights: readonly HighlightRecord[],
): PageHighlightsRecord | null {
  if (highlights.length === 0) return null;
  const sorted = [...highlights].sort(inReadingOrder);
  let updatedAt = -Infinity;
  for (const highlight of sorted) updatedAt = Math.max(updatedAt, highlight.updatedAt);
  return { pageUrl, ids: sorted.map((h) => h.id), updatedAt, columns: toColumns(sorted) };
}

/** `record` with `highlight` added, or put in place of the one with its id. */
export function withHighlight(
  record: PageHighlightsRecord | undefined,
  highlight: HighlightRecord,
): PageHighlightsRecord {
  const others = (record ? highlightsOf(record) : []).filter((h) => h.id !== highlight.id);
  return pageHighlightsRecord(highlight.pageUrl, [...others, highlight])!;
}

/** `record` without the highlight `id`: null when nothing is left on the page. */
export function withoutHighlight(
  record: PageHighlightsRecord,
  id: string,
): PageHighlightsRecord | null {
  return pageHighlightsRecord(
    record.pageUrl,
    highlightsOf(record).filter((h) => h.id !== id),
  );
}

/** Highlights grouped into one record per page (for an upgrade or an import). */
export function groupByPage(highlights: Iterable<HighlightRecord>): PageHighlightsRecord[] {
  const byPage = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights) {
    const list = byPage.get(highlight.pageUrl);
    if (list) list.push(highlight);
    else byPage.set(highlight.pageUrl, [highlight]);
  }
  return [...byPage].map(([url, list]) => pageHighlightsRecord(url, list)!);
}

/** What lastChangedFirst orders by: a highlight, or what stands for one before it is unpacked. */
type Changed = Pick<HighlightRecord, 'id' | 'updatedAt'>;

/**
 * Most recently changed first, ties by id (last first): the order the notes page's first screen
 * takes its highlights in.
 */
export function lastChangedFirst(a: Changed, b: Changed): number {
  return b.updatedAt - a.updatedAt || byText(b.id, a.id);
}
