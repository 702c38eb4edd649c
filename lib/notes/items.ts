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

/** Everything the database holds that the notes page shows. */
export interface NotesData {
  highlights: readonly HighlightRecord[];
  pages: readonly PageRecord[];
  termNotes: readonly TermNoteRecord[];
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
