// The database in the extension's origin: its tables, every schema version the extension has
// shipped, and the upgrades that carry a previous version's data forward. Only lib/db/store.ts,
// edits.ts and the backup import (importBackup.ts) write the tables; the notes page's first read
// (firstScreenRead.ts) reads them on its own, through Dexie or bare IndexedDB (bareFirstRead.ts),
// which must then follow any change to the names of tables and indexes made here.

import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { DB_NAME } from './databaseName';
import { canonicalUrl, fsjIssueFromUrl, fsjPageNumber } from '../page/pageInfo';
import { groupByPage, type PageHighlightsRecord } from './pageHighlights';
import {
  DEFAULT_COLOR,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightRecord,
  type PageMentionsRecord,
  type PageRecord,
  type TermNoteRecord,
} from './types';

export { CURRENT_VERSION, DB_NAME } from './databaseName';

// ---- Version 1: the first schema -------------------------------------------------------------
// Highlights were filed under the page's raw address (fragment and tracking parameters included),
// kept the quote and its context as flat fields, and stored the colour as a CSS hex value. Pages
// had no issue or page number. There were no notes on glossary entries.

export interface PageRecordV1 {
  url: string;
  title: string;
  savedAt: number;
}

export interface HighlightRecordV1 {
  id: string;
  /** The page's address as the browser showed it. */
  url: string;
  text: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** A CSS colour such as `#fff59d`. */
  color: string;
  note: string;
  tags: string[];
  createdAt: number;
  /** Absent on highlights never edited. */
  updatedAt?: number;
}

/** The hex values version 1 wrote for each of today's named colours. */
export const V1_COLORS: Readonly<Record<string, HighlightColor>> = {
  '#fff59d': 'yellow',
  '#c5e1a5': 'green',
  '#90caf9': 'blue',
  '#f48fb1': 'pink',
  '#ce93d8': 'purple',
};

/** Declares version 1 only; tests use it to fill a database as the first release left it. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    pages: 'url',
    highlights: 'id, url, createdAt',
  });
}

// ---- Version 2: named colours, selectors, canonical addresses, notes on entries -----------------

/** Index that lists a page's highlights in reading order. */
export const PAGE_ORDER_INDEX = '[pageUrl+selectors.position.start]';

function colorFromV1(color: string): HighlightColor {
  const named = V1_COLORS[color.trim().toLowerCase()];
  if (named) return named;
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color)
    ? (color as HighlightColor)
    : DEFAULT_COLOR;
}

/** Trimmed, non-empty, each once, in the order first written. */
function cleanTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  const seen = new Set<string>();
  for (const tag of tags) {
    if (typeof tag === 'string' && tag.trim() !== '') seen.add(tag.trim());
  }
  return [...seen];
}

/**
 * A version-1 highlight in today's shape: filed under the page's canonical address, selectors
 * built from the flat quote fields, colour named, tags cleaned, `updatedAt` filled in.
 */
export function upgradeHighlightV1(old: HighlightRecordV1): HighlightRecord {
  return {
    id: old.id,
    pageUrl: canonicalUrl(old.url, null),
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: old.text, prefix: old.prefix, suffix: old.suffix },
      position: { type: 'TextPositionSelector', start: old.start, end: old.end },
    },
    quote: old.text,
    color: colorFromV1(old.color),
    note: old.note ?? '',
    tags: cleanTags(old.tags),
    entryIds: [],
    createdAt: old.createdAt,
    updatedAt: old.updatedAt ?? old.createdAt,
  };
}

/** A version-1 page in today's shape, its issue and page number read from its address and title. */
export function upgradePageV1(old: PageRecordV1, now: number): PageRecord {
  const url = canonicalUrl(old.url, null);
  const issue = fsjIssueFromUrl(url, now);
  return {
    url,
    title: old.title,
    issue,
    pageNumber: issue ? fsjPageNumber(url, old.title) : null,
    updatedAt: old.savedAt,
  };
}

