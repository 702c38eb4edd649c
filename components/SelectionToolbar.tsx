// The toolbar beside the reader's selection: highlight, highlight in one of five colours, add a
// note, tag. Keys (handled by the page's key listener while it shows): H, N, T, 1–5, Esc. When an
// orphaned highlight is being re-attached, its main button attaches it here instead.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/db/types';
import type { ColorNames } from '../lib/highlights/colorNames';
import { usePlacement, type PlacementReference } from './usePlacement';

export interface SelectionToolbarProps {
  reference: PlacementReference;
  colorNames: ColorNames;
  /** Set while an orphan waits to be re-attached: its quote, shown so the reader knows. */
  reattaching: string | null;
  onHighlight: (color?: HighlightColor) => void;
  onNote: () => void;
  onTag: () => void;
  onDismiss: () => void;
}

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { reference, colorNames, reattaching, onHighlight, onNote, onTag, onDismiss } = props;
  const bar = usePlacement<HTMLDivElement>(reference, 'top');
  return (
    <div
      class="toolbar"
      ref={bar}
      role="toolbar"
      aria-label="Highlight the selection"
      data-gloss-toolbar=""
      onMouseDown={(event) => event.preventDefault() /* keep the page's selection */}
    >
      <button type="button" class="primary" data-action="highlight" onClick={() => onHighlight()}>
        {reattaching === null ? 'Highlight' : 'Attach here'} <kbd>H</kbd>
      </button>
      {reattaching === null
        ? HIGHLIGHT_COLORS.map((color, i) => (
            <button
              key={color}
              type="button"
              class="swatch"
              data-color={color}
              title={`${colorNames[color]} (${i + 1})`}
              aria-label={`Highlight as ${colorNames[color]} (key ${i + 1})`}
              onClick={() => onHighlight(color)}
            />
          ))
        : null}
      {reattaching === null ? (
        <>
          <button type="button" data-action="note" onClick={onNote}>
            Note <kbd>N</kbd>
          </button>
          <button type="button" data-action="tag" onClick={onTag}>
            Tag <kbd>T</kbd>
          </button>
        </>
      ) : null}
      <button type="button" class="close" aria-label="Dismiss (Esc)" onClick={onDismiss}>
        ×
      </button>
      <p class="sr-only" role="status">
        {reattaching === null
          ? 'Highlight toolbar. Press H to highlight, 1 to 5 for a colour, N for a note, T for tags, Escape to dismiss.'
          : `Press H to attach the highlight “${reattaching.slice(0, 80)}” to this passage.`}
      </p>
    </div>
  );
}
