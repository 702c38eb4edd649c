// Numbers a copy's elements in document order, so that what is read on the copy can be found in
// the page again (lib/article/traceArticle.ts, lib/article/liveArticle.ts). Apart from the
// Readability side so that the content script can number without carrying Readability.

export const INDEX_ATTRIBUTE = 'data-gloss-index';

/**
 * Numbers every element of `copy` in document order, so that number i is the original's i-th
 * element; `copy` must be an unaltered clone of the original (same elements, same order).
 */
export function numberElements(copy: Document): void {
  const elements = copy.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) elements[i]!.setAttribute(INDEX_ATTRIBUTE, String(i));
}
