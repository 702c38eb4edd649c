// Paints glossary occurrences into the live page: each occurrence is wrapped, one wrapper element
// per text node it crosses, with the attributes of the page contract (data-gloss-term,
// data-gloss-occurrence). The wrappers hold the same text, so the page's visible text never
// changes, and `remove()` puts back every text node exactly as it was. Their look is one rule in
// one style element, there while anything is painted, rather than an inline style per wrapper.

import type { Occurrence } from '../glossary/matcher';
import { runAt, UI_HOST_ATTRIBUTE, type TextModel } from '../text/textModel';

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
  /** Its place among its occurrence's pieces. */
  part: number;
}

/** The look of a wrapper: a quiet dotted underline in the text's own colour. */
const WRAPPER_RULE =
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

/** Splits an occurrence into its pieces, one per text node, reading the model's runs. */
function piecesOf(model: TextModel, occurrence: Occurrence, index: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
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
      current = {
        node,
        from: offset + from,
        to: offset + to,
        occurrence: index,
        part: pieces.length,
      };
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
    // From the end of the node backwards, so earlier offsets stay valid in `node`. Split, not
    // rebuilt: splitting carries the reader's selection (any live range) over to the new nodes,
    // where shortening the node and inserting copies would cut it short (a selection made before
    // the page was painted would be lost, e2e: commands.test.ts).
    pieces.sort((a, b) => b.from - a.from);
    for (const piece of pieces) {
      if (piece.to < node.data.length) record.created.push(node.splitText(piece.to));
      const middle = node.splitText(piece.from);
      const wrapper = doc.createElement(TERM_TAG);
      const occurrence = painted[piece.occurrence]!;
      wrapper.setAttribute('data-gloss-term', occurrence.entryId);
      wrapper.setAttribute('data-gloss-occurrence', String(occurrence.number));
      // The first part is the one the keyboard reaches.
      if (piece.part === 0) wrapper.setAttribute('tabindex', '0');
      middle.parentNode!.insertBefore(wrapper, middle);
      wrapper.appendChild(middle);
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
