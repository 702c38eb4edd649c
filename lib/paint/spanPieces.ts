// Where a span of the article's text lies in the DOM: one piece per text node it crosses, read
// from the text model's runs, for the painters to wrap.

import { runAt, type TextModel } from '../text/textModel';

/** The part of one text node that a span covers: [from, to) offsets in the node's data. */
export interface NodePiece {
  /** Index into the model's `nodes`. */
  node: number;
  from: number;
  to: number;
}

/**
 * The pieces of text span [start, end), in text order, one per text node. Why runs and not
 * characters: a span costs the runs it crosses, not its length (a highlight may hold 20,000
 * characters); whitespace standing for a boundary (a block, a <br>) belongs to no node and is
 * never wrapped.
 */
export function spanPieces(model: TextModel, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  const { runStart, runNode, runOffset } = model;
  const last = Math.min(end, model.text.length);
  const first = Math.max(0, start);
  if (first >= last) return pieces;
  let current: NodePiece | null = null;
  for (let k = runAt(model, first); k < runStart.length; k++) {
    const from = Math.max(runStart[k]!, first);
    if (from >= last) break;
    const node = runNode[k]!;
    if (node < 0) continue;
    const to = Math.min(k + 1 < runStart.length ? runStart[k + 1]! : Infinity, last);
    const offset = runOffset[k]! - runStart[k]!;
    if (current !== null && current.node === node) {
      current.to = offset + to;
    } else {
      current = { node, from: offset + from, to: offset + to };
      pieces.push(current);
    }
  }
  return pieces;
}
