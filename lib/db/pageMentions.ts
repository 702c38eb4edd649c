// The bodies each page named when it was last marked: written by the background when it has read
// a page (it matched the names itself, so nothing the page sends is trusted for it), read by the
// index of organizations. The only module that touches the pageMentions table.

import { describePage } from '../page/pageInfo';
import type { GlossDatabase } from './schema';
import type { PageMentionsRecord } from './types';

/** The record for a page that named `entryIds` (one id per occurrence, in text order). */
export function pageMentions(
  href: string,
  title: string,
  entryIds: readonly string[],
  now: number,
): PageMentionsRecord | null {
  if (entryIds.length === 0) return null;
  const counts = new Map<string, number>();
  for (const id of entryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const { url, title: cleanTitle, issue, pageNumber } = describePage(href, null, title, now);
  return {
    url,
    title: cleanTitle,
    issue,
    pageNumber,
    entryIds: [...counts.keys()],
    counts: [...counts.values()],
    seenAt: now,
  };
}

/**
 * Keeps the latest marking of a page, replacing the one before. Why not fail loudly: the index is
 * a convenience, and a full disk must not stop the page from being marked.
 */
export async function recordPageMentions(
  db: GlossDatabase,
  record: PageMentionsRecord | null,
): Promise<void> {
  if (record === null) return;
  await db.pageMentions.put(record).catch(() => undefined);
}

/** Every page recorded, most recently marked first. */
export async function loadPageMentions(db: GlossDatabase): Promise<PageMentionsRecord[]> {
  const all = await db.pageMentions.toArray();
  return all.sort((a, b) => b.seenAt - a.seenAt);
}
