// What every write of the store checks before it touches a table: that the request is one the
// message validator would accept (so direct callers get the same checks as the content script),
// and that the record it names is still there.

import type { StoreRequest } from '../messaging/store';
import { storeRequestProblem } from '../messaging/validateStore';
import { StoreFailure } from './errors';
import { highlightsOf, type PageHighlightsRecord } from './pageHighlights';
import type { GlossDatabase } from './schema';

/** Rejects input the message validator would reject, so direct callers get the same checks. */
export function check(request: StoreRequest): void {
  const problem = storeRequestProblem(request);
  if (problem) throw new StoreFailure('invalid', `Nothing was changed: ${problem}.`);
}

export function notFound(what: string): StoreFailure {
  return new StoreFailure('not-found', `${what} no longer exists; it may have been deleted.`);
}

/** The record of the page holding highlight `id`, if any (by the multi-entry `ids` index). */
export function pageHolding(
  db: GlossDatabase,
  id: string,
): Promise<PageHighlightsRecord | undefined> {
  return db.pageHighlights.where('ids').equals(id).first();
}

/** The record of the page holding highlight `id`, and the highlight; "not found" without one. */
export async function findHeld(db: GlossDatabase, id: string) {
  const holder = await pageHolding(db, id);
  const current = holder ? highlightsOf(holder).find((h) => h.id === id) : undefined;
  if (!holder || !current) throw notFound('This highlight');
  return { holder, current };
}
