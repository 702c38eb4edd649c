// Where a floating panel (a card, the note editor, the selection toolbar) goes beside what it
// belongs to: given the client rects of that thing (one per line of a highlight or a selection,
// one per part of a name), the panel's size and the viewport's, a position in client coordinates
// that overlaps none of those rects: below the last line, or above the first when there is no
// room below (or the caller prefers above), shifted sideways to stay on screen.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacementInput {
  /** The client rects of what the panel belongs to; empty ones (width and height 0) are skipped. */
  rects: readonly Rect[];
  panel: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Which side to try first; the other is taken when the panel fits only there. */
  prefer: 'below' | 'above';
  /** Lined up with the start of the line it is next to, or centred on it. */
  align: 'start' | 'center';
  /** Space between the panel and the lines. */
  gap: number;
  /** Space kept from the viewport's edges. */
  margin: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
}

/** The panel's position (client coordinates), or null when there is nothing to place it beside. */
export function placeClear(input: PlacementInput): Placement | null {
  const { panel, viewport, prefer, align, gap, margin } = input;
  const rects = input.rects.filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  const room = { below: viewport.height - margin - (bottom + gap), above: top - gap - margin };
  const fits = (side: 'below' | 'above') => room[side] >= panel.height;
  const other = prefer === 'below' ? 'above' : 'below';
  let side: 'below' | 'above';
  if (fits(prefer)) side = prefer;
  else if (fits(other)) side = other;
  else side = room[prefer] >= room[other] ? prefer : other;
  // Beside the line it touches: the last one below, the first one above.
  const byTop = [...rects].sort((a, b) => a.top - b.top);
  const line = side === 'below' ? byTop.at(-1)! : byTop[0]!;
  const wanted = align === 'start' ? line.left : line.left + line.width / 2 - panel.width / 2;
  const maxX = viewport.width - margin - panel.width;
  const x = Math.max(margin, Math.min(wanted, maxX));
  const y = side === 'below' ? bottom + gap : top - gap - panel.height;
  return { x, y, side };
}
