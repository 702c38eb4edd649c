// Finds the article of a page with Readability, then locates it in the live page: Readability works
// on (and mutates) a clone, so every element of the clone is numbered first, and the numbers that
// survive in Readability's result point back to the live elements that hold the article.

import { Readability } from '@mozilla/readability';

export interface LiveArticle {
  /** The live elements that hold the article, in document order. */
  roots: Element[];
  /** Whether an element inside the roots is something Readability left out (share bars, ads). */
  isLeftOut: (element: Element) => boolean;
  /** The article's title as Readability read it. */
  title: string | null;
}

const INDEX_ATTRIBUTE = 'data-gloss-index';

/** Below this many characters of text, what Readability returns is not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** The page's article, located in the live DOM; null when the page has none. */
export function findArticle(doc: Document): LiveArticle | null {
  const live = doc.getElementsByTagName('*');
  const clone = doc.cloneNode(true) as Document;
  const cloned = clone.getElementsByTagName('*');
  if (live.length !== cloned.length) return null;
  for (let i = 0; i < cloned.length; i++) cloned[i]!.setAttribute(INDEX_ATTRIBUTE, String(i));
  // Snapshot the live elements before anything else can change the page.
  const liveElements = Array.from(live);

  let result: { content: Element | null; title: string | null | undefined; textContent?: string | null } | null;
  try {
    result = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
  if (result === null || result.content === null) return null;
  const text = (result.textContent ?? result.content.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_ARTICLE_CHARS) return null;

  const kept = new Set<Element>();
  const roots: Element[] = [];
  for (const element of Array.from(result.content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) {
    const liveElement = liveElements[Number(element.getAttribute(INDEX_ATTRIBUTE))];
    if (liveElement === undefined) continue;
    kept.add(liveElement);
    const parent = element.parentElement?.closest(`[${INDEX_ATTRIBUTE}]`);
    if (parent === null || parent === undefined || !result.content.contains(parent)) {
      roots.push(liveElement);
    }
  }
  if (roots.length === 0) return null;
  // Elements Readability dropped but whose descendants it kept (it unwraps needless wrappers).
  const holdsKept = new Set<Element>();
  for (const element of kept) {
    for (let p = element.parentElement; p !== null && !holdsKept.has(p); p = p.parentElement) {
      holdsKept.add(p);
    }
  }
  return {
    roots: dropNested(roots),
    isLeftOut: (element) => !kept.has(element) && !holdsKept.has(element),
    title: result.title ?? null,
  };
}

/** Roots inside other roots would be walked twice. */
function dropNested(roots: Element[]): Element[] {
  return roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
}

/** The whole page as the article, for when the user asks to annotate a page anyway. */
export function wholePage(doc: Document): LiveArticle {
  return { roots: doc.body ? [doc.body] : [], isLeftOut: () => false, title: doc.title || null };
}
