// The background's half of reading pages away from the page: where the background has a DOM
// (Firefox's background page) it reads the copy itself; in Chrome, whose service worker has none,
// it hands the copy to an offscreen document of the extension's own (entrypoints/offscreen/) and
// relays the answer. Either way Readability and the matcher run warm, once compiled, for every page.

import type { Browser, WxtBrowser } from 'wxt/browser';
import { readPageHtml } from '../article/readPage';
import type { CompiledGlossary } from '../glossary/matcher';
import { USER_ENTRIES_KEY } from '../glossary/userEntries';
import {
  isReadPageReply,
  type ReadingScope,
  type ReadPageReply,
  type ReadPageRequest,
} from '../messaging/article';

export const OFFSCREEN_PATH = 'offscreen.html';

/** Reads a page's numbered copy in a document where Readability can run; never rejects. */
export type PageReader = (html: string, scope: ReadingScope) => Promise<ReadPageReply>;

function failure(error: unknown): ReadPageReply {
  return { error: error instanceof Error ? error.message : String(error) };
}

/**
 * Reads in this very document: for backgrounds that have a DOM, and for the offscreen document.
 * The glossary is asked for on first use, so a worker that never reads never loads it.
 */
export function readHere(
  html: string,
  scope: ReadingScope,
  glossary: () => CompiledGlossary,
): ReadPageReply {
  try {
    return { reading: readPageHtml(html, scope, new DOMParser(), glossary()) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * The reader for this background: here if it has a DOM, else through an offscreen document.
 * `glossaryFor` gets the reader's own entries as stored (the offscreen document cannot read
 * storage, so they travel with each page).
 */
export function createPageReader(
  api: WxtBrowser,
  glossaryFor: (storedUserEntries: unknown) => CompiledGlossary,
): PageReader {
  const storedUserEntries = async (): Promise<unknown> =>
    (await api.storage.local.get(USER_ENTRIES_KEY))[USER_ENTRIES_KEY];
  if (typeof DOMParser === 'function') {
    return async (html, scope) => {
      const stored = await storedUserEntries().catch(() => undefined);
      return readHere(html, scope, () => glossaryFor(stored));
    };
  }
  let opening: Promise<void> | null = null;
  const ensureDocument = async (): Promise<void> => {
    const open = await api.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    });
    if (open.length > 0) return;
    opening ??= api.offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
        justification: "Reads the article of a page with Readability, out of the page's way.",
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  };
  return async (html, scope) => {
    try {
      const [userEntries] = await Promise.all([storedUserEntries(), ensureDocument()]);
      const request: ReadPageRequest = {
        type: 'gloss:read-page-offscreen',
        html,
        scope,
        userEntries,
      };
      const reply: unknown = await api.runtime.sendMessage(request);
      return isReadPageReply(reply) ? reply : failure('the reading document did not answer');
    } catch (error) {
      return failure(error);
    }
  };
}
