// Readability's verdict on a copy of a page, as plain data that points back into the page it was
// copied from. Readability rearranges the document it reads, so the copy's elements are numbered
// first (`numberElements`, in the original's document order) and each of its text nodes is given an
// address: its parent's number and its place among that parent's text children. Those addresses
// survive serializing the copy and parsing it elsewhere, which is what lets the reading happen
// away from the page (and, on the page itself, in a clone).

import { Readability } from '@mozilla/readability';
import { INDEX_ATTRIBUTE } from './numbering';

/** Below this many characters of text, what Readability returns is not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** Share of the article's text that must be traced to text addresses to trust that tracing. */
const TRACED_SHARE = 0.9;

/** What Readability kept, addressed into the original page. */
export interface ArticleTrace {
  /**
   * The text nodes Readability kept, as flat pairs: the parent element's number, then the node's
   * place among that parent's text children. Null when Readability rebuilt its output from HTML,
   * so its text nodes are new and only its elements can be traced.
   */
  texts: number[] | null;
  /** The numbers of the elements Readability kept (only when `texts` is null). */
  elements: number[];
  /** The article's title as Readability read it. */
  title: string | null;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Each text node's address in a numbered copy; nodes under unnumbered parents have none. */
function textAddresses(copy: Document): Map<Text, [number, number]> {
  const addresses = new Map<Text, [number, number]>();
  const seen = new Map<Element, number>();
  for (const text of textNodes(copy)) {
    const parent = text.parentElement;
    const number = parent?.getAttribute(INDEX_ATTRIBUTE);
    if (parent == null || number == null) continue;
    const place = seen.get(parent) ?? 0;
    seen.set(parent, place + 1);
    addresses.set(text, [Number(number), place]);
  }
  return addresses;
}

/**
 * Runs Readability on a numbered copy of a page (which it consumes) and says what it kept; null
 * when the page has no article. Pure data out, so the copy may live in another document than the
 * page.
 */
export function traceArticle(copy: Document): ArticleTrace | null {
  const addresses = textAddresses(copy);
  let result: { content?: Element | null; title?: string | null } | null;
  try {
    // keepClasses: the copy's class attributes are left alone (nothing here reads them), which
    // spares Readability a walk over the article.
    result = new Readability<Element>(copy, {
      serializer: (el) => el as Element,
      keepClasses: true,
    }).parse();
  } catch {
    return null;
  }
  const content = result?.content ?? null;
  if (content === null) return null;
  const resultTexts = textNodes(content);
  const resultLength = resultTexts.reduce((sum, t) => sum + t.data.trim().length, 0);
  if (resultLength < MIN_ARTICLE_CHARS) return null;
  const title = result?.title ?? null;

  const texts: number[] = [];
  let tracedLength = 0;
  for (const text of resultTexts) {
    const address = addresses.get(text);
    if (address === undefined) continue;
    texts.push(address[0], address[1]);
    tracedLength += text.data.trim().length;
  }
  if (tracedLength >= resultLength * TRACED_SHARE) return { texts, elements: [], title };

  // Readability re-parsed its own HTML: trace the numbered elements it kept instead.
  const elements: number[] = [];
  for (const element of Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) {
    elements.push(Number(element.getAttribute(INDEX_ATTRIBUTE)));
  }
  return { texts: null, elements, title };
}
