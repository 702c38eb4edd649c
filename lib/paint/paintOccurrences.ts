// Paints glossary occurrences into the live page: each occurrence is wrapped, one wrapper element
// per text node it crosses, with the attributes of the page contract (data-gloss-term,
// data-gloss-occurrence). The wrappers hold the same text, so the page's visible text never
// changes, and `remove()` puts back every text node exactly as it was.

import type { Occurrence } from '../glossary/matcher';
import type { TextModel } from '../text/textModel';

export const TERM_TAG = 'fsj-gloss-term';

export interface PaintedOccurrence extends Occurrence {
  /** The number shared by all wrappers of this occurrence (`data-gloss-occurrence`). */
  number: number;
  /** The wrappers, in text order. */
  parts: HTMLElement[];
}

export interface Painting {
  occurrences: PaintedOccurrence[];
  /** Restores the DOM as it was before painting. */
  remove(): void;
}

interface Piece {
  node: number;
  from: number;
  to: number;
  occurrence: number;
}

/** The inline look of a wrapper: a quiet dotted underline in the text's own colour. */
const WRAPPER_STYLE =
  'text-decoration-line:underline;text-decoration-style:dotted;text-decoration-thickness:1px;' +
  'text-underline-offset:0.2em;text-decoration-color:currentColor;cursor:help;' +
  'background-color:rgba(127,127,127,0.12);border-radius:2px';

/** Splits an occurrence into its pieces, one per text node. */
function piecesOf(model: TextModel, occurrence: Occurrence, index: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  for (let i = occurrence.start; i < occurrence.end; i++) {
    const node = model.nodeIndex[i]!;
    if (node < 0) continue;
    const offset = model.nodeOffset[i]!;
    if (current !== null && current.node === node) {
      current.to = offset + 1;
    } else {
      current = { node, from: offset, to: offset + 1, occurrence: index };
      pieces.push(current);
    }
  }
  return pieces;
}

/** Wraps the occurrences found in `model`; numbers continue from `firstNumber`. */
export function paintOccurrences(
  doc: Document,
  model: TextModel,
  occurrences: readonly Occurrence[],
  firstNumber = 1,
): Painting {
  const painted: PaintedOccurrence[] = occurrences.map((o, i) => ({
    ...o,
    number: firstNumber + i,
    parts: [],
  }));
  const byNode = new Map<number, Piece[]>();
  occurrences.forEach((occurrence, index) => {
    for (const piece of piecesOf(model, occurrence, index)) {
      const list = byNode.get(piece.node);
      if (list === undefined) byNode.set(piece.node, [piece]);
      else list.push(piece);
    }
  });

  const originals: { node: Text; data: string; created: Node[] }[] = [];
  for (const [nodeIndex, pieces] of byNode) {
    const node = model.nodes[nodeIndex]!;
    const record = { node, data: node.data, created: [] as Node[] };
    originals.push(record);
    // From the end of the node backwards, so earlier offsets stay valid in `node`.
    pieces.sort((a, b) => b.from - a.from);
    for (const piece of pieces) {
      if (piece.to < node.data.length) record.created.push(node.splitText(piece.to));
      const middle = node.splitText(piece.from);
      const wrapper = doc.createElement(TERM_TAG);
      const occurrence = painted[piece.occurrence]!;
      wrapper.setAttribute('data-gloss-term', occurrence.entryId);
      wrapper.setAttribute('data-gloss-occurrence', String(occurrence.number));
      wrapper.setAttribute('style', WRAPPER_STYLE);
      middle.parentNode!.insertBefore(wrapper, middle);
      wrapper.appendChild(middle);
      record.created.push(wrapper);
      occurrence.parts.unshift(wrapper);
    }
  }
  for (const occurrence of painted) {
    occurrence.parts.sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1,
    );
    // The first part is the one the keyboard reaches.
    occurrence.parts[0]?.setAttribute('tabindex', '0');
  }

  return {
    occurrences: painted,
    remove() {
      for (const { node, data, created } of originals) {
        for (const extra of created) extra.parentNode?.removeChild(extra);
        node.data = data;
      }
      originals.length = 0;
    },
  };
}
