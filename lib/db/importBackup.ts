// Imports a backup's records (read by lib/export/backupRead.ts) into the database: checked with
// the store's own validator first, then written in one transaction over every table, so an import
// lands whole or not at all. It merges: a record already present is replaced only by a later
// version of itself, and nothing is ever deleted. A record dated in the future is left out and
// named (lib/db/futureRecords.ts), as it would win every later merge.

import type { Table } from 'dexie';
import type { BackupData } from '../export/backupFormat';
import type { StoreError } from '../messaging/store';
import { storeRequestProblem } from '../messaging/validateStore';
import { StoreFailure, toStoreError } from './errors';
import { setAsideFuture, type RefusedRecord } from './futureRecords';
import { highlightsOf, pageHighlightsRecord, type PageHighlightsRecord } from './pageHighlights';
import type { GlossDatabase } from './schema';
import type { HighlightRecord, PageRecord, TermNoteRecord } from './types';

/** What merging did to the records of one kind. */
export interface MergeTally {
  /** Not in the database before. */
  added: number;
  /** In the database with an earlier `updatedAt`; replaced by the backup's version. */
  updated: number;
  /** In the database already, as recent as the backup's version or more; kept as it was. */
  unchanged: number;
}

/** Totals over highlights and notes on glossary entries (what the reader calls notes), and per table. */
export interface ImportCounts extends MergeTally {
  pages: MergeTally;
  highlights: MergeTally;
  termNotes: MergeTally;
  /** Records not imported because their times lie in the future (not counted above). */
  refused: RefusedRecord[];
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: StoreError };

const tally = (): MergeTally => ({ added: 0, updated: 0, unchanged: 0 });

