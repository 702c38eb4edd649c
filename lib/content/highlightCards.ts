// Wires a saved highlight's card: opened on click or focus; recolouring and editing the note and
// tags go through the background and show only once committed; deleting offers Undo, which puts
// the same record back where it was.

import { typedTextKept } from '../db/errors';
import type { HighlightChanges, PageRecord } from '../db/types';
import type { ColorNames } from '../highlights/colorNames';
import type { HighlightLayer, PlacedHighlight } from '../highlights/layer';
import { describeError, type Feedback } from './feedback';
import type { PageUi } from './pageView';
import type { AskStore } from './askStore';
import { partsReference } from '../card/reference';

export interface HighlightCardOptions {
  ask: AskStore;
  ui: PageUi;
  layer: HighlightLayer;
  feedback: Feedback;
  page: () => PageRecord;
  colorNames: () => ColorNames;
  /** Whether a highlight's save failed (it is not in the database: deleting it just drops it). */
  isUnsaved: (id: string) => boolean;
  forget: (id: string) => void;
}

const UNDO_MS = 10_000;

/** Returns the function that opens the card of a placed highlight. */
export function highlightCards(options: HighlightCardOptions): (placed: PlacedHighlight) => void {
  const { ask, ui, layer, feedback, page, colorNames, isUnsaved, forget } = options;

  const change = async (id: string, changes: HighlightChanges, base: HighlightChanges) => {
    const reply = await ask({ type: 'gloss:highlights:update', id, changes, base });
    if (!reply.ok && reply.error.kind === 'conflict') {
      // Changed in another tab: the typed note stays in the message, and the card shows the
      // stored version from now on.
      const typed = changes.note !== base.note ? typedTextKept(changes.note ?? '') : '';
      feedback.toast(`${reply.error.message}${typed}`, 'error');
      const stored = await ask({ type: 'gloss:highlights:list', pageUrl: page().url });
      const current = stored.ok ? stored.value.find((h) => h.id === id) : undefined;
      if (current === undefined) return;
      layer.update(current);
      const placed = layer.find(id);
      if (placed !== undefined && ui.state.highlight?.record.id === id) open(placed);
      return;
    }
    if (!reply.ok) return feedback.toast(`Not changed: ${describeError(reply.error)}.`, 'error');
    layer.update(reply.value);
    feedback.announce('Highlight updated.');
    const placed = layer.find(id);
    if (placed !== undefined && ui.state.highlight?.record.id === id) open(placed);
  };

  const undo = async (placed: PlacedHighlight) => {
    const { record, start, end } = placed;
    const reply = await ask({
      type: 'gloss:highlights:restore',
      page: page(),
      highlight: record,
    });
    if (!reply.ok) return feedback.toast(`Not restored: ${describeError(reply.error)}.`, 'error');
    layer.update(reply.value, { start, end });
    feedback.toast('Highlight restored.', 'info');
  };

  const remove = async (placed: PlacedHighlight) => {
    const { id } = placed.record;
    ui.set({ highlight: null });
    if (isUnsaved(id)) {
      forget(id);
      layer.remove(id);
      return;
    }
    const reply = await ask({ type: 'gloss:highlights:delete', id });
    if (!reply.ok) return feedback.toast(`Not deleted: ${describeError(reply.error)}.`, 'error');
    layer.remove(id);
    feedback.toast(
      'Highlight deleted.',
      'info',
      [{ label: 'Undo', run: () => void undo(placed) }],
      UNDO_MS,
    );
  };

  const open = (placed: PlacedHighlight) => {
    const first = placed.parts[0];
    if (first === undefined) return;
    ui.set({
      term: null,
      highlight: {
        record: placed.record,
        // Clear of every line of the highlight, not just its first part's.
        reference: partsReference(placed.parts),
        colorNames: colorNames(),
        fuzzy: placed.fuzzy,
        onRecolor: (color) =>
          void change(placed.record.id, { color }, { color: placed.record.color }),
        onEdit: (note, tags) =>
          void change(
            placed.record.id,
            { note, tags },
            { note: placed.record.note, tags: placed.record.tags },
          ),
        onDelete: () => void remove(placed),
        onClose: () => {
          ui.set({ highlight: null });
          first.focus({ preventScroll: true });
        },
      },
    });
  };
  return open;
}
