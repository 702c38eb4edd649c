// The reader's own notes on an organization, inside its term card: shown on every page that names
// it, added and deleted here. Notes are plain text.

import { useRef, useState } from 'preact/hooks';
import type { TermNoteRecord } from '../lib/db/types';
import { MAX_NOTE_LENGTH } from '../lib/model/limits';

export interface TermNotesProps {
  /** null while they are being read. */
  notes: TermNoteRecord[] | null;
  onAdd: (text: string) => void;
  onDelete: (id: string) => void;
}

export function TermNotes({ notes, onAdd, onDelete }: TermNotesProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Leaving the note field hands focus back to the button, so the card keeps the focus.
  const refocus = useRef(false);
  const close = () => {
    refocus.current = true;
    setDraft(null);
  };
  const save = () => {
    if (draft !== null && draft.trim() !== '') onAdd(draft.trim());
    close();
  };
  return (
    <section class="term-notes" aria-label="Your notes">
      {notes !== null && notes.length > 0 ? (
        <ul>
          {notes.map((n) => (
            <li key={n.id} class="term-note" data-term-note={n.id}>
              <span class="note">{n.note}</span>
              <button
                type="button"
                class="link"
                aria-label="Delete this note"
                onClick={() => {
                  refocus.current = true;
                  onDelete(n.id);
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {draft === null ? (
        <button
          type="button"
          data-action="add-term-note"
          ref={(el) => {
            if (el !== null && refocus.current) {
              refocus.current = false;
              el.focus();
            }
          }}
          onClick={() => setDraft('')}
        >
          Add note
        </button>
      ) : (
        <form
          class="editor"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Escape') close();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
          }}
        >
          <label>
            Note on this organization
            <textarea
              rows={3}
              maxLength={MAX_NOTE_LENGTH}
              value={draft}
              ref={(el) => el?.focus()}
              onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <div class="buttons">
            <button type="submit" class="primary">
              Save note
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
