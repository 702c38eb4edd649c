// Finds the article of a page with Readability, then locates it in the live page. Readability works
// on (and rearranges) a clone, so before it runs, every text node of the clone is paired with its
// live twin and every element of the clone is numbered. What survives in Readability's result
// points back to the live page: the text nodes themselves when Readability moved them (the usual
// case), else the numbered elements (when it re-parsed its own HTML on a second try).

import { Readability } from '@mozilla/readability';
import { findBoilerplate } from './boilerplate';

export interface LiveArticle {
  /** The live elements that hold the article, in document order. */
  roots: Element[];
  /** Elements inside the roots that Readability left out (share bars, ads, site navigation). */
  isLeftOut: (element: Element) => boolean;
  /** Text nodes inside the roots that belong to the article. */
  isArticleText: (node: Text) => boolean;
  /** The article's title as Readability read it. */
  title: string | null;
}

const INDEX_ATTRIBUTE = 'data-gloss-index';

/** Below this many characters of text, what Readability returns is not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** Share of the article's text that must be traced to live text nodes to trust that tracing. */
const TRACED_SHARE = 0.9;

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function commonAncestor(nodes: readonly Node[]): Element | null {
  let ancestor: Node | null = nodes[0] ?? null;
  for (const node of nodes) {
    while (ancestor !== null && !ancestor.contains(node)) ancestor = ancestor.parentNode;
  }
  while (ancestor !== null && ancestor.nodeType !== 1) ancestor = ancestor.parentNode;
  return ancestor as Element | null;
}

/** The page's article, located in the live DOM; null when the page has none. */
export function findArticle(doc: Document): LiveArticle | null {
  // A live collection: read again only on the rare path below, the live page being unchanged.
  const liveElements = doc.getElementsByTagName('*');
  const liveTexts = textNodes(doc);
  const clone = doc.cloneNode(true) as Document;
  const clonedElements = clone.getElementsByTagName('*');
  const clonedTexts = textNodes(clone);
  if (liveElements.length !== clonedElements.length || liveTexts.length !== clonedTexts.length) {
    return null;
  }
  for (let i = 0; i < clonedElements.length; i++) {
    clonedElements[i]!.setAttribute(INDEX_ATTRIBUTE, String(i));
  }
  const twin = new Map<Node, Text>();
  clonedTexts.forEach((text, i) => twin.set(text, liveTexts[i]!));

  let result: { content?: Element | null; title?: string | null } | null;
  try {
    // keepClasses: the clone's class attributes are left alone (nothing here reads them), which
    // spares Readability a walk over the article.
    result = new Readability<Element>(clone, {
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

  const keptTexts = new Set<Text>();
  let tracedLength = 0;
  for (const text of resultTexts) {
    const live = twin.get(text);
    if (live === undefined) continue;
    keptTexts.add(live);
    tracedLength += text.data.trim().length;
  }
  if (tracedLength >= resultLength * TRACED_SHARE) {
    const root = commonAncestor([...keptTexts]);
    if (root === null) return null;
    const boilerplate = findBoilerplate(root);
    return {
      roots: [root],
      isLeftOut: (element) => boilerplate.has(element),
      isArticleText: (node) => keptTexts.has(node),
      title,
    };
  }

  // Readability re-parsed its own HTML: fall back to the numbered elements it kept.
  const kept = new Set<Element>();
  const liveElementsList = Array.from(liveElements);
  for (const element of Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) {
    const live = liveElementsList[Number(element.getAttribute(INDEX_ATTRIBUTE))];
    if (live !== undefined) kept.add(live);
  }
  const root = commonAncestor([...kept]);
  if (root === null) return null;
  const boilerplate = findBoilerplate(root);
  // Elements Readability dropped but whose descendants it kept (it unwraps needless wrappers).
  const holdsKept = new Set<Element>();
  for (const element of kept) {
    for (let p = element.parentElement; p !== null && !holdsKept.has(p); p = p.parentElement) {
      holdsKept.add(p);
    }
  }
  return {
    roots: [root],
    isLeftOut: (element) =>
      boilerplate.has(element) || (!kept.has(element) && !holdsKept.has(element)),
    isArticleText: () => true,
    title,
  };
}

/** The whole page as the article, for when the user asks to annotate a page anyway. */
export function wholePage(doc: Document): LiveArticle {
  return {
    roots: doc.body ? [doc.body] : [],
    isLeftOut: () => false,
    isArticleText: () => true,
    title: doc.title || null,
  };
}
