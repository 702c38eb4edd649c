// The page's half of reading it elsewhere: a copy of the page goes out as HTML, a
// reading comes back (lib/article/readPage.ts): where the article lies and the glossary's
// occurrences in its text. It is located in the live page and used only if the live article's
// text is the text that was read. Readability and the matcher then run warm in a document of the
// extension's own instead of cold in every page, and the content script carries neither.

import type { PageCopy, PageReading, ReadingScope } from '../messaging/article';
import type { FoundArticle } from '../overlay/overlay';
import { articleTextModel, locateArticle, wholePage } from './liveArticle';
import { numberElements } from './numbering';

/** The page, its elements numbered in document order, as HTML for another document to read. */
export function numberedCopyHtml(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  numberElements(clone);
  return doctypeOf(doc) + clone.documentElement.outerHTML;
}

/** The page as HTML, its element count given for the reader to number its own parse. */
export function plainCopy(doc: Document, scope: ReadingScope): PageCopy {
  return {
    html: doctypeOf(doc) + doc.documentElement.outerHTML,
    scope,
    elementCount: doc.getElementsByTagName('*').length,
  };
}

/** The doctype keeps the parser in the same mode (quirks mode parses tables differently). */
function doctypeOf(doc: Document): string {
  return doc.doctype === null ? '' : `<!DOCTYPE ${doc.doctype.name}>`;
}

/** What the reader answers: the reading, null for no article, or a request for numbers. */
export type PageRead = PageReading | null | 'numbers-needed';

/** How many times a page that changes while it is read is read again. */
const ATTEMPTS = 3;

/**
 * Has the page read by `read` and finds that reading in the live page. The first copy goes out
 * unnumbered (the reader numbers its own parse); when the reader cannot, or what came back does
 * not fit, the copy is numbered here. A page that changed while it was read is read again; null
 * when there is no article, or the page never held still.
 */
export async function readArticle(
  doc: Document,
  scope: ReadingScope,
  read: (copy: PageCopy) => Promise<PageRead>,
): Promise<FoundArticle | null> {
  const elements = doc.getElementsByTagName('*');
  let numbered = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const count = elements.length;
    const copy = numbered
      ? { html: numberedCopyHtml(doc), scope, elementCount: null }
      : plainCopy(doc, scope);
    const reading = await read(copy);
    if (reading === 'numbers-needed' && !numbered) {
      numbered = true;
      attempt--;
      continue;
    }
    if (reading === null || reading === 'numbers-needed') return null;
    numbered = true;
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
