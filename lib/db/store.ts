// Reads and writes the database's tables: highlights with their pages, notes on glossary entries,
// and the dispatcher that answers the content script's store requests (edits of saved records are
// in edits.ts, the backup import in importBackup.ts). Every write is one transaction: it commits
// whole or not at all.

import type { StoreReply, StoreReplyFor, StoreRequest, StoreValues } from '../messaging/store';
import { storeRequestProblem } from '../messaging/validateStore';
import { updateHighlight, updateTermNote } from './edits';
import { toStoreError } from './errors';
import {
  highlightsOf,
  withHighlight,
  withoutHighlight,
  type PageHighlightsRecord,
} from './pageHighlights';
import type { GlossDatabase } from './schema';
import { check, findHeld, notFound, pageHolding } from './storeGuards';
import { byEntryThenMade } from './termNoteOrder';
import type { HighlightRecord, PageRecord, TermNoteRecord } from './types';

/** Writes the page record, keeping the later of the stored and the given `updatedAt`. */
async function upsertPage(db: GlossDatabase, page: PageRecord): Promise<void> {
  const stored = await db.pages.get(page.url);
  const updatedAt = Math.max(page.updatedAt, stored?.updatedAt ?? 0);
  await db.pages.put({ ...page, updatedAt });
}

/** Stores `record`, or deletes the page's record when nothing is left on it. */
async function putPageHighlights(
  db: GlossDatabase,
  pageUrl: string,
  record: PageHighlightsRecord | null,
): Promise<void> {
  if (record) await db.pageHighlights.put(record);
  else await db.pageHighlights.delete(pageUrl);
}

/**
 * Puts `highlight` on its page's record, in place of any highlight with its id, on that page or
 * (should its page have changed) on another. Call inside a transaction over pageHighlights.
 */
async function putHighlight(db: GlossDatabase, highlight: HighlightRecord): Promise<void> {
  const holder = await pageHolding(db, highlight.id);
  if (holder && holder.pageUrl !== highlight.pageUrl)
    await putPageHighlights(db, holder.pageUrl, withoutHighlight(holder, highlight.id));
  const onPage =
    holder?.pageUrl === highlight.pageUrl ? holder : await db.pageHighlights.get(highlight.pageUrl);
  await db.pageHighlights.put(withHighlight(onPage, highlight));
}

/** A page's highlights in reading order, to paint them and list them beside the article. */
export async function listHighlights(
  db: GlossDatabase,
  pageUrl: string,
): Promise<HighlightRecord[]> {
  const page = await db.pageHighlights.get(pageUrl);
  return page ? highlightsOf(page) : [];
}

/** Saves a highlight (new or replaced) together with its page's record, both or neither. */
export async function saveHighlight(
  db: GlossDatabase,
  page: PageRecord,
  highlight: HighlightRecord,
): Promise<HighlightRecord> {
  check({ type: 'gloss:highlights:save', page, highlight });
  return db.transaction('rw', db.pages, db.pageHighlights, async () => {
    await upsertPage(db, page);
    await putHighlight(db, highlight);
    return highlight;
  });
}

/**
 * Deletes a highlight and returns it as it was, so the UI can offer to undo with
 * restoreHighlight. The page's record stays (it may still be needed to restore).
 */
export async function deleteHighlight(db: GlossDatabase, id: string): Promise<HighlightRecord> {
  check({ type: 'gloss:highlights:delete', id });
  return db.transaction('rw', db.pageHighlights, async () => {
    const { holder, current } = await findHeld(db, id);
    await putPageHighlights(db, holder.pageUrl, withoutHighlight(holder, id));
    return current;
  });
}

/**
 * Puts back a deleted highlight exactly as it was (times included). Restoring twice is harmless.
 * The page record is written only if it is missing, so a restore does not make the page look
 * recently edited.
 */
export async function restoreHighlight(
  db: GlossDatabase,
  page: PageRecord,
  record: HighlightRecord,
): Promise<HighlightRecord> {
  check({ type: 'gloss:highlights:restore', page, highlight: record });
  return db.transaction('rw', db.pages, db.pageHighlights, async () => {
    if (!(await db.pages.get(page.url))) await db.pages.put(page);
    await putHighlight(db, record);
    return record;
  });
}

