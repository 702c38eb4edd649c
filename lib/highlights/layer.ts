// The page's saved highlights, placed and painted: takes each record with its anchor in the
// article's text (found by lib/anchoring, in the background), paints the placed ones, keeps the orphans (never dropped), and repaints when one is recoloured,
// re-attached or deleted. Paintings are kept as a stack, so a new highlight is painted alone on
// top (fast), and any other change unpaints all of them last-first and paints them again at once.

import type { Anchor } from '../anchoring/types';
import type { HighlightRecord } from '../db/types';
import {
  paintHighlights,
  type HighlightPainting,
  type PaintedHighlight,
} from '../paint/paintHighlights';
import type { TextModel } from '../text/textModel';

export interface PlacedHighlight {
  record: HighlightRecord;
  /** Where it was placed in the article's text. */
  start: number;
  end: number;
  fuzzy: boolean;
  /** Its wrappers in the page (empty until painted). */
  parts: HTMLElement[];
}

export interface HighlightLayerOptions {
  doc: Document;
  /** The article's text model as the DOM is now; null when there is no article. */
  textModel: () => TextModel | null;
}

export interface HighlightLayer {
  /** Placed highlights, in page order. */
  placed(): PlacedHighlight[];
  /** Highlights that could not be placed on this page, oldest first. */
  orphans(): HighlightRecord[];
  find(id: string): PlacedHighlight | undefined;
  /**
   * Paints the page's saved highlights where their anchors (same order, found in the text of
   * `textModel()`) place them, and keeps the rest as orphans; replaces whatever was shown.
   */
  load(records: readonly HighlightRecord[], anchors: readonly Anchor[]): void;
  /** Paints a new highlight over a span the reader chose. */
  add(record: HighlightRecord, span: { start: number; end: number }): PlacedHighlight;
  /** Shows a changed record (colour, note, tags; new selectors for a re-attached orphan). */
  update(record: HighlightRecord, span?: { start: number; end: number }): void;
  /** Takes a highlight off the page (placed or orphan). */
  remove(id: string): void;
  /** Unpaints everything (before the overlay itself is removed). */
  clear(): void;
}

/** Creates the layer for one page; nothing is painted until `load` or `add`. */
export function createHighlightLayer(options: HighlightLayerOptions): HighlightLayer {
  const { doc, textModel } = options;
  let placed: PlacedHighlight[] = [];
  let orphans: HighlightRecord[] = [];
  const paintings: HighlightPainting[] = [];

  const unpaintAll = () => {
    while (paintings.length > 0) paintings.pop()!.remove();
    for (const p of placed) p.parts = [];
  };

  const paint = (list: PlacedHighlight[]) => {
    if (list.length === 0) return;
    const model = textModel();
    if (model === null) return;
    const painting = paintHighlights(
      doc,
      model,
      list.map((p) => ({
        id: p.record.id,
        color: p.record.color,
        start: p.start,
        end: p.end,
        fuzzy: p.fuzzy,
      })),
    );
    paintings.push(painting);
    const byId = new Map<string, PaintedHighlight>(painting.highlights.map((h) => [h.id, h]));
    for (const p of list) p.parts = byId.get(p.record.id)?.parts ?? [];
  };

  const repaint = () => {
    unpaintAll();
    placed.sort((a, b) => a.start - b.start || b.end - a.end);
    paint(placed);
  };

  return {
    placed: () => placed,
    orphans: () => orphans,
    find: (id) => placed.find((p) => p.record.id === id),

    load(records, anchors) {
      unpaintAll();
      placed = [];
      orphans = [];
      const length = textModel()?.text.length ?? -1;
      records.forEach((record, i) => {
        const anchor = anchors[i] ?? { status: 'orphan' };
        if (anchor.status === 'orphan' || anchor.end > length) orphans.push(record);
        else {
          placed.push({
            record,
            start: anchor.start,
            end: anchor.end,
            fuzzy: anchor.status === 'fuzzy',
            parts: [],
          });
        }
      });
      orphans.sort((a, b) => a.createdAt - b.createdAt);
      repaint();
    },

    add(record, span) {
      const highlight: PlacedHighlight = { record, ...span, fuzzy: false, parts: [] };
      placed.push(highlight);
      paint([highlight]);
      placed.sort((a, b) => a.start - b.start || b.end - a.end);
      return highlight;
    },

    update(record, span) {
      const existing = placed.find((p) => p.record.id === record.id);
      if (existing !== undefined) {
        existing.record = record;
        if (span !== undefined) Object.assign(existing, span, { fuzzy: false });
      } else if (span !== undefined) {
        orphans = orphans.filter((o) => o.id !== record.id);
        placed.push({ record, ...span, fuzzy: false, parts: [] });
      } else {
        orphans = orphans.map((o) => (o.id === record.id ? record : o));
        return;
      }
      repaint();
    },

    remove(id) {
      orphans = orphans.filter((o) => o.id !== id);
      const before = placed.length;
      placed = placed.filter((p) => p.record.id !== id);
      if (placed.length !== before) repaint();
    },

    clear() {
      unpaintAll();
    },
  };
}
