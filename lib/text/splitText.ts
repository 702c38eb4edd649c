// Painting splits the article's text nodes: a wrapped piece moves into a wrapper element, and the
// rest of the node becomes a new text node after it. An article located by tracing its text nodes
// knows only the nodes that were there when it was found; this widens that test to the pieces
// painting made of them, so the text model of a painted article has the same text as before.

import { HIGHLIGHT_TAG } from '../paint/paintHighlights';
import { TERM_TAG } from '../paint/paintOccurrences';

const WRAPPER_TAGS = new Set([TERM_TAG.toUpperCase(), HIGHLIGHT_TAG.toUpperCase()]);

function isWrapper(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && WRAPPER_TAGS.has((node as Element).tagName);
}

/** The node's parent, looking through the extension's wrappers. */
function effectiveParent(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent !== null && isWrapper(parent)) parent = parent.parentNode;
  return parent;
}

/** A piece painting made: inside a wrapper, or the rest of a node, just after a wrapper. */
function isPaintedPiece(node: Text): boolean {
  return isWrapper(node.parentNode) || isWrapper(node.previousSibling);
}

/**
 * The article-text test for a painted page. Why: painting must never change which text is the
 * article's, or highlight offsets and quotes would shift; a piece counts when the parent it was cut
 * from holds article text. The parents are read once, on first use (originals stay in place when
 * they are split, so this may run after painting).
 */
export function acceptPaintedPieces(
  roots: readonly Node[],
  isArticleText: (node: Text) => boolean,
): (node: Text) => boolean {
  let parents: Set<Node> | null = null;
  const articleParents = () => {
    if (parents !== null) return parents;
    parents = new Set<Node>();
    for (const root of roots) {
      const doc = root.ownerDocument ?? (root as Document);
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        if (isArticleText(n as Text) && n.parentNode !== null) parents.add(n.parentNode);
      }
    }
    return parents;
  };
  return (node) => {
    if (isArticleText(node)) return true;
    if (!isPaintedPiece(node)) return false;
    const parent = effectiveParent(node);
    return parent !== null && articleParents().has(parent);
  };
}
