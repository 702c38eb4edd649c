// Between the reader's DOM selection and the text model: which span of the article's text a Range
// covers, and back. Selections may start or end in elements, in whitespace the model collapsed,
// or outside the article; the span is clipped to the article and trimmed of whitespace.

import type { TextModel } from './textModel';

export interface Span {
  start: number;
  end: number;
}

/** For each node of the model, its first and last character in the model's text (-1 when none). */
export interface NodeBounds {
  first: Int32Array;
  last: Int32Array;
}

/** One pass over the model, so that many ranges can be mapped quickly. */
export function nodeBounds(model: TextModel): NodeBounds {
  const first = new Int32Array(model.nodes.length).fill(-1);
  const last = new Int32Array(model.nodes.length).fill(-1);
  for (let i = 0; i < model.text.length; i++) {
    const node = model.nodeIndex[i]!;
    if (node < 0) continue;
    if (first[node] === -1) first[node] = i;
    last[node] = i;
  }
  return { first, last };
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\n';
}

/**
 * The span of the article's text that `range` covers, or null when it covers none of it. Used to
 * turn the reader's selection into a highlight.
 */
export function spanOfRange(
  model: TextModel,
  range: Range,
  bounds: NodeBounds = nodeBounds(model),
): Span | null {
  if (range.collapsed) return null;
  let start = -1;
  let end = -1;
  for (let n = 0; n < model.nodes.length; n++) {
    const node = model.nodes[n]!;
    const firstChar = bounds.first[n]!;
    if (firstChar < 0 || !range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (from >= to) continue;
    // The model's characters of this node that lie in [from, to).
    let i = firstChar;
    const last = bounds.last[n]!;
    let nodeStart = -1;
    let nodeEnd = -1;
    for (; i <= last; i++) {
      if (model.nodeIndex[i] !== n) continue;
      const offset = model.nodeOffset[i]!;
      if (offset >= to) break;
      if (offset >= from) {
        if (nodeStart < 0) nodeStart = i;
        nodeEnd = i + 1;
      }
    }
    if (nodeStart < 0) continue;
    if (start < 0) start = nodeStart;
    end = nodeEnd;
  }
  if (start < 0) return null;
  while (start < end && isSpace(model.text[start])) start++;
  while (end > start && isSpace(model.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** A live Range over a span of the model's text, for measuring or scrolling to a highlight. */
export function rangeOfSpan(doc: Document, model: TextModel, span: Span): Range | null {
  let first = span.start;
  while (first < span.end && model.nodeIndex[first]! < 0) first++;
  let last = span.end - 1;
  while (last >= first && model.nodeIndex[last]! < 0) last--;
  if (first > last) return null;
  const range = doc.createRange();
  range.setStart(model.nodes[model.nodeIndex[first]!]!, model.nodeOffset[first]!);
  range.setEnd(model.nodes[model.nodeIndex[last]!]!, model.nodeOffset[last]! + 1);
  return range;
}
