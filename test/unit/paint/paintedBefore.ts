// The painters' DOM work as it was before each text node was cut once, kept only so that a test
// (onePass.test.ts) can compare the DOM the painters make now with the DOM they made then. They
// cut a node's pieces off one by one from its end, which splits a long node again and again.

import type { Occurrence } from '../../../lib/glossary/matcher';
import type { HighlightToPaint } from '../../../lib/paint/paintHighlights';
import { runAt, type TextModel } from '../../../lib/text/textModel';

interface OccurrencePiece {
  node: number;
  from: number;
  to: number;
  occurrence: number;
  part: number;
}

/** The glossary's wrappers as paintOccurrences made them (with numbers from 1). */
export function paintOccurrencesBefore(
  doc: Document,
  model: TextModel,
  occurrences: readonly Occurrence[],
): void {
  const byNode = new Map<number, OccurrencePiece[]>();
  occurrences.forEach((occurrence, index) => {
    let current: OccurrencePiece | null = null;
    let part = 0;
    const { runStart, runNode, runOffset } = model;
    for (let k = runAt(model, occurrence.start); k < runStart.length; k++) {
      const from = Math.max(runStart[k]!, occurrence.start);
      if (from >= occurrence.end) break;
      const node = runNode[k]!;
      if (node < 0) continue;
      const to = Math.min(k + 1 < runStart.length ? runStart[k + 1]! : Infinity, occurrence.end);
      const offset = runOffset[k]! - runStart[k]!;
      if (current !== null && current.node === node) {
        current.to = offset + to;
      } else {
        current = { node, from: offset + from, to: offset + to, occurrence: index, part: part++ };
        const list = byNode.get(node);
        if (list === undefined) byNode.set(node, [current]);
        else list.push(current);
      }
    }
  });
  for (const [nodeIndex, pieces] of byNode) {
    const node = model.nodes[nodeIndex]!;
    pieces.sort((a, b) => b.from - a.from);
    for (const piece of pieces) {
      if (piece.to < node.data.length) node.splitText(piece.to);
      const middle = node.splitText(piece.from);
      const wrapper = doc.createElement('fsj-gloss-term');
      const occurrence = occurrences[piece.occurrence]!;
      wrapper.setAttribute('data-gloss-term', occurrence.entryId);
      wrapper.setAttribute('data-gloss-occurrence', String(piece.occurrence + 1));
      if (piece.part === 0) wrapper.setAttribute('tabindex', '0');
      middle.parentNode!.insertBefore(wrapper, middle);
      wrapper.appendChild(middle);
    }
  }
}

interface HighlightPiece {
  from: number;
  to: number;
  highlight: number;
}

const COLOR_STYLE: Record<string, string> = {
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

/** The highlights' wrappers as paintHighlights made them. */
export function paintHighlightsBefore(
  doc: Document,
  model: TextModel,
  highlights: readonly HighlightToPaint[],
): void {
  const byNode = new Map<number, HighlightPiece[]>();
  highlights.forEach((highlight, index) => {
    let current: HighlightPiece | null = null;
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
  const order = (a: HighlightPiece, b: HighlightPiece) => {
    const ha = highlights[a.highlight]!;
    const hb = highlights[b.highlight]!;
    return ha.start - hb.start || hb.end - ha.end || a.highlight - b.highlight;
  };
  const parts: HTMLElement[][] = highlights.map(() => []);
  for (const [nodeIndex, pieces] of byNode) {
    const node = model.nodes[nodeIndex]!;
    const cuts = new Set<number>();
    for (const piece of pieces) cuts.add(piece.from).add(piece.to);
    const bounds = [...cuts].sort((a, b) => a - b);
    for (let s = bounds.length - 2; s >= 0; s--) {
      const from = bounds[s]!;
      const to = bounds[s + 1]!;
      const covering = pieces.filter((p) => p.from <= from && p.to >= to).sort(order);
      if (covering.length === 0) continue;
      if (to < node.data.length) node.splitText(to);
      const segment = node.splitText(from);
      let inner: Node = segment;
      let outer: HTMLElement | null = null;
      const parent = segment.parentNode!;
      const next = segment.nextSibling;
      for (let c = covering.length - 1; c >= 0; c--) {
        const index = covering[c]!.highlight;
        const highlight = highlights[index]!;
        const wrapper = doc.createElement('fsj-gloss-highlight');
        wrapper.setAttribute('data-gloss-highlight', highlight.id);
        wrapper.setAttribute('data-gloss-color', highlight.color);
        if (highlight.fuzzy) wrapper.setAttribute('data-gloss-anchor', 'fuzzy');
        wrapper.setAttribute('style', wrapperStyle(highlight));
        wrapper.appendChild(inner);
        parts[index]!.unshift(wrapper);
        inner = wrapper;
        outer = wrapper;
      }
      parent.insertBefore(outer!, next);
    }
  }
  for (const list of parts) {
    list.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    list[0]?.setAttribute('tabindex', '0');
  }
}
