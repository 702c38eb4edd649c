// Paints saved highlights into the live page, per the page contract: every text node a highlight
// crosses gets a wrapper `<fsj-gloss-highlight data-gloss-highlight="<id>">`. Highlights that
// overlap are nested (the one starting first, or the longer one, outside), and they nest inside the
// glossary's wrappers, because they are painted after them. The text is never changed, and
// `remove()` puts every text node back exactly as it was.

import type { HighlightColor } from '../db/types';
import type { TextModel } from '../text/textModel';
import { cutText } from './cutText';
import { spanPieces, type NodePiece } from './spanPieces';

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

interface Piece extends NodePiece {
  highlight: number;
}

/** For each text node the highlights cross, the parts of it they cover, by node index. */
function piecesByNode(model: TextModel, highlights: readonly HighlightToPaint[]) {
  const byNode = new Map<number, Piece[]>();
  highlights.forEach((highlight, index) => {
    for (const piece of spanPieces(model, highlight.start, highlight.end)) {
      const list = byNode.get(piece.node);
      const withHighlight = { ...piece, highlight: index };
      if (list === undefined) byNode.set(piece.node, [withHighlight]);
      else list.push(withHighlight);
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

  const byNode = piecesByNode(model, highlights);
  // Nodes in text order, and each node's segments in order, so that every highlight's wrappers
  // come out in text order (the model's nodes are in document order).
  for (const nodeIndex of [...byNode.keys()].sort((a, b) => a - b)) {
    const pieces = byNode.get(nodeIndex)!.sort((a, b) => a.from - b.from);
    const node = model.nodes[nodeIndex]!;
    const record = { node, data: node.data, created: [] as Node[] };
    originals.push(record);
    // The node is cut once at every piece boundary (lib/paint/cutText.ts); each segment between
    // two boundaries is covered by some set of highlights, kept as the segments are walked.
    const length = node.data.length;
    const cuts = new Set<number>();
    for (const piece of pieces) {
      cuts.add(piece.from);
      if (piece.to < length) cuts.add(piece.to);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    const segments = cutText(node, bounds);
    let covering: Piece[] = [];
    let next = 0;
    for (let s = 0; s < bounds.length; s++) {
      const from = bounds[s]!;
      const segment = segments[s + 1]!;
      covering = covering.filter((p) => p.to > from);
      while (next < pieces.length && pieces[next]!.from <= from) covering.push(pieces[next++]!);
      if (covering.length === 0) {
        record.created.push(segment);
        continue;
      }
      covering.sort(order);
      const parent = segment.parentNode!;
      const after = segment.nextSibling;
      let inner: Node = segment;
      const wrappers: HTMLElement[] = [];
      for (let c = covering.length - 1; c >= 0; c--) {
        const highlight = painted[covering[c]!.highlight]!;
        const wrapper = doc.createElement(HIGHLIGHT_TAG);
        wrapper.setAttribute(HIGHLIGHT_ATTRIBUTE, highlight.id);
        wrapper.setAttribute('data-gloss-color', highlight.color);
        if (highlight.fuzzy) wrapper.setAttribute('data-gloss-anchor', 'fuzzy');
        wrapper.setAttribute('style', wrapperStyle(highlight));
        wrapper.appendChild(inner);
        wrappers.push(wrapper);
        inner = wrapper;
      }
      parent.insertBefore(inner, after);
      record.created.push(inner);
      for (let c = 0; c < covering.length; c++) {
        painted[covering[c]!.highlight]!.parts.push(wrappers[covering.length - 1 - c]!);
      }
    }
  }

  for (const highlight of painted) highlight.parts[0]?.setAttribute('tabindex', '0');

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
