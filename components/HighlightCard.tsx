// The card of a saved highlight, opened by clicking or focusing it: the quote, the note, tags,
// colour, when it was made and last edited; edit the note and tags, recolour, delete (the page
// offers undo). All user text is rendered as text.

import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS } from '../lib/db/types';
import { NoteEditor } from './NoteEditor';
import { usePlacement } from './usePlacement';
import type { HighlightCardView } from '../lib/content/pageView';

export type HighlightCardProps = HighlightCardView;

const QUOTE_SHOWN = 280;

function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function HighlightCard(props: HighlightCardProps) {
  const { record, reference, colorNames, fuzzy, onRecolor, onEdit, onDelete, onClose } = props;
  const card = usePlacement<HTMLDivElement>(reference);
  const [editing, setEditing] = useState(false);
  const quote =
    record.quote.length > QUOTE_SHOWN ? `${record.quote.slice(0, QUOTE_SHOWN)}…` : record.quote;

  return (
    <div
      class="card highlight-card"
      ref={card}
      role="dialog"
      aria-label="Highlight"
      data-highlight-card={record.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !editing) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <blockquote class="quote">{quote}</blockquote>
      {fuzzy ? (
        <p class="changed" data-anchor="fuzzy">
          The text changed since you saved this; it was placed at the closest match.
        </p>
      ) : null}
      {editing ? (
        <NoteEditor
          note={record.note}
          tags={record.tags}
          focus="note"
          saveLabel="Save note"
          onSave={(note, tags) => {
            setEditing(false);
            onEdit(note, tags);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {record.note ? <p class="note">{record.note}</p> : <p class="hint">No note.</p>}
          {record.tags.length > 0 ? (
            <p class="tags">{record.tags.map((t) => `#${t}`).join(' ')}</p>
          ) : null}
        </>
      )}
      <div class="swatches" role="group" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            class="swatch"
            data-color={color}
            aria-pressed={record.color === color}
            aria-label={colorNames[color]}
            title={colorNames[color]}
            onClick={() => onRecolor(color)}
          />
        ))}
        <span class="color-name">{colorNames[record.color]}</span>
      </div>
      <p class="times">
        Saved {when(record.createdAt)}
        {record.updatedAt > record.createdAt ? ` · edited ${when(record.updatedAt)}` : ''}
      </p>
      {editing ? null : (
        <div class="buttons">
          <button type="button" data-action="edit" onClick={() => setEditing(true)}>
            {record.note ? 'Edit note' : 'Add note'}
          </button>
          <button type="button" data-action="delete" class="danger" onClick={onDelete}>
            Delete
          </button>
          <button type="button" data-action="close" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
