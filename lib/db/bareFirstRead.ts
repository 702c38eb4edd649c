// The notes page's first read with bare IndexedDB calls, so that the page draws its first screen
// without waiting for Dexie (about 100 KB) to be loaded and run. It only ever reads: a
// database that does not exist yet is not created, and one at another schema version is left to
// Dexie, which upgrades it; in both cases the answer is null and the page reads through Dexie.

import { readFirstScreen, type FirstScreenSource } from './firstScreenRead';
import type { PageHighlightsRecord } from './pageHighlights';
import type { PageRecord, TermNoteRecord } from './types';
import type { NotesData } from '../notes/items';

/** The browser's IndexedDB (a window's own, or fake-indexeddb's in the tests). */
export interface IndexedDbApi {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The tables and index the first read uses, as the current schema declares them. */
const PAGE_HIGHLIGHTS = 'pageHighlights';
const PAGES = 'pages';
const TERM_NOTES = 'termNotes';
const BY_CHANGE = 'updatedAt';

function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database as it is, or null when it does not exist (opening it never creates it). */
function openExisting(indexedDB: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      // Only a database that does not exist gets here (no version was asked for): leave its
      // creation to Dexie.
      absent = true;
      request.transaction!.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      if (absent) resolve(null);
      else reject(request.error ?? new Error('The database could not be opened'));
    };
  });
}

/** The `n`th highest key of `index` in `range`, or undefined when it holds fewer. */
function nthKeyDown(
  index: IDBIndex,
  range: IDBKeyRange,
  n: number,
): Promise<IDBValidKey | undefined> {
  return new Promise((resolve, reject) => {
    const request = index.openKeyCursor(range, 'prev');
    let first = true;
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor && first && n > 1) {
        first = false;
        cursor.advance(n - 1);
      } else {
        resolve(cursor?.key);
      }
    };
  });
}

/** Chromium's one-request read of an index in either direction (not in TypeScript's DOM types). */
interface RecordsReader {
  getAllRecords(options: {
    query: IDBKeyRange;
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: unknown }[]>;
}

/**
 * Reads from one read-only transaction; every request is made while it is active. Each page record
 * is asked for as soon as its address is known, so that it is on its way while the newest
 * highlights are still being found, rather than asked for after.
 */
export function bareFirstScreenSource(
  tx: IDBTransaction,
  keyRange: typeof IDBKeyRange,
): FirstScreenSource {
  const byChange = tx.objectStore(PAGE_HIGHLIGHTS).index(BY_CHANGE);
  const pageStore = tx.objectStore(PAGES);
  const pageReads = new Map<string, Promise<PageRecord | undefined>>();
  const pageRead = (url: string) => {
    let read = pageReads.get(url);
    if (!read)
      pageReads.set(url, (read = answer(pageStore.get(url)) as Promise<PageRecord | undefined>));
    return read;
  };
  const withPagesAsked = <T extends { pageUrl: string }>(records: T[]) => {
    for (const record of records) void pageRead(record.pageUrl).catch(() => undefined);
    return records;
  };
  return {
    before: async (below, count) => {
      const query = keyRange.upperBound(below, true);
      if ('getAllRecords' in byChange) {
        const records = await answer(
          (byChange as unknown as RecordsReader).getAllRecords({ query, count, direction: 'prev' }),
        );
        return withPagesAsked(records.map((record) => record.value as PageHighlightsRecord));
      }
      // Elsewhere three requests, whatever `count` is: a cursor costs one round trip per page.
      const edge = await nthKeyDown(byChange, query, count);
      const pages = (await answer(
        byChange.getAll(edge === undefined ? query : keyRange.bound(edge, below, false, true)),
      )) as PageHighlightsRecord[];
      // Most recent first, as a backward cursor gives them.
      return withPagesAsked(pages.reverse().slice(0, count));
    },
    at: async (time) =>
      withPagesAsked((await answer(byChange.getAll(time))) as PageHighlightsRecord[]),
    pages: async (urls) =>
      (await Promise.all(urls.map(pageRead))).filter(
        (page): page is PageRecord => page !== undefined,
      ),
    termNotes: async () =>
      withPagesAsked((await answer(tx.objectStore(TERM_NOTES).getAll())) as TermNoteRecord[]),
  };
}

/**
 * What the notes page's first screen shows (lib/db/firstScreenRead.ts), read before Dexie loads;
 * null when only Dexie can read the database: it does not exist yet, or was written by another
 * schema version than `version` (Dexie's IndexedDB version is ten times its own).
 */
export async function bareFirstRead(
  { indexedDB, IDBKeyRange }: IndexedDbApi,
  name: string,
  version: number,
  limit: number,
): Promise<NotesData | null> {
  const db = await openExisting(indexedDB, name);
  if (!db) return null;
  // Dexie, opening to upgrade, must not wait for this connection.
  db.onversionchange = () => db.close();
  try {
    const stores = db.objectStoreNames;
    if (
      Math.floor(db.version / 10) !== version ||
      ![PAGE_HIGHLIGHTS, PAGES, TERM_NOTES].every((store) => stores.contains(store))
    ) {
      return null;
    }
    const tx = db.transaction([PAGE_HIGHLIGHTS, PAGES, TERM_NOTES], 'readonly');
    if (!tx.objectStore(PAGE_HIGHLIGHTS).indexNames.contains(BY_CHANGE)) return null;
    return await readFirstScreen(bareFirstScreenSource(tx, IDBKeyRange), limit);
  } finally {
    db.close();
  }
}
