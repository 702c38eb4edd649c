// Finds the article of a page with Readability, in the page itself: a numbered clone is read
// (lib/article/traceArticle.ts) and what Readability kept is located in the live page
// (lib/article/liveArticle.ts). The content script has the reading done in the extension's own
// document instead (lib/article/readArticle.ts); this is the same reading, on the spot.

import { locateArticle, type LiveArticle } from './liveArticle';
import { numberElements } from './numbering';
import { traceArticle } from './traceArticle';

/** The page's article, located in the live DOM; null when the page has none. */
export function findArticle(doc: Document): LiveArticle | null {
  const clone = doc.cloneNode(true) as Document;
  numberElements(clone);
  const trace = traceArticle(clone);
  return trace === null ? null : locateArticle(doc, trace);
}