/** The user's notes on a glossary entry, oldest first, for its card. */
export async function listTermNotes(db: GlossDatabase, entryId: string): Promise<TermNoteRecord[]> {
  return db.termNotes.where('entryId').equals(entryId).sortBy('createdAt');
}

/** Saves a note on a glossary entry (new or replaced). */
export async function saveTermNote(
  db: GlossDatabase,
  note: TermNoteRecord,
): Promise<TermNoteRecord> {
  check({ type: 'gloss:term-notes:save', note });
  await db.transaction('rw', db.termNotes, () => db.termNotes.put(note));
  return note;
}

/** Deletes a note on a glossary entry and returns it as it was, for undo. */
export async function deleteTermNote(db: GlossDatabase, id: string): Promise<TermNoteRecord> {
  check({ type: 'gloss:term-notes:delete', id });
  return db.transaction('rw', db.termNotes, async () => {
    const current = await db.termNotes.get(id);
    if (!current) throw notFound('This note');
    await db.termNotes.delete(id);
    return current;
  });
}

/** Every highlight, grouped by page address and in reading order within a page: for export. */
export async function allHighlights(db: GlossDatabase): Promise<HighlightRecord[]> {
  const pages = await db.pageHighlights.toArray();
  return pages.flatMap(highlightsOf);
}

/** Every page that has had a highlight, most recently saved first: for the notes page. */
export async function allPages(db: GlossDatabase): Promise<PageRecord[]> {
  return db.pages.orderBy('updatedAt').reverse().toArray();
}

/**
 * The page records of these URLs (those that exist): the notes page's first screen needs only the
 * pages of the highlights it shows, not all of them.
 */
export async function pagesOf(db: GlossDatabase, urls: Iterable<string>): Promise<PageRecord[]> {
  const found = await db.pages.bulkGet([...new Set(urls)]);
  return found.filter((page): page is PageRecord => page !== undefined);
}

/** Every note on a glossary entry, grouped by entry, oldest first within one: for export. */
export async function allTermNotes(db: GlossDatabase): Promise<TermNoteRecord[]> {
  const notes = await db.termNotes.toArray();
  return notes.sort(byEntryThenMade);
}

type AnyValue = StoreValues[StoreRequest['type']];

function dispatch(db: GlossDatabase, request: StoreRequest): Promise<AnyValue> {
  switch (request.type) {
    case 'gloss:highlights:list':
      return listHighlights(db, request.pageUrl);
    case 'gloss:highlights:save':
      return saveHighlight(db, request.page, request.highlight);
    case 'gloss:highlights:update':
      return updateHighlight(db, request.id, request.changes, request.base);
    case 'gloss:highlights:delete':
      return deleteHighlight(db, request.id);
    case 'gloss:highlights:restore':
      return restoreHighlight(db, request.page, request.highlight);
    case 'gloss:term-notes:list':
      return listTermNotes(db, request.entryId);
    case 'gloss:term-notes:save':
      return saveTermNote(db, request.note);
    case 'gloss:term-notes:update':
      return updateTermNote(db, request.id, request.changes, request.base);
    case 'gloss:term-notes:delete':
      return deleteTermNote(db, request.id);
  }
}

/**
 * Answers one store request from the content script. It never throws: a malformed request, a full
 * disk, a closed database or a missing record comes back as `{ ok: false, error }` with a sentence
 * for the user, and `ok: true` means the write was committed.
 */
export async function handleStoreRequest<R extends StoreRequest>(
  db: GlossDatabase,
  request: R,
): Promise<StoreReplyFor<R>>;
export async function handleStoreRequest(
  db: GlossDatabase,
  request: unknown,
): Promise<StoreReply<AnyValue>>;
export async function handleStoreRequest(
  db: GlossDatabase,
  request: unknown,
): Promise<StoreReply<AnyValue>> {
  try {
    const problem = storeRequestProblem(request);
    if (problem) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          message: `The request was malformed (${problem}); nothing was changed.`,
        },
      };
    }
    return { ok: true, value: await dispatch(db, request as StoreRequest) };
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}
