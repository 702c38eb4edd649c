// What the notes page lists: every highlight and every note on an organization, as one kind of
// row with the few fields the page groups, filters and searches by. Pure: records in, items out.

import type { HighlightColor, HighlightRecord, PageRecord, TermNoteRecord } from '../db/types';
import { describePage } from '../page/pageInfo';

interface ItemBase {
  /** Unique across both kinds: `h:<id>` or `n:<id>`. */
  key: string;
  /** The page it was made on (a stand-in record when the page's own is missing). */
  page: PageRecord;
  createdAt: number;
  updatedAt: number;
  /** Glossary entries it is about: those a passage names, or the one a note is on. */
  entryIds: readonly string[];
  tags: readonly string[];
  /** The highlight's colour; null for a note on an organization. */
  color: HighlightColor | null;
  note: string;
}

export interface HighlightItem extends ItemBase {
  kind: 'highlight';
  record: HighlightRecord;
}

export interface TermNoteItem extends ItemBase {
  kind: 'term-note';
  record: TermNoteRecord;
}

export type NotesItem = HighlightItem | TermNoteItem;

/** Everything the database holds that the notes page shows, or its newest part. */
export interface NotesData {
  highlights: readonly HighlightRecord[];
  pages: readonly PageRecord[];
  termNotes: readonly TermNoteRecord[];
  /** Set when `highlights` holds only the most recently changed ones (see settledAfter). */
  partial?: { after: number };
}

/**
 * Given the `limit` most recently changed highlights, the time after which every item made is
 * certainly among them: the oldest change time in the set. A highlight made later was also changed
 * later (a change is never older than the making), so it cannot have been left out. Why: the notes
 * page shows exactly the newest items at once, before it has read all 10,000.
 */
export function settledAfter(newest: readonly HighlightRecord[], limit: number): number {
  if (newest.length < limit) return -Infinity;
  let oldest = Infinity;
  for (const h of newest) oldest = Math.min(oldest, h.updatedAt);
  return oldest;
}

/** The items certainly in their true place: all of them, or for a partial read those made after its settled time. */
export function settledItems(items: NotesItem[], data: NotesData): NotesItem[] {
  const after = data.partial?.after;
  return after === undefined ? items : items.filter((item) => item.createdAt > after);
}

/**
 * One item per highlight and per note on an organization, each joined to its page record. A
 * record whose page is missing (a note written on a page with no highlight) gets a page read from
 * its address, so it is still filed under its FSJ issue (`now` reads two-digit years, as
 * describePage does).
 */
export function toItems(data: NotesData, now: number): NotesItem[] {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const pageFor = (url: string): PageRecord => {
    let page = pages.get(url);
    if (!page) {
      page = describePage(url, null, '', now);
      pages.set(url, page);
    }
    return page;
  };
  const items: NotesItem[] = [];
  for (const record of data.highlights) {
    items.push({
      kind: 'highlight',
      key: `h:${record.id}`,
      record,
      page: pageFor(record.pageUrl),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      entryIds: record.entryIds,
      tags: record.tags,
      color: record.color,
      note: record.note,
    });
  }
  for (const record of data.termNotes) {
    items.push({
      kind: 'term-note',
      key: `n:${record.id}`,
      record,
      page: pageFor(record.pageUrl),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      entryIds: [record.entryId],
      tags: [],
      color: null,
      note: record.note,
    });
  }
  return items;
}

/** The key an item's FSJ issue is filed under: the issue's code, or '' for pages outside one. */
export function issueKey(page: PageRecord): string {
  return page.issue?.code ?? '';
}
