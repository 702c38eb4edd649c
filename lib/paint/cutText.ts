// Cutting one text node into the pieces painting wraps, all at once: the node is split at every
// offset given, and its pieces come back in text order, the first of them the node itself.

/**
 * Splits `node` at each of `bounds` (ascending, distinct, each below the node's length) and
 * returns its pieces in order: `node` itself (the text before bounds[0], maybe empty), then one
 * new node from each bound on. Why splitText and not new nodes holding copies of the text:
 * splitting carries every live range (the reader's selection, a range the content script keeps
 * for the toolbar) over to the new nodes, where shortening the node and inserting copies would
 * cut those ranges short. Why the middle bound first: each split copies the text on both sides of
 * the cut, so cutting piece after piece off one end costs the node's length for every piece
 * (quadratic: a 1 MB node naming 30,000 bodies took half a minute); cutting halves keeps the
 * copying to the node's length times log2(pieces).
 */
export function cutText(node: Text, bounds: readonly number[]): Text[] {
  const pieces = new Array<Text>(bounds.length + 1);
  // `piece` begins at offset `base` of the node's text and holds bounds[low, high).
  const cut = (piece: Text, base: number, low: number, high: number): void => {
    if (low >= high) {
      pieces[low] = piece;
      return;
    }
    const middle = (low + high) >> 1;
    const at = bounds[middle]!;
    const right = piece.splitText(at - base);
    cut(piece, base, low, middle);
    cut(right, at, middle + 1, high);
  };
  cut(node, 0, 0, bounds.length);
  return pieces;
}
