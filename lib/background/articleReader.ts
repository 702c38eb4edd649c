// The background's half of reading pages away from the page: where the background has a DOM
// (Firefox's background page) it reads the copy itself; in Chrome, whose service worker has none,
// it keeps an offscreen document of the extension's own (entrypoints/offscreen/) open and told the
// reader's entries, and the content script sends the copy there over a port (readingPort.ts).
// Either way Readability and the matcher run warm, once compiled, for every page.

import type { Browser, WxtBrowser } from 'wxt/browser';
import { USER_ENTRIES_KEY } from '../glossary/userEntries';
import type { PageCopy, ReadingEntriesMessage, ReadPageReply } from '../messaging/article';

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

/** What the background does for reading pages; see `createPageReaders`. */
export interface PageReaders {
  /**
   * Makes the reading document ready for a tab's copy: in Chrome the offscreen document is opened
   * and given the reader's own entries (it cannot read storage); where the background reads pages
   * itself there is nothing to do.
   */
  prepare(): Promise<void>;
  /** Reads a copy here (Firefox's background page); null where the offscreen document reads. */
  read: PageReader | null;
}

/**
 * The page readers for this background: `readLocally` where the background has a DOM (Firefox's
 * background page; null elsewhere, so Chrome's service worker does not carry Readability), else
 * the offscreen document. The reader's own entries and the offscreen document are each looked up
 * once, not on every page: each lookup is a trip to the browser that the page waits for.
 */
export function createPageReaders(api: WxtBrowser, readLocally: LocalReader | null): PageReaders {
  // Read on first need, and again after storage says they changed.
  const entries = kept<unknown>(() =>
    api.storage.local.get(USER_ENTRIES_KEY).then((stored) => stored[USER_ENTRIES_KEY]),
  );
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_ENTRIES_KEY in changes) entries.forget();
  });
  if (readLocally !== null) {
    return {
      prepare: () => Promise.resolve(),
      read: async (copy) => {
        const stored = await entries.get().catch(() => undefined);
        return readLocally(copy, stored);
      },
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
  // The entries the open document was last given (a fresh object each time storage is read).
  let given: { entries: unknown } | null = null;
  const giveEntries = async (): Promise<void> => {
    const [userEntries] = await Promise.all([entries.get(), documentOpen.get()]);
    if (given !== null && given.entries === userEntries) return;
    const message: ReadingEntriesMessage = { type: 'gloss:reading-entries', userEntries };
    await api.runtime.sendMessage(message);
    given = { entries: userEntries };
  };
  return {
    read: null,
    async prepare() {
      try {
        await giveEntries();
      } catch {
        // The document may have been closed since: open it again, once.
        documentOpen.forget();
        given = null;
        await giveEntries();
      }
    },
  };
}