/**
 * Carries version-1 data to version 2 inside the upgrade transaction (all or nothing). Pages whose
 * raw addresses differ only by fragment or tracking parameters become one page, keeping the most
 * recently saved title; a highlight whose page record was missing gets one; a page's `updatedAt`
 * becomes the latest time anything on it was saved.
 */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const pages = tx.table<PageRecordV1, string>('pages');
  const highlights = tx.table('highlights');
  const merged = new Map<string, PageRecord>();
  for (const old of await pages.toArray()) {
    const page = upgradePageV1(old, now);
    const known = merged.get(page.url);
    if (!known || page.updatedAt >= known.updatedAt) merged.set(page.url, page);
  }
  await highlights.toCollection().modify((value: unknown, ref: { value: unknown }) => {
    const upgraded = upgradeHighlightV1(value as HighlightRecordV1);
    ref.value = upgraded;
    const page = merged.get(upgraded.pageUrl);
    if (!page) {
      const stub = { url: upgraded.pageUrl, title: '', savedAt: upgraded.updatedAt };
      merged.set(upgraded.pageUrl, upgradePageV1(stub, now));
    } else if (upgraded.updatedAt > page.updatedAt) {
      page.updatedAt = upgraded.updatedAt;
    }
  });
  await pages.clear();
  await tx.table<PageRecord, string>('pages').bulkPut([...merged.values()]);
}

/**
 * Declares version 2 and its upgrade from version 1 (after declareVersion1). Tests use the two to
 * fill a database as the second release left it. Version 2 also indexed highlights by page alone,
 * tag, colour and glossary entry, which no query came to use (the notes page filters in memory).
 */
export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      pages: 'url, updatedAt',
      highlights: `id, pageUrl, ${PAGE_ORDER_INDEX}, updatedAt, *tags, color, *entryIds`,
      termNotes: 'id, entryId, updatedAt',
    })
    .upgrade(upgradeToVersion2);
}

// ---- Version 3 ---------------------------------------------------------------------------------
// The same records, with only the indexes some query used: every index is written with each
// record, so each one unused made saving and importing slower. Dropping indexes needs no upgrade
// function: Dexie deletes them and the records stay as they are.

/** Declares version 3 (after declareVersion2); tests use it to fill a database as it left it. */
export function declareVersion3(db: Dexie): void {
  db.version(3).stores({
    pages: 'url, updatedAt',
    highlights: `id, ${PAGE_ORDER_INDEX}, updatedAt`,
    termNotes: 'id, entryId',
  });
}

// ---- Versions 4 and 5: the current schema ------------------------------------------------------
// A page's highlights are kept in one record, field by field (lib/db/pageHighlights.ts,
// highlightColumns.ts): Chromium's IndexedDB costs about the same per record whatever its size,
// so importing 10,000 highlights went from about 3 s to under 1 s, and reading them back takes a
// fraction of the time. Version 4 adds the table and moves every highlight into it, inside the
// upgrade transaction (all or nothing); version 5 deletes the old table, as Dexie asks (a table an
// upgrade reads is deleted by a later version). Highlights themselves are unchanged.

/** Moves version 3's highlights into one record per page. */
export async function upgradeToVersion4(tx: Transaction): Promise<void> {
  const highlights = await tx.table<HighlightRecord, string>('highlights').toArray();
  await tx.table<PageHighlightsRecord, string>('pageHighlights').bulkPut(groupByPage(highlights));
}

// ---- Version 6 ---------------------------------------------------------------------------------
// The bodies each page named when it was last marked (lib/db/pageMentions.ts), for the index of
// organizations. A new table: nothing to upgrade.

/** Declares every version, oldest first, as Dexie requires for upgrading older databases. */
export function declareAllVersions(db: Dexie): void {
  declareVersion1(db);
  declareVersion2(db);
  declareVersion3(db);
  db.version(4).stores({ pageHighlights: 'pageUrl, *ids, updatedAt' }).upgrade(upgradeToVersion4);
  db.version(5).stores({ highlights: null });
  db.version(6).stores({ pageMentions: 'url' });
}

/**
 * The extension's database. Open it only in the extension's origin (background, extension pages):
 * a content script's IndexedDB would belong to the web page.
 */
export class GlossDatabase extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  pageHighlights!: EntityTable<PageHighlightsRecord, 'pageUrl'>;
  termNotes!: EntityTable<TermNoteRecord, 'id'>;
  pageMentions!: EntityTable<PageMentionsRecord, 'url'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareAllVersions(this);
  }
}
