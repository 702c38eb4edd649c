// The page's half of reading its article elsewhere: a numbered copy of the page goes out as HTML,
// Readability's verdict comes back as a trace (lib/article/traceArticle.ts) and is located in the
// live page. Readability then runs warm in a document of the extension's own, instead of cold in
// every page, and the content script does not carry it.

import { locateArticle, type LiveArticle } from './liveArticle';
import { numberElements } from './numbering';
import type { ArticleTrace } from './traceArticle';

/** The page, its elements numbered in document order, as HTML for another document to read. */
export function numberedCopyHtml(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  numberElements(clone);
  // The doctype keeps the parser in the same mode (quirks mode parses tables differently).
  const doctype = doc.doctype === null ? '' : `<!DOCTYPE ${doc.doctype.name}>`;
  return doctype + clone.documentElement.outerHTML;
}

/** How many times a page that changes while it is read is read again. */
const ATTEMPTS = 3;

/**
 * Has the page's article read by `read` (which answers with Readability's verdict on the HTML it
 * is given, or null for no article) and locates it in the live page. A page whose elements
 * changed while it was read is read again; null when there is no article, or it never held still.
 */
export async function readArticle(
  doc: Document,
  read: (html: string) => Promise<ArticleTrace | null>,
): Promise<LiveArticle | null> {
  const elements = doc.getElementsByTagName('*');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const count = elements.length;
    const trace = await read(numberedCopyHtml(doc));
    if (trace === null) return null;
    if (elements.length !== count) continue;
    const article = locateArticle(doc, trace);
    if (article !== null) return article;
  }
  return null;
}
