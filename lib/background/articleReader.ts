// The background's half of reading articles away from the page: where the background has a DOM
// (Firefox's background page) it reads the copy itself; in Chrome, whose service worker has none,
// it hands the copy to an offscreen document of the extension's own (entrypoints/offscreen/) and
// relays the answer. Either way Readability runs warm, once compiled, for every page.

import type { Browser, WxtBrowser } from 'wxt/browser';
import { traceArticleHtml } from '../article/traceArticle';
import {
  isReadArticleReply,
  type ReadArticleReply,
  type TraceArticleRequest,
} from '../messaging/article';

export const OFFSCREEN_PATH = 'offscreen.html';

/** Reads a page's numbered copy in a document where Readability can run; never rejects. */
export type ArticleReader = (html: string) => Promise<ReadArticleReply>;

function failure(error: unknown): ReadArticleReply {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** Reads in this very document: for backgrounds that have a DOM, and for the offscreen document. */
export function readHere(html: string): ReadArticleReply {
  try {
    return { trace: traceArticleHtml(html, new DOMParser()) };
  } catch (error) {
    return failure(error);
  }
}

/** The reader for this background: here if it has a DOM, else through an offscreen document. */
export function createArticleReader(api: WxtBrowser): ArticleReader {
  if (typeof DOMParser === 'function') return (html) => Promise.resolve(readHere(html));
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
  return async (html) => {
    try {
      await ensureDocument();
      const request: TraceArticleRequest = { type: 'gloss:trace-article', html };
      const reply: unknown = await api.runtime.sendMessage(request);
      return isReadArticleReply(reply) ? reply : failure('the reading document did not answer');
    } catch (error) {
      return failure(error);
    }
  };
}