/** A well-formed highlight on `url`, so a page can be checked by the store's request validator. */
function probeHighlight(url: string): HighlightRecord {
  return {
    id: 'probe',
    pageUrl: url,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
    },
    quote: 'x',
    color: 'yellow',
    note: '',
    tags: [],
    entryIds: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A well-formed page at `url`, so a highlight can be checked by the same validator. */
function probePage(url: string): PageRecord {
  return { url, title: '', issue: null, pageNumber: null, updatedAt: 0 };
}

function invalid(what: string, problem: string): StoreFailure {
  return new StoreFailure('invalid', `Nothing was imported: ${what}: ${problem}.`);
}

/** Throws on the first record the store would refuse to save, or an id given twice. */
function check(data: BackupData): void {
  const urls = new Set<string>();
  data.pages.forEach((page, i) => {
    const problem = storeRequestProblem({
      type: 'gloss:highlights:restore',
      page,
      highlight: probeHighlight(typeof page?.url === 'string' ? page.url : ''),
    });
    if (problem) throw invalid(`page ${i + 1}`, problem);
    if (urls.has(page.url)) throw invalid(`page ${i + 1}`, 'the same address as an earlier page');
    urls.add(page.url);
  });
  const ids = new Set<string>();
  data.highlights.forEach((highlight, i) => {
    const url = typeof highlight?.pageUrl === 'string' ? highlight.pageUrl : '';
    const request = { type: 'gloss:highlights:restore', page: probePage(url), highlight };
    const problem = storeRequestProblem(request);
    if (problem) throw invalid(`highlight ${i + 1}`, problem);
    if (ids.has(highlight.id)) throw invalid(`highlight ${i + 1}`, 'the same id as an earlier one');
    ids.add(highlight.id);
  });
  ids.clear();
  data.termNotes.forEach((note, i) => {
    const problem = storeRequestProblem({ type: 'gloss:term-notes:save', note });
    if (problem) throw invalid(`note on an organization ${i + 1}`, problem);
    if (ids.has(note.id)) throw invalid(`note on an organization ${i + 1}`, 'a repeated id');
    ids.add(note.id);
  });
}

/** A table seen as holding whole records (every record in a backup has its key). */
const plain = <T>(table: unknown) => table as Table<T, string, T>;

/** Adds the records that are new and replaces those the backup holds a later version of. */
async function merge<T extends { updatedAt: number }>(
  table: Table<T, string, T>,
  records: readonly T[],
  key: (record: T) => string,
): Promise<MergeTally> {
  const counts = tally();
  // One request for every key the table holds, then a read of only the records the backup shares
  // with it: into an empty or a small database, that is almost nothing to read.
  const present = new Set(await table.toCollection().primaryKeys());
  const shared = records.filter((record) => present.has(key(record)));
  const stored = new Map<string, T>();
  if (shared.length * 2 > present.size) {
    // Most of the table is shared (the same backup again): one read of all of it is faster than
    // a read per record.
    for (const current of await table.toArray()) stored.set(key(current), current);
  } else {
    (await table.bulkGet(shared.map(key))).forEach((current, i) => {
      if (current) stored.set(key(shared[i] as T), current);
    });
  }
  const writes: T[] = [];
  records.forEach((record) => {
    const current = stored.get(key(record));
    if (!current) counts.added++;
    else if (record.updatedAt > current.updatedAt) counts.updated++;
    else {
      counts.unchanged++;
      return;
    }
    writes.push(record);
  });
  if (writes.length > 0) await table.bulkPut(writes);
  return counts;
}

/**
 * Merges highlights as `merge` does records, on the records that keep a page's highlights
 * together: only the pages the backup names, or that hold one of its highlights, are read, and
 * each page changed is written once.
 */
async function mergeHighlights(
  db: GlossDatabase,
  records: readonly HighlightRecord[],
): Promise<MergeTally> {
  const counts = tally();
  // The ids and pages stored, from the keys alone: into an empty database, nothing to read.
  const [storedIds, storedUrls] = await Promise.all([
    db.pageHighlights.orderBy('ids').keys(),
    db.pageHighlights.toCollection().primaryKeys(),
  ]);
  const hasId = new Set(storedIds as string[]);
  const hasUrl = new Set(storedUrls);
  // Each page read, its highlights by id; and every highlight read, by id.
  const onPage = new Map<string, Map<string, HighlightRecord>>();
  const stored = new Map<string, HighlightRecord>();
  const keep = (page: PageHighlightsRecord | undefined) => {
    if (!page) return;
    const held = new Map(highlightsOf(page).map((h) => [h.id, h]));
    onPage.set(page.pageUrl, held);
    for (const [id, h] of held) stored.set(id, h);
  };
  const urls = [...new Set(records.map((h) => h.pageUrl))].filter((url) => hasUrl.has(url));
  (await db.pageHighlights.bulkGet(urls)).forEach(keep);
  // Highlights the backup files under another page than the database does: rare, read apart.
  const elsewhere = records.filter((h) => hasId.has(h.id) && !stored.has(h.id)).map((h) => h.id);
  if (elsewhere.length > 0)
    (await db.pageHighlights.where('ids').anyOf(elsewhere).distinct().toArray()).forEach(keep);

  const changed = new Set<string>();
  const pageOf = (url: string) => {
    changed.add(url);
    let page = onPage.get(url);
    if (!page) onPage.set(url, (page = new Map()));
    return page;
  };
  for (const record of records) {
    const current = stored.get(record.id);
    if (!current) counts.added++;
    else if (record.updatedAt > current.updatedAt) counts.updated++;
    else {
      counts.unchanged++;
      continue;
    }
    if (current) pageOf(current.pageUrl).delete(current.id);
    pageOf(record.pageUrl).set(record.id, record);
  }
  const writes: PageHighlightsRecord[] = [];
  const emptied: string[] = [];
  for (const url of changed) {
    const page = pageHighlightsRecord(url, [...(onPage.get(url)?.values() ?? [])]);
    if (page) writes.push(page);
    else emptied.push(url);
  }
  if (writes.length > 0) await db.pageHighlights.bulkPut(writes);
  if (emptied.length > 0) await db.pageHighlights.bulkDelete(emptied);
  return counts;
}

/**
 * Imports a backup into the database and says how many records were added, updated and left
 * unchanged. Importing the same backup twice changes nothing the second time; a record is replaced
 * only by a version with a later `updatedAt` (on a tie the stored one stays), and no record is
 * deleted. A record with a time more than a day after `now` is not imported but listed in
 * `refused`, and the rest is imported. Never throws: invalid records, a full disk or a closed
 * database come back as a StoreError, and then nothing at all was written.
 *
 * Its speed is IndexedDB's: in Chromium each record written costs about the same (some 0.15 ms)
 * however it is written, which is why a page's highlights are one record (schema version 4).
 * Tried and measured without gain: Dexie's `cache: 'disabled'` (its cache skips explicit
 * transactions), `relaxed` durability (Chromium's default since version 121), `add` instead of
 * `put`, smaller transactions (which would also lose all-or-nothing), the tables merged in
 * parallel, records written in key order.
 */
export async function importBackup(
  db: GlossDatabase,
  backup: BackupData,
  now: number = Date.now(),
): Promise<ImportResult> {
  try {
    check(backup);
    const { data, refused } = setAsideFuture(backup, now);
    const counts = await db.transaction(
      'rw',
      db.pages,
      db.pageHighlights,
      db.termNotes,
      async () => {
        const pages = await merge(plain<PageRecord>(db.pages), data.pages, (p) => p.url);
        const highlights = await mergeHighlights(db, data.highlights);
        const termNotes = await merge(
          plain<TermNoteRecord>(db.termNotes),
          data.termNotes,
          (n) => n.id,
        );
        return { pages, highlights, termNotes };
      },
    );
    const sum = (key: keyof MergeTally) => counts.highlights[key] + counts.termNotes[key];
    return {
      ok: true,
      counts: {
        added: sum('added'),
        updated: sum('updated'),
        unchanged: sum('unchanged'),
        ...counts,
        refused,
      },
    };
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}
