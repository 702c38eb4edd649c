// The toolbar beside the reader's selection: highlight, highlight in one of five colours, add a
// note, tag. Keys (handled by the page's key listener while it shows): H, N, T, 1–5, Esc. When an
// orphaned highlight is being re-attached, its main button attaches it here instead; when the
// selection lies inside a highlight already saved, it offers that highlight's card (H or N).

import { HIGHLIGHT_COLORS } from '../lib/db/types';
import { usePlacement } from './usePlacement';
import type { SelectionToolbarView } from '../lib/content/pageView';

export type SelectionToolbarProps = SelectionToolbarView;

/** What the toolbar is offering: a new highlight, the one already there, or an orphan's new place. */
function modeOf(props: SelectionToolbarProps): 'new' | 'held' | 'reattach' {
  if (props.reattaching !== null) return 'reattach';
  return props.held === true ? 'held' : 'new';
}

function statusText(props: SelectionToolbarProps): string {
  const mode = modeOf(props);
  if (mode === 'held') {
    return 'This passage is already highlighted. Press H or N to open its card and note, Escape to dismiss.';
  }
  if (mode === 'reattach') {
    return `Press H to attach the highlight “${props.reattaching!.slice(0, 80)}” to this passage.`;
  }
  return 'Highlight toolbar. Press H to highlight, 1 to 5 for a colour, N for a note, T for tags, Escape to dismiss.';
}

const MAIN_LABEL = { new: 'Highlight', held: 'Highlighted: open note', reattach: 'Attach here' };

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { reference, colorNames, onHighlight, onNote, onTag, onDismiss } = props;
  const bar = usePlacement<HTMLDivElement>(reference, 'above');
  const mode = modeOf(props);
  return (
    <div
      class="toolbar"
      ref={bar}
      role="toolbar"
      aria-label={mode === 'held' ? 'This passage is highlighted' : 'Highlight the selection'}
      data-gloss-toolbar=""
      data-held={mode === 'held' ? '' : undefined}
      onMouseDown={(event) => event.preventDefault() /* keep the page's selection */}
    >
      <button
        type="button"
        class="primary"
        data-action={mode === 'held' ? 'open' : 'highlight'}
        onClick={() => onHighlight()}
      >
        {MAIN_LABEL[mode]} <kbd>H</kbd>
      </button>
      {mode === 'new'
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
      {mode === 'new' ? (
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
        {statusText(props)}
      </p>
    </div>
  );
}
