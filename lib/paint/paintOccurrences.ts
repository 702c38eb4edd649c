// Paints glossary occurrences into the live page: each occurrence is wrapped, one wrapper element
// per text node it crosses, with the attributes of the page contract (data-gloss-term,
// data-gloss-occurrence). The wrappers hold the same text, so the page's visible text never
// changes, and `remove()` puts back every text node exactly as it was. Their look is one rule in
// one style element, there while anything is painted, rather than an inline style per wrapper.

import type { Occurrence } from '../glossary/matcher';
import { UI_HOST_ATTRIBUTE, type TextModel } from '../text/textModel';
import { cutText } from './cutText';
import { spanPieces, type NodePiece } from './spanPieces';

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

interface Piece extends NodePiece {
  occurrence: number;
  /** Its place among its occurrence's pieces. */
  part: number;
}

/** The look of a wrapper: a quiet dotted underline in the text's own colour. */
export const WRAPPER_RULE =
  `${TERM_TAG}[data-gloss-term]{text-decoration-line:underline;text-decoration-style:dotted;` +
  'text-decoration-thickness:1px;text-underline-offset:0.2em;text-decoration-color:currentColor;' +
  'cursor:help;background-color:rgba(127,127,127,0.12);border-radius:2px}';

/** The style element of each document that has wrappers, and how many paintings use it. */
const styles = new WeakMap<Document, { element: Element; users: number }>();

/** Puts the wrappers' rule in the page (once); returns what takes it away again. */
function useWrapperStyle(doc: Document): () => void {
  let style = styles.get(doc);
  if (style === undefined) {
    const element = doc.createElement('style');
    element.setAttribute(UI_HOST_ATTRIBUTE, '');
    element.textContent = WRAPPER_RULE;
    (doc.head ?? doc.documentElement).appendChild(element);
    style = { element, users: 0 };
    styles.set(doc, style);
  }
  const used = style;
  used.users++;
  return () => {
    if (--used.users > 0) return;
    used.element.remove();
    styles.delete(doc);
  };
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
    spanPieces(model, occurrence.start, occurrence.end).forEach((piece, part) => {
      const list = byNode.get(piece.node);
      const withPlace = { ...piece, occurrence: index, part };
      if (list === undefined) byNode.set(piece.node, [withPlace]);
      else list.push(withPlace);
    });
  });

  const originals: { node: Text; data: string; created: Node[] }[] = [];
  for (const [nodeIndex, pieces] of byNode) {
    const node = model.nodes[nodeIndex]!;
    const record = { node, data: node.data, created: [] as Node[] };
    originals.push(record);
    // The node is cut once at every piece's ends (lib/paint/cutText.ts), then each piece is
    // wrapped where it lies. Occurrences never overlap; a piece that would is left unpainted.
    pieces.sort((a, b) => a.from - b.from);
    const length = node.data.length;
    const bounds: number[] = [];
    const wrapped: (Piece | null)[] = [null];
    let reached = 0;
    for (const piece of pieces) {
      if (piece.from < reached) continue;
      if (bounds.length === 0 || bounds[bounds.length - 1] !== piece.from) {
        bounds.push(piece.from);
        wrapped.push(null);
      }
      wrapped[wrapped.length - 1] = piece;
      if (piece.to < length) {
        bounds.push(piece.to);
        wrapped.push(null);
      }
      reached = piece.to;
    }
    const segments = cutText(node, bounds);
    for (let s = 1; s < segments.length; s++) {
      const segment = segments[s]!;
      const piece = wrapped[s] ?? null;
      if (piece === null) {
        record.created.push(segment);
        continue;
      }
      const wrapper = doc.createElement(TERM_TAG);
      const occurrence = painted[piece.occurrence]!;
      wrapper.setAttribute('data-gloss-term', occurrence.entryId);
      wrapper.setAttribute('data-gloss-occurrence', String(occurrence.number));
      // The first part is the one the keyboard reaches.
      if (piece.part === 0) wrapper.setAttribute('tabindex', '0');
      segment.parentNode!.insertBefore(wrapper, segment);
      wrapper.appendChild(segment);
      record.created.push(wrapper);
      occurrence.parts[piece.part] = wrapper;
    }
  }
  let unstyle = originals.length > 0 ? useWrapperStyle(doc) : null;

  return {
    occurrences: painted,
    remove() {
      for (const { node, data, created } of originals) {
        for (const extra of created) extra.parentNode?.removeChild(extra);
        node.data = data;
      }
      originals.length = 0;
      unstyle?.();
      unstyle = null;
    },
  };
}

/**
 * Whether the keyboard stops on each occurrence (its first part). Why: a name is a tab stop only
 * to open its card; with cards turned off it would be a stop that does nothing, dozens of times
 * on a page.
 */
export function setTermsFocusable(
  occurrences: readonly PaintedOccurrence[],
  focusable: boolean,
): void {
  for (const occurrence of occurrences) {
    const first = occurrence.parts[0];
    if (first === undefined) continue;
    if (focusable) first.setAttribute('tabindex', '0');
    else first.removeAttribute('tabindex');
  }
}
