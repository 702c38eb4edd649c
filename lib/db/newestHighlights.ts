// The notes page's first read: the most recently changed highlights, found without reading every
// page's, and made into objects only for those returned. The pages come from a ChangedPages:
// Dexie's tables, or bare IndexedDB before Dexie has loaded (lib/db/bareFirstRead.ts).

import { fromColumns } from './highlightColumns';
import { lastChangedFirst, type PageHighlightsRecord } from './pageHighlights';
import type { GlossDatabase } from './schema';
import type { HighlightRecord } from './types';

/** Page records by their latest change, most recent first: all the read below asks of a store. */
export interface ChangedPages {
  /** Up to `count` pages last changed before `below`, most recently changed first. */
  before(below: number, count: number): Promise<PageHighlightsRecord[]>;
  /** Every page last changed at exactly `time`. */
  at(time: number): Promise<PageHighlightsRecord[]>;
}

/** The pages of a GlossDatabase, through its index on each page's latest change. */
export function changedPagesOf(db: GlossDatabase): ChangedPages {
  return {
    before: (below, count) =>
      db.pageHighlights.where('updatedAt').below(below).reverse().limit(count).toArray(),
    at: (time) => db.pageHighlights.where('updatedAt').equals(time).toArray(),
  };
}

/** A highlight not yet made into an object: its page, its place there, and what orders it. */
interface Candidate {
  page: PageHighlightsRecord;
  place: number;
  id: string;
  updatedAt: number;
}

/** The highlights of `candidates`, in their order, each made into an object once. */
function unpackCandidates(candidates: readonly Candidate[]): HighlightRecord[] {
  const places = new Map<PageHighlightsRecord, Set<number>>();
  for (const { page, place } of candidates) {
    const set = places.get(page);
    if (set) set.add(place);
    else places.set(page, new Set([place]));
  }
  const byId = new Map<string, HighlightRecord>();
  for (const [page, wanted] of places)
    for (const h of fromColumns(page.pageUrl, page.ids, page.columns, wanted)) byId.set(h.id, h);
  return candidates.map((c) => byId.get(c.id)!);
}

/**
 * The `limit` most recently changed highlights, newest first: the notes page draws its first
 * screen from these before it has read everything. Pages are read most recently changed first,
 * `limit` (and one more, to see whether the next is changed at the same time) per request, until
 * no page left unread can hold a highlight as new as the `limit`th found; only those `limit` are
 * made into objects. How many there are in all is not asked: with 10,000 highlights that took
 * longer than this. An index entry per highlight would find the pages at once, but every entry
 * is written with each page: importing took 0.2–0.4 s longer.
 */
export async function newestHighlights(
  pagesByChange: ChangedPages,
  limit: number,
): Promise<HighlightRecord[]> {
  if (limit <= 0) return [];
  const found: Candidate[] = [];
  const read = new Set<string>();
  // Every page changed at `below` or later has been read.
  let below = Infinity;
  for (;;) {
    const pages = await pagesByChange.before(below, limit + 1);
    const more = pages.length > limit;
    const edge = pages[Math.min(pages.length, limit) - 1];
    // The limit may cut between pages changed at the same time: read all of those.
    if (edge && more && pages[limit]!.updatedAt === edge.updatedAt)
      pages.push(...(await pagesByChange.at(edge.updatedAt)));
    for (const page of pages) {
      if (read.has(page.pageUrl)) continue;
      read.add(page.pageUrl);
      page.ids.forEach((id, place) =>
        found.push({ page, place, id, updatedAt: page.columns.updatedAt[place]! }),
      );
    }
    found.sort(lastChangedFirst);
    if (!edge || !more) break;
    below = edge.updatedAt;
    if (found.length >= limit && found[limit - 1]!.updatedAt >= below) break;
  }
  return unpackCandidates(found.slice(0, limit));
}
