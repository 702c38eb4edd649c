// The article as it lies in the live page: the elements that hold it, what inside them is left
// out, and which text is its own. Made from Readability's verdict on a copy of the page
// (lib/article/traceArticle.ts), wherever that copy was read, or from the whole page on request.
// Nothing here runs Readability, so the content script can carry it without Readability.

import { buildTextModel, type TextModel } from '../text/textModel';
import { findBoilerplate } from './boilerplate';
import type { ArticleTrace } from './traceArticle';

export interface LiveArticle {
  /** The live elements that hold the article, in document order. */
  roots: Element[];
  /** Elements inside the roots that Readability left out (share bars, ads, site navigation). */
  isLeftOut: (element: Element) => boolean;
  /** Of those, FlippingBook's own lines ("This is a SEO version of …", the page navigation). */
  boilerplate: ReadonlySet<Element>;
  /** Text nodes inside the roots that belong to the article. */
  isArticleText: (node: Text) => boolean;
  /** The article's title as Readability read it. */
  title: string | null;
}

function commonAncestor(nodes: readonly Node[]): Element | null {
  let ancestor: Node | null = nodes[0] ?? null;
  for (const node of nodes) {
    while (ancestor !== null && !ancestor.contains(node)) ancestor = ancestor.parentNode;
  }
  while (ancestor !== null && ancestor.nodeType !== 1) ancestor = ancestor.parentNode;
  return ancestor as Element | null;
}

/** The live text nodes that a trace's text addresses name; null if one of them is not there. */
function liveTexts(elements: ArrayLike<Element>, addresses: readonly number[]): Text[] | null {
  const texts: Text[] = [];
  const children = new Map<Element, Text[]>();
  for (let i = 0; i < addresses.length; i += 2) {
    const parent = elements[addresses[i]!];
    if (parent === undefined) return null;
    let list = children.get(parent);
    if (list === undefined) {
      list = [];
      for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
        if (c.nodeType === 3) list.push(c as Text);
      }
      children.set(parent, list);
    }
    const text = list[addresses[i + 1]!];
    if (text === undefined) return null;
    texts.push(text);
  }
  return texts;
}

/**
 * Where a trace made on a copy of `doc` lies in `doc` itself; null when it does not fit (the page
 * changed since the copy was made, or the trace is of another page). `leftOut`: the numbers of
 * the FlippingBook lines inside the article, when the document that read the copy found them
 * already (else they are looked for here).
 */
export function locateArticle(
  doc: Document,
  trace: ArticleTrace,
  leftOut?: readonly number[],
): LiveArticle | null {
  const elements = doc.getElementsByTagName('*');
  const findBoilerplateIn = (root: Element): Set<Element> => {
    if (leftOut === undefined) return findBoilerplate(root);
    const found = new Set<Element>();
    for (const n of leftOut) {
      const element = elements[n];
      if (element !== undefined && element !== root && root.contains(element)) found.add(element);
    }
    return found;
  };
  if (trace.texts !== null) {
    const texts = liveTexts(elements, trace.texts);
    if (texts === null) return null;
    const root = commonAncestor(texts);
    if (root === null) return null;
    const kept = new Set(texts);
    const boilerplate = findBoilerplateIn(root);
    return {
      roots: [root],
      isLeftOut: (element) => boilerplate.has(element),
      boilerplate,
      isArticleText: (node) => kept.has(node),
      title: trace.title,
    };
  }

  const kept = new Set<Element>();
  for (const number of trace.elements) {
    const live = elements[number];
    if (live !== undefined) kept.add(live);
  }
  const root = commonAncestor([...kept]);
  if (root === null) return null;
  const boilerplate = findBoilerplateIn(root);
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
    boilerplate,
    isArticleText: () => true,
    title: trace.title,
  };
}

/** The whole page as the article, for when the user asks to annotate a page anyway. */
export function wholePage(doc: Document): LiveArticle {
  return {
    roots: doc.body ? [doc.body] : [],
    isLeftOut: () => false,
    boilerplate: new Set(),
    isArticleText: () => true,
    title: doc.title || null,
  };
}

/** The article's text as the glossary is matched against it, wherever the article lies. */
export function articleTextModel(article: LiveArticle): TextModel {
  return buildTextModel(article.roots, {
    skip: article.isLeftOut,
    acceptText: article.isArticleText,
  });
}
