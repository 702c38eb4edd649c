// Typed messages from the content script to the background, which owns the database. Every
// request is checked on arrival; every reply says whether the write was committed.

import type { HighlightChanges, HighlightRecord, PageRecord, TermNoteRecord } from '../db/types';

export type StoreRequest =
  | { type: 'gloss:highlights:list'; pageUrl: string }
  | { type: 'gloss:highlights:save'; page: PageRecord; highlight: HighlightRecord }
  | { type: 'gloss:highlights:update'; id: string; changes: HighlightChanges }
  | { type: 'gloss:highlights:delete'; id: string }
  | { type: 'gloss:highlights:restore'; page: PageRecord; highlight: HighlightRecord }
  | { type: 'gloss:term-notes:list'; entryId: string }
  | { type: 'gloss:term-notes:save'; note: TermNoteRecord }
  | { type: 'gloss:term-notes:delete'; id: string };

/** Why a request failed, in words the user can act on. */
export interface StoreError {
  kind: 'quota' | 'closed' | 'invalid' | 'not-found' | 'unknown';
  message: string;
}

export type StoreReply<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** The value each request answers with when it succeeds. */
export interface StoreValues {
  'gloss:highlights:list': HighlightRecord[];
  'gloss:highlights:save': HighlightRecord;
  'gloss:highlights:update': HighlightRecord;
  'gloss:highlights:delete': HighlightRecord;
  'gloss:highlights:restore': HighlightRecord;
  'gloss:term-notes:list': TermNoteRecord[];
  'gloss:term-notes:save': TermNoteRecord;
  'gloss:term-notes:delete': TermNoteRecord;
}
