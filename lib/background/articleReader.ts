// The background's half of reading pages away from the page: where the background has a DOM
// (Firefox's background page) it reads the copy itself; in Chrome, whose service worker has none,
// it hands the copy to an offscreen document of the extension's own (entrypoints/offscreen/) and
// relays the answer. Either way Readability and the matcher run warm, once compiled, for every page.

import type { Browser, WxtBrowser } from 'wxt/browser';
import { USER_ENTRIES_KEY } from '../glossary/userEntries';
import {
  isReadPageReply,
  type PageCopy,
  type ReadPageReply,
  type ReadPageRequest,
} from '../messaging/article';

export const OFFSCREEN_PATH = 'offscreen.html';

/** Reads a page's numbered copy in a document where Readability can run; never rejects. */
export type PageReader = (copy: PageCopy) => Promise<ReadPageReply>;

export function failure(error: unknown): ReadPageReply {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** Reads a page in this very document, given the reader's own glossary entries as stored. */
export type LocalReader = (copy: PageCopy, storedUserEntries: unknown) => ReadPageReply;

/**
 * An answer asked for once and then kept: asked again after `forget()`, or when asking failed.
 * Why: lookups that cost a trip to the browser on every page are made only when needed.
 */
function kept<T>(ask: () => Promise<T>): { get(): Promise<T>; forget(): void } {
  let answer: Promise<T> | null = null;
  return {
    get() {
      const asked = (answer ??= ask());
      asked.catch(() => {
        if (answer === asked) answer = null;
      });
      return asked;
    },
    forget() {
      answer = null;
    },
  };
}

/**
 * The reader for this background: `readLocally` where the background has a DOM (Firefox's
 * background page; null elsewhere, so Chrome's service worker does not carry Readability), else
 * through an offscreen document. The reader's own entries are read from storage here, because the
 * offscreen document cannot read storage: they travel with each page. Both the entries and the
 * offscreen document are looked up once, not on every page: each lookup is a trip to the browser
 * that the page waits for.
 */
export function createPageReader(api: WxtBrowser, readLocally: LocalReader | null): PageReader {
  // Read on first need, and again after storage says they changed.
  const entries = kept<unknown>(() =>
    api.storage.local.get(USER_ENTRIES_KEY).then((stored) => stored[USER_ENTRIES_KEY]),
  );
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_ENTRIES_KEY in changes) entries.forget();
  });
  if (readLocally !== null) {
    return async (copy) => {
      const stored = await entries.get().catch(() => undefined);
      return readLocally(copy, stored);
    };
  }
  const openDocument = async (): Promise<void> => {
    const open = await api.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    });
    if (open.length > 0) return;
    await api.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: "Reads the article of a page with Readability, out of the page's way.",
    });
  };
  // Known open once opened; forgotten if opening fails or the document stops answering.
  const documentOpen = kept(openDocument);
  const ask = async (copy: PageCopy): Promise<unknown> => {
    const [userEntries] = await Promise.all([entries.get(), documentOpen.get()]);
    const request: ReadPageRequest = { type: 'gloss:read-page-offscreen', copy, userEntries };
    return api.runtime.sendMessage(request);
  };
  return async (copy) => {
    try {
      let reply: unknown;
      try {
        reply = await ask(copy);
      } catch {
        // The document may have been closed since: open it again, once.
        documentOpen.forget();
        reply = await ask(copy);
      }
      return isReadPageReply(reply) ? reply : failure('the reading document did not answer');
    } catch (error) {
      return failure(error);
    }
  };
}
