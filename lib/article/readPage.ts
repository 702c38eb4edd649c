// The extension document's half of reading a page: a numbered copy of the page arrives as HTML
// (lib/article/readArticle.ts made it), is parsed here, where nothing of the page runs, read with
// Readability and matched against the glossary. What goes back is plain data: where the article
// lies, and the occurrences as offsets into its text, with that text, so that the page can check it
// sees the same text.

import type { CompiledGlossary } from '../glossary/matcher';
import { matchGlossary } from '../glossary/matcher';
import type { PageCopy, PageReading } from '../messaging/article';
import { articleTextModel, locateArticle, wholePage } from './liveArticle';
import { INDEX_ATTRIBUTE, numberElements } from './numbering';
import { traceArticle } from './traceArticle';

/**
 * Reads a page's copy; null when it has no article (scope 'article'). An unnumbered copy is
 * numbered here when this parse has as many elements as the page; else 'numbers-needed' asks the
 * page for a numbered copy (a parser without scripts reads `<noscript>` as markup, for one).
 */
export function readPageHtml(
  { html, scope, elementCount }: PageCopy,
  parser: DOMParser,
  glossary: CompiledGlossary,
): PageReading | null | 'numbers-needed' {
  const copy = parser.parseFromString(html, 'text/html');
  if (elementCount !== null) {
    if (copy.getElementsByTagName('*').length !== elementCount) return 'numbers-needed';
    numberElements(copy);
  }
  let trace = null;
  let article;
  let leftOut: number[] = [];
  if (scope === 'article') {
    // Readability rearranges the copy it reads; the article's text is taken from a pristine twin.
    const twin = copy.cloneNode(true) as Document;
    trace = traceArticle(copy);
    if (trace === null) return null;
    article = locateArticle(twin, trace);
    if (article === null) return null;
    // FlippingBook's lines inside the article, found here warm rather than in every page.
    leftOut = [...article.boilerplate].map((e) => Number(e.getAttribute(INDEX_ATTRIBUTE)));
  } else {
    article = wholePage(copy);
  }
  const text = articleTextModel(article).text;
  const occurrences = matchGlossary(glossary, text);
  const named = new Set(occurrences.map((o) => o.entryId));
  const labels = glossary.entries
    .filter((entry) => named.has(entry.id))
    .map(({ id, name, acronyms }) => ({ id, name, acronyms: [...acronyms] }));
  return { trace, leftOut, text, occurrences, labels };
}
