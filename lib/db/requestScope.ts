// Which store requests a sender may make. The extension's own pages (popup, notes, options, and
// its frames) may ask anything. A content script speaks for the web page it runs in, and that page
// is not trusted: it is answered only about its own site's pages, so a page elsewhere, or one of
// afsa.org's other sites, cannot list, change or delete notes made on another site's pages; and
// never about notes on organizations, which only the extension's pages (the reader frame) keep.

import type { StoreReply, StoreRequest } from '../messaging/store';
import { isStoreRequest } from '../messaging/validateStore';
import type { GlossDatabase } from './schema';
import { handleStoreRequest } from './store';

/** Who is asking: the extension itself, or a page at `pageUrl` (the frame's address). */
export type RequestScope = { kind: 'extension' } | { kind: 'page'; pageUrl: string };

/** The scope of a message's sender, from what the browser says about it. */
export function scopeOfSender(
  sender: { url?: string; tab?: unknown },
  extensionOrigin: string,
): RequestScope | null {
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension' };
  if (sender.tab === undefined || url === '') return null;
  return { kind: 'page', pageUrl: url };
}

/** A site as the canonical rule sees one: the host without `www.`, over http or https. */
export function siteOf(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/**
 * Why `request` is refused for `scope`, or null when it may go ahead. Requests naming a record by
 * id are checked against where that record was made (a missing one is left to the store, which
 * says it is not found).
 */
export async function scopeProblem(
  db: GlossDatabase,
  request: StoreRequest,
  scope: RequestScope,
): Promise<string | null> {
  if (scope.kind === 'extension') return null;
  const own = scope.pageUrl;
  const refuse = (what: string) => `a page may not reach ${what} made on another site`;
  switch (request.type) {
    case 'gloss:highlights:list':
      return sameSite(request.pageUrl, own) ? null : refuse('highlights');
    case 'gloss:highlights:save':
    case 'gloss:highlights:restore':
      return sameSite(request.page.url, own) && sameSite(request.highlight.pageUrl, own)
        ? null
        : refuse('highlights');
    case 'gloss:highlights:update':
    case 'gloss:highlights:delete': {
      const holder = await db.pageHighlights.where('ids').equals(request.id).first();
      return holder === undefined || sameSite(holder.pageUrl, own) ? null : refuse('highlights');
    }
    case 'gloss:term-notes:list':
    case 'gloss:term-notes:save':
    case 'gloss:term-notes:update':
    case 'gloss:term-notes:delete':
      // Kept by the extension's own pages: the reader frame draws them on the article.
      return 'a page may not reach notes on an organization';
  }
}

/**
 * Answers a store request within its sender's scope: refused, with a sentence, when it reaches
 * another site's records or notes on an organization. Never rejects.
 */
export async function handleScopedRequest(
  db: GlossDatabase,
  request: unknown,
  scope: RequestScope,
): Promise<StoreReply<unknown>> {
  if (isStoreRequest(request)) {
    const problem = await scopeProblem(db, request, scope).catch(() => null);
    if (problem !== null) {
      return {
        ok: false,
        error: { kind: 'invalid', message: `Refused: ${problem}; nothing was changed.` },
      };
    }
  }
  return handleStoreRequest(db, request);
}
