// The page's half of reading it elsewhere: a numbered copy of the page goes out as HTML, a
// reading comes back (lib/article/readPage.ts): where the article lies and the glossary's
// occurrences in its text. It is located in the live page and used only if the live article's
// text is the text that was read. Readability and the matcher then run warm in a document of the
// extension's own instead of cold in every page, and the content script carries neither.

import type { PageReading, ReadingScope } from '../messaging/article';
import type { FoundArticle } from '../overlay/overlay';
import { articleTextModel, locateArticle, wholePage } from './liveArticle';
import { numberElements } from './numbering';

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
 * Has the page read by `read` (which answers with the reading of the HTML it is given, or null
 * for no article) and finds that reading in the live page. A page that changed while it was read
 * is read again; null when there is no article, or the page never held still.
 */
export async function readArticle(
  doc: Document,
  scope: ReadingScope,
  read: (html: string, scope: ReadingScope) => Promise<PageReading | null>,
): Promise<FoundArticle | null> {
  const elements = doc.getElementsByTagName('*');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const count = elements.length;
    const reading = await read(numberedCopyHtml(doc), scope);
    if (reading === null) return null;
    if (elements.length !== count) continue;
    const article =
      reading.trace === null ? wholePage(doc) : locateArticle(doc, reading.trace, reading.leftOut);
    if (article === null) continue;
    const model = articleTextModel(article);
    if (model.text !== reading.text) continue;
    return { article, model, occurrences: reading.occurrences, labels: reading.labels };
  }
  return null;
}
