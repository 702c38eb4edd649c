// Helpers for the database tests: a private in-memory IndexedDB per test, and well-formed records
// to save into it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Dexie, DexieOptions } from 'dexie';
import { highlightsOf, withHighlight } from '../../../lib/db/pageHighlights';
import { GlossDatabase } from '../../../lib/db/schema';
import type { HighlightRecord, PageRecord, TermNoteRecord } from '../../../lib/db/types';

export const PAGE_URL =
  'https://www.afsa.org/sites/default/files/flipping_book/0313/files/assets/seo/page28.html';
export const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

/** Dexie options for a fresh, empty IndexedDB that no other test sees. */
export function freshIndexedDb(): DexieOptions {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A database opened on its own IndexedDB (or on `options`, to share one between connections). */
export async function openGloss(options: DexieOptions = freshIndexedDb()): Promise<GlossDatabase> {
  const db = new GlossDatabase('fsj-gloss', options);
  await db.open();
  return db;
}

export function makePage(overrides: Partial<PageRecord> = {}): PageRecord {
  return {
    url: PAGE_URL,
    title: 'Page 28 - Foreign Service Journal - March 2013',
    issue: { code: '0313', year: 2013, month: 3, endMonth: 3 },
    pageNumber: 28,
    updatedAt: T0,
    ...overrides,
  };
}

/** A highlight of `exact` at offset `start` of the page's article text. */
export function makeHighlight(
  id: string,
  start = 0,
  overrides: Partial<HighlightRecord> = {},
): HighlightRecord {
  const exact = overrides.quote ?? 'the International Organization for Migration';
  return {
    id,
    pageUrl: PAGE_URL,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'Founded in 1951, ', suffix: ' (IOM) is' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    quote: exact,
    color: 'yellow',
    note: '',
    tags: [],
    entryIds: ['iom'],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeTermNote(
  id: string,
  entryId = 'iom',
  overrides: Partial<TermNoteRecord> = {},
): TermNoteRecord {
  return {
    id,
    entryId,
    note: 'Joined the UN system in 2016.',
    pageUrl: PAGE_URL,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** Every stored highlight, sorted by id (they are kept in one record per page). */
export async function storedHighlights(db: GlossDatabase): Promise<HighlightRecord[]> {
  return (await db.pageHighlights.toArray())
    .flatMap(highlightsOf)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The stored highlight `id`, wherever it is kept. */
export async function storedHighlight(
  db: GlossDatabase,
  id: string,
): Promise<HighlightRecord | undefined> {
  return (await storedHighlights(db)).find((h) => h.id === id);
}

/** Writes highlights straight into the table (no page records, no checks): a starting state. */
export async function putHighlights(
  db: GlossDatabase,
  highlights: readonly HighlightRecord[],
): Promise<void> {
  for (const highlight of highlights) {
    const page = await db.pageHighlights.get(highlight.pageUrl);
    await db.pageHighlights.put(withHighlight(page, highlight));
  }
}

/** Every table's records, sorted by key, to compare two databases or one before and after. */
export async function tables(db: GlossDatabase) {
  const byKey =
    <T>(key: (r: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : 1;
  return {
    pages: (await db.pages.toArray()).sort(byKey((p) => p.url)),
    highlights: await storedHighlights(db),
    termNotes: (await db.termNotes.toArray()).sort(byKey((n) => n.id)),
  };
}

/** Index name → [keyPath, multiEntry], as IndexedDB itself has them (not as Dexie declares them). */
export function indexesOf(db: Dexie, store: string): Record<string, [string | string[], boolean]> {
  const tx = db.backendDB().transaction(store, 'readonly');
  const objectStore = tx.objectStore(store);
  const out: Record<string, [string | string[], boolean]> = {};
  for (const name of Array.from(objectStore.indexNames)) {
    const index = objectStore.index(name);
    out[name] = [index.keyPath, index.multiEntry];
  }
  return out;
}
