// Typed messages from the content script to the background, which owns the database. Every
// request is checked on arrival (lib/messaging/validateStore.ts); every reply says whether the
// write was committed.

import type {
  HighlightChanges,
  HighlightRecord,
  PageRecord,
  TermNoteChanges,
  TermNoteRecord,
} from '../db/types';

/**
 * An update carries the fields the reader changed and, in `base`, the value each of them had in the
 * view the edit was made from (exactly the same fields). The store writes a field only if it still
 * holds its `base` value, and otherwise refuses with a conflict (lib/db/edits.ts).
 */
export type StoreRequest =
  | { type: 'gloss:highlights:list'; pageUrl: string }
  | { type: 'gloss:highlights:save'; page: PageRecord; highlight: HighlightRecord }
  | {
      type: 'gloss:highlights:update';
      id: string;
      changes: HighlightChanges;
      base: HighlightChanges;
    }
  | { type: 'gloss:highlights:delete'; id: string }
  | { type: 'gloss:highlights:restore'; page: PageRecord; highlight: HighlightRecord }
  | { type: 'gloss:term-notes:list'; entryId: string }
  | { type: 'gloss:term-notes:save'; note: TermNoteRecord }
  | { type: 'gloss:term-notes:update'; id: string; changes: TermNoteChanges; base: TermNoteChanges }
  | { type: 'gloss:term-notes:delete'; id: string };

/**
 * Why a request failed, in words the user can act on. `conflict`: an edit was made from a view of
 * the record that another tab has changed since, in a field the edit also changes; nothing was
 * written.
 */
export interface StoreError {
  kind: 'quota' | 'closed' | 'invalid' | 'not-found' | 'conflict' | 'unknown';
  message: string;
}

export type StoreReply<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** The value each request answers with when it succeeds. */
export interface StoreValues {
  'gloss:highlights:list': HighlightRecord[];
  /** The page's highlights, and where each is in the given article text now (same order). */
  'gloss:highlights:save': HighlightRecord;
  'gloss:highlights:update': HighlightRecord;
  'gloss:highlights:delete': HighlightRecord;
  'gloss:highlights:restore': HighlightRecord;
  'gloss:term-notes:list': TermNoteRecord[];
  'gloss:term-notes:save': TermNoteRecord;
  'gloss:term-notes:update': TermNoteRecord;
  'gloss:term-notes:delete': TermNoteRecord;
}

/** The reply a given request gets. */
export type StoreReplyFor<R extends StoreRequest> = StoreReply<StoreValues[R['type']]>;

export const STORE_REQUEST_TYPES: readonly StoreRequest['type'][] = [
  'gloss:highlights:list',
  'gloss:highlights:save',
  'gloss:highlights:update',
  'gloss:highlights:delete',
  'gloss:highlights:restore',
  'gloss:term-notes:list',
  'gloss:term-notes:save',
  'gloss:term-notes:update',
  'gloss:term-notes:delete',
];
