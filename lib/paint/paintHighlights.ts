// Paints saved highlights into the live page, per the page contract: every text node a highlight
// crosses gets a wrapper `<fsj-gloss-highlight data-gloss-highlight="<id>">`. Highlights that
// overlap are nested (the one starting first, or the longer one, outside), and they nest inside the
// glossary's wrappers, because they are painted after them. The text is never changed, and
// `remove()` puts every text node back exactly as it was.

import type { HighlightColor } from '../db/types';
import type { TextModel } from '../text/textModel';

export const HIGHLIGHT_TAG = 'fsj-gloss-highlight';
export const HIGHLIGHT_ATTRIBUTE = 'data-gloss-highlight';

export interface HighlightToPaint {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  /** A fuzzy placement is painted with a dashed underline: the text changed since it was saved. */
  fuzzy?: boolean;
}

export interface PaintedHighlight extends HighlightToPaint {
  /** The wrappers, in text order; the first is the keyboard's tab stop. */
  parts: HTMLElement[];
}

export interface HighlightPainting {
  highlights: PaintedHighlight[];
  /** Restores the DOM as it was before this painting. Paintings must be removed last-first. */
  remove(): void;
}

/** Background colours that keep text readable on light and dark pages alike. */
const COLOR_STYLE: Record<HighlightColor, string> = {
  yellow: 'rgba(255,208,0,0.42)',
  green: 'rgba(60,200,90,0.36)',
  blue: 'rgba(70,150,255,0.36)',
  pink: 'rgba(255,90,160,0.36)',
  purple: 'rgba(160,100,255,0.38)',
};

function wrapperStyle(highlight: HighlightToPaint): string {
  const base = `background-color:${COLOR_STYLE[highlight.color]};color:inherit;cursor:pointer;border-radius:2px`;
  return highlight.fuzzy
    ? `${base};text-decoration-line:underline;text-decoration-style:dashed;text-decoration-thickness:1px`
    : base;
}

interface Piece {
  from: number;
  to: number;
  highlight: number;
}

/** For each text node a highlight crosses, the part of the node it covers. */
function piecesByNode(model: TextModel, highlights: readonly HighlightToPaint[]) {
  const byNode = new Map<number, Piece[]>();
  highlights.forEach((highlight, index) => {
    let current: Piece | null = null;
    let currentNode = -1;
    const end = Math.min(highlight.end, model.text.length);
    for (let i = Math.max(0, highlight.start); i < end; i++) {
      const node = model.nodeIndex[i]!;
      if (node < 0) continue;
      const offset = model.nodeOffset[i]!;
      if (current !== null && currentNode === node) {
        current.to = offset + 1;
        continue;
      }
      current = { from: offset, to: offset + 1, highlight: index };
      currentNode = node;
      const list = byNode.get(node);
      if (list === undefined) byNode.set(node, [current]);
      else list.push(current);
    }
  });
  return byNode;
}

/** Outer wrappers first: the highlight that starts earlier, or is longer, holds the others. */
function nestingOrder(highlights: readonly HighlightToPaint[]) {
  return (a: Piece, b: Piece) => {
    const ha = highlights[a.highlight]!;
    const hb = highlights[b.highlight]!;
    return ha.start - hb.start || hb.end - ha.end || a.highlight - b.highlight;
  };
}

/** Wraps the given highlights (spans of `model`'s text) in one pass over the nodes they cross. */
export function paintHighlights(
  doc: Document,
  model: TextModel,
  highlights: readonly HighlightToPaint[],
): HighlightPainting {
  const painted: PaintedHighlight[] = highlights.map((h) => ({ ...h, parts: [] }));
  const order = nestingOrder(highlights);
  const originals: { node: Text; data: string; created: Node[] }[] = [];

  for (const [nodeIndex, pieces] of piecesByNode(model, highlights)) {
    const node = model.nodes[nodeIndex]!;
    const record = { node, data: node.data, created: [] as Node[] };
    originals.push(record);
    // Cut the node at every piece boundary; each segment is covered by some set of highlights.
    const cuts = new Set<number>();
    for (const piece of pieces) cuts.add(piece.from).add(piece.to);
    const bounds = [...cuts].sort((a, b) => a - b);
    // From the end backwards, so earlier offsets stay valid in `node`.
    for (let s = bounds.length - 2; s >= 0; s--) {
      const from = bounds[s]!;
      const to = bounds[s + 1]!;
      const covering = pieces.filter((p) => p.from <= from && p.to >= to).sort(order);
      if (covering.length === 0) continue;
      if (to < node.data.length) record.created.push(node.splitText(to));
      const segment = node.splitText(from);
      let inner: Node = segment;
      let outer: HTMLElement | null = null;
      const parent = segment.parentNode!;
      const next = segment.nextSibling;
      for (let c = covering.length - 1; c >= 0; c--) {
        const highlight = painted[covering[c]!.highlight]!;
        const wrapper = doc.createElement(HIGHLIGHT_TAG);
        wrapper.setAttribute(HIGHLIGHT_ATTRIBUTE, highlight.id);
        wrapper.setAttribute('data-gloss-color', highlight.color);
        if (highlight.fuzzy) wrapper.setAttribute('data-gloss-anchor', 'fuzzy');
        wrapper.setAttribute('style', wrapperStyle(highlight));
        wrapper.appendChild(inner);
        highlight.parts.unshift(wrapper);
        inner = wrapper;
        outer = wrapper;
      }
      parent.insertBefore(outer!, next);
      record.created.push(outer!);
    }
  }

  for (const highlight of painted) {
    highlight.parts.sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1,
    );
    highlight.parts[0]?.setAttribute('tabindex', '0');
  }

  return {
    highlights: painted,
    remove() {
      for (let i = originals.length - 1; i >= 0; i--) {
        const { node, data, created } = originals[i]!;
        for (const extra of created) extra.parentNode?.removeChild(extra);
        node.data = data;
      }
      originals.length = 0;
    },
  };
}
