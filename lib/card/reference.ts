// What a floating panel is placed beside: anything with client rects (an element, a name broken
// over lines, the reader's selection), measured each time the panel is placed.

export interface PlacementReference {
  getClientRects(): ArrayLike<DOMRect> | Iterable<DOMRect>;
}

/** A selection moves with the text it covers, so it is measured again at each placing. */
export function rangeReference(range: Range): PlacementReference {
  return { getClientRects: () => range.getClientRects() };
}

/** Every line of every part of one highlight or name, so the panel covers none of them. */
export function partsReference(parts: readonly Element[]): PlacementReference {
  return { getClientRects: () => parts.flatMap((part) => Array.from(part.getClientRects())) };
}
